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
 * Registers one highlight per entity type and returns a function that removes them again. Only
 * the names Kontext registered are touched; the page's own highlights stay.
 */
export function showHighlights(
  win: Window & typeof globalThis,
  rangesByType: ReadonlyMap<string, readonly AbstractRange[]>,
): () => void {
  const names: string[] = [];
  for (const [type, ranges] of rangesByType) {
    if (ranges.length === 0) continue;
    const name = highlightName(type);
    win.CSS.highlights.set(name, new win.Highlight(...ranges));
    names.push(name);
  }
  return () => {
    for (const name of names) win.CSS.highlights.delete(name);
  };
}
