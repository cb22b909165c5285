/**
 * Mentions of the annotator's output and of the content script's analysis in one shape, so that
 * a test can say both found the same: where, which entity of which pack, how, how sure.
 */
import type { Mention } from '../../../lib/analysis/analyze-text';
import type { AnnotatedMention } from '../../../lib/annotate/annotate-document';

/** The keys of an annotated mention, in the contract's order (`wikidata` only where a pack gives one). */
export const ANNOTATED_MENTION_KEYS = [
  'start',
  'end',
  'text',
  'entity',
  'pack',
  'type',
  'kind',
  'confidence',
] as const;

export interface ComparableMention {
  start: number;
  end: number;
  entityId: string;
  packId: string;
  kind: string;
  confidence: number;
}

/** The annotator's mentions (`kontext annotate`, `annotateDocument`), compared by these keys. */
export function compareAnnotated(mentions: readonly AnnotatedMention[]): ComparableMention[] {
  return mentions.map(({ start, end, entity, pack, kind, confidence }) => ({
    start,
    end,
    entityId: entity,
    packId: pack,
    kind,
    confidence,
  }));
}

/** The analysis's mentions (the content script's), compared by the same keys. */
export function compareAnalyzed(mentions: readonly Mention[]): ComparableMention[] {
  return mentions.map(({ start, end, entityId, packId, kind, confidence }) => ({
    start,
    end,
    entityId,
    packId,
    kind,
    confidence,
  }));
}
