import type { CollectedText, TextSegment } from './collect-text';

/** The segment that holds the character at `offset`, by binary search over the segment starts. */
function findSegment(segments: readonly TextSegment[], offset: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (offset < segment.start) high = middle - 1;
    else if (offset >= segment.start + segment.node.data.length) low = middle + 1;
    else return segment;
  }
  return undefined;
}

/**
 * The text-node boundaries of the flattened text from `start` to `end`, ready for a `StaticRange`
 * (which costs the page nothing: the browser does not update it as the DOM changes). Undefined
 * when an end falls outside every text node (a block boundary added by `collectText`).
 */
export function locateRange(
  collected: CollectedText,
  start: number,
  end: number,
): StaticRangeInit | undefined {
  const first = findSegment(collected.segments, start);
  const last = findSegment(collected.segments, end - 1);
  if (!first || !last) return undefined;
  return {
    startContainer: first.node,
    startOffset: start - first.start,
    endContainer: last.node,
    endOffset: end - last.start,
  };
}

/** The offset in the flattened text of a caret in a Text node, or undefined for text not collected. */
export function offsetOfCaret(
  collected: CollectedText,
  node: Node,
  offset: number,
): number | undefined {
  const start = collected.startByNode.get(node as Text);
  return start === undefined ? undefined : start + offset;
}
