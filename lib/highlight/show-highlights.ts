/**
 * Draws highlights with the CSS Custom Highlight API: the page's DOM is not touched, and the
 * browser paints the marks from ranges. The matching `::highlight()` rules ship with the content
 * script's stylesheet.
 */

/** The registry name of the highlight for one entity type, as styled in the content script's CSS. */
export function highlightName(type: string): string {
  return `kontext-${type}`;
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
