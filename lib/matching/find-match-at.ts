/** A stretch of text, start inclusive and end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The match that covers `offset` (start inclusive, end exclusive), by binary search over
 * `matches`, which must be sorted by start and must not overlap, as the finder returns them.
 */
export function findMatchAt<M extends TextSpan>(
  matches: readonly M[],
  offset: number,
): M | undefined {
  let low = 0;
  let high = matches.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const match = matches[middle]!;
    if (offset < match.start) high = middle - 1;
    else if (offset >= match.end) low = middle + 1;
    else return match;
  }
  return undefined;
}
