/** A caret position: a node and an offset into it. */
export interface Caret {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/**
 * The caret nearest to a viewport point: `caretPositionFromPoint` (Firefox, Chromium 128+), else
 * `caretRangeFromPoint` (older Chromium). The caret may be near, not under, the point: callers
 * check the point against the found text's rectangles.
 */
export function caretFromPoint(doc: Document, x: number, y: number): Caret | undefined {
  const caretDoc = doc as Document & CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Whether the point lies inside one of the rectangles. */
export function isPointInRects(rects: Iterable<DOMRectReadOnly>, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
