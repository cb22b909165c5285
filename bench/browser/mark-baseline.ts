/**
 * The baseline of the page-load cases, inside a fixture page: mark.js, the library most page
 * highlighters build on, marking the same aliases in the same article. It wraps each match in a
 * `<mark>` element, one search of the whole article per alias.
 *
 * mark.js goes from one alias to the next by recursion, in one synchronous call: in Chromium a
 * single `mark()` call with more than about 600 aliases overflows the stack ("Maximum call stack
 * size exceeded" inside its RegExp). So the aliases go in batches of `MARK_BATCH_SIZE`, longest
 * first as mark.js itself orders them, one call after the other in the same task.
 */
import Mark from 'mark.js';

/** Aliases per `mark()` call: well below the count that overflows Chromium's stack. */
export const MARK_BATCH_SIZE = 100;

/** Characters that end a name besides white space, as Kontext's word boundaries do. */
const LIMITERS = [',', '.', ':', ';', '!', '?', '"', "'", '(', ')', '-', '„', '“', '”', '’'];

export interface MarkOptions {
  aliases: readonly string[];
  /** Stops between batches once this much time has passed. */
  timeLimitMs: number;
}

export interface MarkResult {
  /** Time from the first `mark()` call to the last one's `done`. */
  ms: number;
  /** `<mark>` elements made. */
  marks: number;
  /** Aliases searched for; fewer than given when the time limit stopped the run. */
  aliasesDone: number;
  isStopped: boolean;
}

/**
 * Marks `aliases` in the page's article (the `<article>` element, or the body), as exact,
 * case-sensitive, whole-word matches without diacritics folding: as close to Kontext's matching
 * as mark.js's options get.
 */
export function markAliases({ aliases, timeLimitMs }: MarkOptions): MarkResult {
  const root = document.querySelector('article') ?? document.body;
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length);
  const marker = new Mark(root);
  let marks = 0;
  let aliasesDone = 0;
  const started = performance.now();
  while (aliasesDone < sorted.length) {
    if (performance.now() - started > timeLimitMs) break;
    const batch = sorted.slice(aliasesDone, aliasesDone + MARK_BATCH_SIZE);
    marker.mark(batch, {
      separateWordSearch: false,
      diacritics: false,
      caseSensitive: true,
      accuracy: { value: 'exactly', limiters: LIMITERS },
      done: (count) => {
        marks += count;
      },
    });
    aliasesDone += batch.length;
  }
  return {
    ms: performance.now() - started,
    marks,
    aliasesDone,
    isStopped: aliasesDone < sorted.length,
  };
}
