import { caretFromPoint, isPointInRects } from '../dom/caret-from-point';
import type { CollectedText } from '../dom/collect-text';
import { locateRange, offsetOfCaret } from '../dom/text-ranges';
import { findMatchAt, type TextSpan } from '../matching/find-match-at';
import type { HoverTarget } from './hover-cards';

/**
 * A hit test from viewport points to mentions: the caret at the point, mapped into the collected
 * text, and the mention there, if the point lies on the mention's own text (not merely near it).
 */
export function createMentionHitTest<M extends TextSpan>(
  doc: Document,
  collected: CollectedText,
  matches: readonly M[],
): (x: number, y: number) => HoverTarget<M> | undefined {
  return (x, y) => {
    const caret = caretFromPoint(doc, x, y);
    if (!caret) return undefined;
    const offset = offsetOfCaret(collected, caret.node, caret.offset);
    if (offset === undefined) return undefined;
    // A caret before the last letter of a word still belongs to it; one after it, too.
    const match = findMatchAt(matches, offset) ?? findMatchAt(matches, offset - 1);
    const bounds = match && locateRange(collected, match.start, match.end);
    if (!match || !bounds) return undefined;
    // A live Range only to measure: it is never inserted and changes nothing.
    const range = doc.createRange();
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
    const rects = [...range.getClientRects()];
    if (!isPointInRects(rects, x, y)) return undefined;
    const under =
      rects.find((rect) => isPointInRects([rect], x, y)) ?? range.getBoundingClientRect();
    return { key: match, rect: under };
  };
}
