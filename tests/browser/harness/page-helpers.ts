/** Functions the browser tests run inside fixture pages (through `TabHandle.evaluate`). */

/**
 * Scrolls the first occurrence of `phrase` in the article into view and returns the viewport point
 * at the middle of its first word, or null when the article does not contain it.
 */
export function locatePhrase(phrase: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(
    document.querySelector('article')!,
    NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = node.textContent!.indexOf(phrase);
    if (index < 0) continue;
    node.parentElement!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + phrase.split(' ')[0]!.length);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

/**
 * Sizes of Kontext's highlights by entity type (sure and uncertain mentions together), as the
 * page itself can read them.
 */
export function readHighlightSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const type of ['person', 'organization', 'state', 'place']) {
    sizes[type] =
      (CSS.highlights.get(`kontext-${type}`)?.size ?? 0) +
      (CSS.highlights.get(`kontext-${type}-uncertain`)?.size ?? 0);
  }
  return sizes;
}

/** Whether the topmost element at a viewport point is Kontext's UI host. */
export function isKontextUiAt({ x, y }: { x: number; y: number }): boolean {
  return document.elementFromPoint(x, y)?.hasAttribute('data-kontext-host') ?? false;
}
