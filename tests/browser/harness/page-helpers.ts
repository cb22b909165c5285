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
 * Sizes of Kontext's highlights by entity type (sure and uncertain, underlined and plain together), as the
 * page itself can read them.
 */
export function readHighlightSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const type of ['person', 'organization', 'state', 'place']) {
    // Drawn underlined or, on a very large page, plain (lib/highlight/show-highlights.ts).
    sizes[type] = ['', '-uncertain', '-plain', '-uncertain-plain']
      .map((style) => CSS.highlights.get(`kontext-${type}${style}`)?.size ?? 0)
      .reduce((sum, size) => sum + size, 0);
  }
  return sizes;
}

/**
 * Whether Kontext's UI is the topmost element just below or just above a point: a card opens
 * below a mention, or above it where the viewport has no room below.
 */
export function isCardNextTo({ x, y }: { x: number; y: number }): boolean {
  return [y + 40, y - 40].some(
    (near) => document.elementFromPoint(x + 20, near)?.hasAttribute('data-kontext-host') ?? false,
  );
}

/** Runs in a page (popup, options): clicks the element `selector` finds. */
export function clickSelector(selector: string): void {
  document.querySelector<HTMLElement>(selector)!.click();
}

/** A range Kontext highlights, as the page sees it. */
export interface HighlightedRange {
  text: string;
  /** The id of the nearest element with one around the range's start. */
  elementId: string;
  /** Inside a shadow root: its host's id (the innermost root's, where they nest). */
  shadowHostId: string | null;
}

/** Runs in the page: every range in Kontext's highlights. */
export function readHighlightedRanges(): HighlightedRange[] {
  const found: HighlightedRange[] = [];
  for (const [name, ranges] of CSS.highlights) {
    if (!name.startsWith('kontext-')) continue;
    for (const range of ranges) {
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const root = range.startContainer.getRootNode();
      found.push({
        text: live.toString(),
        elementId: range.startContainer.parentElement?.closest('[id]')?.id ?? '',
        shadowHostId: root instanceof ShadowRoot ? root.host.id : null,
      });
    }
  }
  return found;
}
