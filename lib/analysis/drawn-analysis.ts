/**
 * The analysis as the reader sees it drawn. States' adjectives ("russische Truppen") are
 * recognized and linked, but drawn only where the reader turns them on; where they are off, the
 * keyboard's stops, a card's "mention 2 of 3", the popup's counts and ticks all count what the
 * page shows, so a count never names a mention the reader cannot find.
 */
import type { EntityOnPage, PageAnalysis } from './analyze-text';

/** The drawn analyses of each analysis, computed once. */
const withoutAdjectives = new WeakMap<PageAnalysis, PageAnalysis>();

/**
 * `analysis` without the mentions not drawn: all of it where adjectives are shown, else without
 * the adjective mentions, and without the entities named only by an adjective. The mentions are
 * the same objects, in the same order; entities keep the order of `analyzeText` (by number of
 * mentions, then by first mention), counted afresh.
 */
export function drawnAnalysis(analysis: PageAnalysis, adjectivesShown: boolean): PageAnalysis {
  if (adjectivesShown || !analysis.mentions.some((mention) => mention.kind === 'adjective')) {
    return analysis;
  }
  let drawn = withoutAdjectives.get(analysis);
  if (drawn) return drawn;

  // Old index to new, for the mentions that stay.
  const renumbered = new Map<number, number>();
  const mentions = analysis.mentions.filter((mention, index) => {
    if (mention.kind === 'adjective') return false;
    renumbered.set(index, renumbered.size);
    return true;
  });
  const entities: EntityOnPage[] = analysis.entities
    .map((entity) => {
      const kept = entity.mentions.flatMap((index) => {
        const now = renumbered.get(index);
        return now === undefined ? [] : [now];
      });
      const sentences = [...new Set(kept.map((index) => mentions[index]!.sentence))];
      return { ...entity, count: kept.length, mentions: kept, sentences };
    })
    .filter((entity) => entity.count > 0)
    .sort((a, b) => b.count - a.count || a.mentions[0]! - b.mentions[0]!);
  drawn = { ...analysis, mentions, entities };
  withoutAdjectives.set(analysis, drawn);
  return drawn;
}
