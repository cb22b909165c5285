/**
 * Runs in a fixture page before any of its scripts (an init script of the bench's browser): keeps
 * every main-thread task over 50 ms that Chromium reports to the page (`longtask` entries), so the
 * bench can read which of them fell while the content script worked. Long tasks are the page's
 * event loop, so work of the extension's isolated world shows here too.
 */

/** A long task: when it started and how long it ran, on the page's `performance.now()` clock. */
export interface LongTask {
  start: number;
  duration: number;
}

/** The page global that holds the tasks seen so far. */
export const LONG_TASKS_GLOBAL = '__kontextBenchLongTasks';

/** Starts recording; `buffered` also hands over the tasks before this call. */
export function recordLongTasks(): void {
  const tasks: LongTask[] = [];
  (globalThis as unknown as Record<string, LongTask[]>)[LONG_TASKS_GLOBAL] = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}
