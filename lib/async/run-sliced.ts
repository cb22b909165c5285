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
  /**
   * When the current slice began, shared by work that runs one part after another in the same
   * task: each part goes on with the slice the one before it left, rather than starting one of
   * its own (five parts of 8 ms each, back to back, are one task of 40 ms).
   */
  clock?: SliceClock;
}

/** When the current slice began, on the `now` clock; `runInSlices` moves it on at every pause. */
export interface SliceClock {
  sliceStart: number;
}

/** Runs `steps` in slices; undefined when `signal` aborted the work. */
export async function runInSlices<T>(
  steps: Steps<T>,
  options: SliceOptions,
): Promise<T | undefined> {
  const clock = options.clock ?? { sliceStart: options.now() };
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (options.now() - clock.sliceStart < options.maxSliceMs) continue;
    await options.pause();
    if (options.signal?.aborted) return undefined;
    clock.sliceStart = options.now();
  }
}
