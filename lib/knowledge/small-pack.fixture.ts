/**
 * A small pack that passes every check and uses every part of the format, for tests to break one
 * thing at a time. A fresh copy on each call, so a test may change it freely.
 */
import type { KnowledgePack } from './pack-types';

/** The file name the small pack's id asks for. */
export const SMALL_PACK_FILE = 'small-pack.json';

/** A new copy of the small pack: two entities, a source, a quote and an event. */
export function makeSmallPack(): KnowledgePack {
  return {
    $schema: './pack.schema.json',
    format: 1,
    id: 'small-pack',
    version: '1.0.0',
    title: { de: 'Kleines Paket', en: 'Small pack' },
    languages: ['de', 'en'],
    asOf: '2025-06-30',
    sources: [
      {
        id: 'tagesschau-2023-09-14',
        publisher: 'tagesschau.de',
        title: 'Putin nimmt offenbar Einladung zu Gegenbesuch an',
        date: '2023-09-14',
        language: 'de',
        url: 'https://www.tagesschau.de/ausland/asien/nordkorea-russland-kim-putin-100.html',
      },
    ],
    entities: [
      {
        id: 'vladimir-putin',
        type: 'person',
        names: { de: 'Wladimir Putin', en: 'Vladimir Putin' },
        aliases: {
          de: [
            { text: 'Wladimir Putin', kind: 'full' },
            { text: 'Putin', kind: 'short', standalone: true },
            { text: 'Kremlchef', kind: 'epithet', forms: ['Kremlchefs'], from: '2000' },
          ],
          en: [
            { text: 'Vladimir Putin', kind: 'full' },
            { text: 'Putin', kind: 'short', standalone: true },
          ],
        },
        description: { de: 'Präsident Russlands.', en: 'President of Russia.' },
        roles: [
          {
            title: { de: 'Präsident Russlands', en: 'President of Russia' },
            of: 'russia',
            from: '2012-05',
            provenance: { background: true },
          },
        ],
        refs: { wikidata: 'Q7747', wikipedia: { de: 'Wladimir Putin', en: 'Vladimir Putin' } },
      },
      {
        id: 'russia',
        type: 'state',
        names: { de: 'Russland', en: 'Russia' },
        aliases: {
          de: [{ text: 'Russland', kind: 'full' }],
          en: [{ text: 'Russia', kind: 'full' }],
        },
        description: {
          de: 'Staat in Osteuropa und Nordasien.',
          en: 'A state in Eastern Europe and North Asia.',
        },
      },
    ],
    statements: [
      {
        id: 'putin-accepted-gladly',
        kind: 'quote',
        subject: 'vladimir-putin',
        date: '2023-09-14',
        event: 'putin-accepts-invitation',
        text: {
          de: 'Putin nahm die Einladung zu einem Gegenbesuch an.',
          en: 'Putin accepted the invitation to a return visit.',
        },
        quote: {
          speaker: 'vladimir-putin',
          language: 'de',
          text: 'gerne',
          translation: { en: 'gladly' },
        },
        provenance: { source: 'tagesschau-2023-09-14' },
      },
    ],
    events: [
      {
        id: 'putin-accepts-invitation',
        title: { de: 'Putin nimmt Einladung an', en: 'Putin accepts an invitation' },
        date: '2023-09-14',
        end: '2023-09-15',
        place: 'russia',
        participants: ['vladimir-putin'],
        provenance: { source: 'tagesschau-2023-09-14' },
      },
    ],
  };
}
