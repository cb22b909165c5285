/**
 * Bringing a mention into view: scroll the page to it, return its box, and mark it for a moment
 * (a highlight of its own, so the page's DOM stays untouched).
 */
import type { TextSpan } from '../matching/find-match-at';
import type { CollectedText } from '../dom/collect-text';
import { locateRange } from '../dom/text-ranges';

/** How long a revealed mention stays marked. */
export const FLASH_MS = 1200;
const FLASH_HIGHLIGHT = 'kontext-flash';

function toRange(doc: Document, collected: CollectedText, span: TextSpan): Range | undefined {
  const bounds = locateRange(collected, span.start, span.end);
  if (!bounds || !bounds.startContainer.isConnected) return undefined;
  const range = doc.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/**
 * Scrolls the mention to the middle of the viewport (at once: a smooth scroll would move it under
 * a card placed for where it was) and returns its box.
 */
export function revealMention(
  doc: Document,
  collected: CollectedText,
  span: TextSpan,
): DOMRect | undefined {
  const range = toRange(doc, collected, span);
  if (!range) return undefined;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const rects = range.getClientRects();
  return rects[0] ?? range.getBoundingClientRect();
}

/** Marks the mention for `FLASH_MS`; a newer flash replaces an older one. */
export function flashMention(
  win: Window & typeof globalThis,
  collected: CollectedText,
  span: TextSpan,
): void {
  const range = toRange(win.document, collected, span);
  if (!range) return;
  const highlight = new win.Highlight(range);
  win.CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  win.setTimeout(() => {
    if (win.CSS.highlights.get(FLASH_HIGHLIGHT) === highlight)
      win.CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, FLASH_MS);
}
