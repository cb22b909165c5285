/**
 * Draws highlights with the CSS Custom Highlight API: the page's DOM is not touched, and the
 * browser paints the marks from ranges. The matching `::highlight()` rules ship with the content
 * script's stylesheet.
 */

/** The registry name of the highlight for one entity type, as styled in the content script's CSS. */
export function highlightName(type: string): string {
  return `kontext-${type}`;
}

/** How a mention is drawn. */
export interface MarkStyle {
  /** Linked with low confidence: a lighter mark with a dotted line. */
  uncertain: boolean;
  /**
   * Without the underline, the background alone: for very large pages. Chromium counts any
   * decoration of a highlight as overflow of the text it marks, and recomputes the overflow of
   * each marked node's ancestors when the highlights change; on a page of 100,000 text nodes
   * that triples the repaint the highlights cost (about 36 ms against 12 ms, 400 marks).
   */
  plain: boolean;
}

/** The name, within a type, of the highlight that draws a mention in `style` ("person-uncertain"). */
export function markName(type: string, { uncertain, plain }: MarkStyle): string {
  return `${type}${uncertain ? '-uncertain' : ''}${plain ? '-plain' : ''}`;
}

/**
 * Registers one highlight per entity type (replacing what an earlier call drew under the same
 * name) and returns a function that removes them again. Only the names Kontext registered are
 * touched; the page's own highlights stay.
 */
export function showHighlights(
  win: Window & typeof globalThis,
  rangesByType: ReadonlyMap<string, readonly AbstractRange[]>,
): () => void {
  const drawn = new Map<string, Highlight>();
  for (const [type, ranges] of rangesByType) {
    if (ranges.length === 0) continue;
    const highlight = new win.Highlight(...ranges);
    win.CSS.highlights.set(highlightName(type), highlight);
    drawn.set(highlightName(type), highlight);
  }
  return () => {
    // A newer annotation may have drawn under the same name already: leave that one be.
    for (const [name, highlight] of drawn) {
      if (win.CSS.highlights.get(name) === highlight) win.CSS.highlights.delete(name);
    }
  };
}
