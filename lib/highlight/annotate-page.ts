import { summarizeMentions, type PageSummary } from '../analysis/summarize-mentions';
import { collectText, type CollectedText } from '../dom/collect-text';
import { locateRange } from '../dom/text-ranges';
import type { KnowledgePack, Language } from '../knowledge/pack-types';
import type { NameMatch } from '../matching/find-names';
import { showHighlights } from './show-highlights';

export interface PageAnnotation {
  summary: PageSummary;
  collected: CollectedText;
  matches: NameMatch[];
  /** Removes every highlight this annotation drew. */
  dispose: () => void;
}

/**
 * Finds the pack's names under `root` and highlights them, one highlight per entity type. Reads
 * the DOM and changes none of it.
 */
export function annotatePage(
  root: Node,
  win: Window & typeof globalThis,
  findNames: (text: string) => NameMatch[],
  pack: KnowledgePack,
  language: Language,
): PageAnnotation {
  const collected = collectText(root);
  const matches = findNames(collected.text);
  const typeById = new Map(pack.entities.map((entity) => [entity.id, entity.type]));
  const rangesByType = new Map<string, StaticRange[]>();
  for (const match of matches) {
    const type = typeById.get(match.entityId);
    const bounds = locateRange(collected, match.start, match.end);
    if (type === undefined || bounds === undefined) continue;
    const ranges = rangesByType.get(type) ?? [];
    ranges.push(new win.StaticRange(bounds));
    rangesByType.set(type, ranges);
  }
  return {
    summary: summarizeMentions(matches, pack, language),
    collected,
    matches,
    dispose: showHighlights(win, rangesByType),
  };
}
