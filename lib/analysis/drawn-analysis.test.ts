import { describe, expect, test } from 'vitest';
import { compilePack } from '../knowledge/compile-pack';
import type { KnowledgePack } from '../knowledge/pack-types';
import { parsePageViewAnswer } from '../messages/page-view';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { BUNDLED_PACK } from '../../tests/lib/bundled-pack';
import { analyzeText } from './analyze-text';
import { buildPageView } from './build-page-view';
import { createRecognizer } from './create-recognizer';
import { drawnAnalysis } from './drawn-analysis';

/** Russia and Ukraine, each by name and by adjective (Russia as the bundled pack's item). */
const STATES: KnowledgePack = {
  format: 1,
  id: 'states',
  title: { de: 'Staaten', en: 'States' },
  languages: ['de', 'en'],
  version: '1.0.0',
  asOf: '2026-12-01',
  sources: [],
  entities: [
    {
      id: 'russia',
      type: 'state',
      names: { de: 'Russland', en: 'Russia' },
      aliases: {
        de: [
          { text: 'Russland', kind: 'full' },
          { text: 'russisch', kind: 'adjective', forms: ['russische', 'russischen'] },
        ],
        en: [{ text: 'Russian', kind: 'adjective' }],
      },
      description: { de: 'Staat.', en: 'State.' },
      refs: { wikidata: 'Q159' },
    },
    {
      id: 'georgia',
      type: 'state',
      names: { de: 'Georgien', en: 'Georgia' },
      aliases: {
        de: [{ text: 'georgisch', kind: 'adjective', forms: ['georgische'] }],
        en: [],
      },
      description: { de: 'Staat.', en: 'State.' },
    },
  ],
  statements: [],
  events: [],
};

const TEXT = [
  'Russische Truppen stehen an der Grenze, sagte Putin.',
  'Russland schweigt, Putin auch.',
  'Die georgische Regierung ist besorgt, die russischen Medien nicht.',
].join(BLOCK_SEPARATOR);

function analyze() {
  const recognizer = createRecognizer([compilePack(BUNDLED_PACK), compilePack(STATES)]);
  return analyzeText(TEXT, recognizer, {
    metadata: { title: 'Grenze', language: 'de', publishedAt: '2023-09-14' },
    language: 'de',
    today: '2026-12-01',
  });
}

describe('drawnAnalysis', () => {
  test('without adjectives: their mentions go, and so do entities named only so', () => {
    const full = analyze();
    const adjectives = full.mentions.filter((mention) => mention.kind === 'adjective');
    expect(adjectives).toHaveLength(3);

    const drawn = drawnAnalysis(full, false);
    expect(drawn.mentions).toEqual(full.mentions.filter((mention) => mention.kind !== 'adjective'));
    // The same objects: the highlights and the hit test know them.
    expect(drawn.mentions.every((mention) => full.mentions.includes(mention))).toBe(true);
    expect(drawn.entities.map((entity) => [entity.entityId, entity.count])).toEqual([
      ['vladimir-putin', 2],
      ['russia', 1],
    ]);
    for (const entity of drawn.entities) {
      expect(entity.mentions.map((index) => drawn.mentions[index]!.entityId)).toEqual(
        entity.mentions.map(() => entity.entityId),
      );
      expect(entity.sentences).toEqual([
        ...new Set(entity.mentions.map((index) => drawn.mentions[index]!.sentence)),
      ]);
    }
    // Computed once per analysis.
    expect(drawnAnalysis(full, false)).toBe(drawn);
  });

  test('with adjectives, or with none on the page, the analysis as it is', () => {
    const full = analyze();
    expect(drawnAnalysis(full, true)).toBe(full);
    const none = { ...full, mentions: full.mentions.filter((m) => m.kind !== 'adjective') };
    expect(drawnAnalysis(none, false)).toBe(none);
  });
});

describe('the popup view and adjectives', () => {
  const viewOf = (adjectivesShown: boolean) =>
    buildPageView({
      analysis: analyze(),
      text: TEXT,
      packs: new Map([
        [BUNDLED_PACK.id, BUNDLED_PACK],
        [STATES.id, STATES],
      ]),
      language: 'de',
      host: 'www.example.org',
      adjectivesShown,
    });
  const entitiesOf = (view: ReturnType<typeof viewOf>) =>
    view.groups.flatMap((group) =>
      group.entities.map(({ entityId, count, adjectives, positions }) => ({
        entityId,
        count,
        adjectives,
        ticks: positions.length,
      })),
    );

  test('adjectives off: counts and ticks are of what is drawn, the adjectives beside them', () => {
    const view = viewOf(false);
    expect(view.mentionCount).toBe(3);
    expect(view.adjectivesShown).toBe(false);
    expect(entitiesOf(view)).toEqual([
      { entityId: 'vladimir-putin', count: 2, adjectives: undefined, ticks: 2 },
      { entityId: 'russia', count: 1, adjectives: 2, ticks: 1 },
    ]);
    expect(parsePageViewAnswer({ status: 'ready', view })).toBeDefined();
  });

  test('adjectives on: they are among the counts, and the state named only so is listed', () => {
    const view = viewOf(true);
    expect(view.mentionCount).toBe(6);
    expect(entitiesOf(view)).toEqual([
      { entityId: 'vladimir-putin', count: 2, adjectives: undefined, ticks: 2 },
      { entityId: 'russia', count: 3, adjectives: 2, ticks: 3 },
      { entityId: 'georgia', count: 1, adjectives: 1, ticks: 1 },
    ]);
    expect(parsePageViewAnswer({ status: 'ready', view })).toBeDefined();
  });
});
