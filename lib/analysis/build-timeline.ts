/**
 * What happened when, for the entities of a page: the packs' events they took part in, the dated
 * statements about them (those of an event under it), and the article's own relative dates ("am
 * Dienstag") resolved against its publication date, each put under the pack's event of that day
 * where there is one.
 */
import type { Event as PackEvent, KnowledgePack, Language } from '../knowledge/pack-types';
import type { TimelineEntry } from '../messages/page-view';
import type { PageAnalysis } from './analyze-text';
import { describeProvenance } from './read-pack-claims';
import { resolveRelativeDates } from './resolve-relative-dates';

export interface TimelineInput {
  analysis: PageAnalysis;
  /** The packs the page's entities come from. */
  packs: readonly KnowledgePack[];
  language: Language;
}

interface DraftEntry extends TimelineEntry {
  /** The entities (`packId/entityId`) an event concerns, to match the article's sentences. */
  concerns: Set<string>;
  isEvent: boolean;
}

const entityKey = (packId: string, entityId: string) => `${packId}/${entityId}`;

/** Whether an entry's days (`date` to `end`, day precision) include `day`. */
function covers(entry: TimelineEntry, day: string): boolean {
  if (entry.date.length !== day.length) return false;
  return entry.date <= day && day <= (entry.end ?? entry.date);
}

/** The timeline of the page's entities, earliest first. */
export function buildTimeline({ analysis, packs, language }: TimelineInput): TimelineEntry[] {
  const onPage = new Set(analysis.entities.map((e) => entityKey(e.packId, e.entityId)));
  const entries = new Map<string, DraftEntry>();
  const draft = (key: string, entry: Omit<DraftEntry, 'statements' | 'article' | 'published'>) => {
    let found = entries.get(key);
    if (!found) {
      found = { ...entry, statements: [], article: [], published: false };
      entries.set(key, found);
    }
    return found;
  };
  const dayEntry = (date: string) =>
    draft(`day:${date}`, { date, concerns: new Set(), isEvent: false });

  for (const pack of packs) {
    const key = (id: string) => entityKey(pack.id, id);
    const concerns = (ids: readonly (string | undefined)[]) =>
      ids.some((id) => id !== undefined && onPage.has(key(id)));
    const events = new Map(pack.events.map((event) => [event.id, event]));
    const eventEntry = (event: PackEvent) =>
      draft(`event:${pack.id}/${event.id}`, {
        date: event.date,
        ...(event.end !== undefined && { end: event.end }),
        title: event.title[language],
        concerns: new Set(
          [...(event.participants ?? []), ...(event.place ? [event.place] : [])].map(key),
        ),
        isEvent: true,
      });

    for (const event of pack.events) {
      if (concerns([...(event.participants ?? []), event.place])) eventEntry(event);
    }
    for (const statement of pack.statements) {
      if (!concerns([statement.subject, statement.object])) continue;
      const event = statement.event === undefined ? undefined : events.get(statement.event);
      const item = {
        text: statement.text[language],
        provenance: describeProvenance(pack, statement.provenance),
      };
      if (event) {
        const entry = eventEntry(event);
        entry.statements.push(item);
        entry.concerns.add(key(statement.subject));
        if (statement.object !== undefined) entry.concerns.add(key(statement.object));
      } else if (statement.kind === 'event' || statement.kind === 'fact') {
        dayEntry(statement.date).statements.push(item);
      }
    }
  }

  const published = analysis.metadata.publishedAt;
  if (published !== undefined) {
    const named = analysis.sentences.map(() => new Set<string>());
    for (const entity of analysis.entities) {
      for (const sentence of entity.sentences) {
        named[sentence]?.add(entityKey(entity.packId, entity.entityId));
      }
    }
    analysis.sentences.forEach((sentence, index) => {
      for (const found of resolveRelativeDates(sentence.text, published)) {
        const events = [...entries.values()].filter(
          (entry) => entry.isEvent && covers(entry, found.date),
        );
        const entry =
          events.find((event) => [...named[index]!].some((e) => event.concerns.has(e))) ??
          events[0] ??
          dayEntry(found.date);
        if (
          entry.article.some(
            (item) => item.phrase === found.phrase && item.sentence === sentence.text,
          )
        ) {
          continue;
        }
        entry.article.push({ phrase: found.phrase, sentence: sentence.text });
      }
    });
    dayEntry(published).published = true;
  }

  return [...entries.values()]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        Number(b.isEvent) - Number(a.isEvent) ||
        (a.title ?? '').localeCompare(b.title ?? ''),
    )
    .map(({ concerns: _concerns, isEvent: _isEvent, ...entry }) => entry);
}
