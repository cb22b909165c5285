/**
 * Timing and its summary: every case runs a few untimed warm-ups (so the JIT has compiled the hot
 * code), then the timed runs, each after an untimed setup of its own; the report quotes medians.
 */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How often a case runs: `warmups` untimed, then `runs` timed. */
export interface RunCounts {
  runs: number;
  warmups: number;
}

/** The counts the bench uses: medians of eleven runs after two warm-ups. */
export const DEFAULT_RUN_COUNTS: RunCounts = { runs: 11, warmups: 2 };

/** Durations in ms: the timed runs, and the warm-ups before them (the first one ran cold). */
export interface Samples {
  runs: number[];
  warmups: number[];
}

/**
 * The durations of `counts.warmups` then `counts.runs` calls of `run`. Each call gets a fresh
 * `setup()` result, made outside the timing.
 */
export function sampleTimes<S>(
  counts: RunCounts,
  setup: () => S,
  run: (state: S) => unknown,
): Samples {
  const samples: Samples = { runs: [], warmups: [] };
  for (let index = 0; index < counts.warmups + counts.runs; index += 1) {
    const state = setup();
    const started = performance.now();
    run(state);
    const elapsed = performance.now() - started;
    (index < counts.warmups ? samples.warmups : samples.runs).push(elapsed);
  }
  return samples;
}

/** Megabytes (10^6 characters of mostly ASCII text) per second. */
export function toMegabytesPerSecond(characters: number, milliseconds: number): number {
  return characters / 1_000_000 / (milliseconds / 1000);
}
