/**
 * Long work written once, as a generator that yields at points where it may pause, and run either
 * to the end at once (tests, small pages) or in slices that give the page's own work a turn
 * between them (large pages: no task over 50 ms).
 */

/** Work that may pause wherever it yields, and returns `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** The longest a slice may run before it pauses at the next chance. */
  maxSliceMs: number;
  now: () => number;
  /** Gives the page a turn (a macrotask). */
  pause: () => Promise<void>;
  /** Stops the work between slices. */
  signal?: AbortSignal;
}

/** Runs `steps` in slices; undefined when `signal` aborted the work. */
export async function runInSlices<T>(
  steps: Steps<T>,
  options: SliceOptions,
): Promise<T | undefined> {
  let sliceStart = options.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (options.now() - sliceStart < options.maxSliceMs) continue;
    await options.pause();
    if (options.signal?.aborted) return undefined;
    sliceStart = options.now();
  }
}
