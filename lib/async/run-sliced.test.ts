import { describe, expect, test } from 'vitest';
import { runInSlices, runToEnd, type Steps } from './run-sliced';

function* count(to: number): Steps<number> {
  let total = 0;
  for (let index = 1; index <= to; index += 1) {
    total += index;
    yield;
  }
  return total;
}

describe('sliced work', () => {
  test('runs to the end at once', () => {
    expect(runToEnd(count(100))).toBe(5050);
  });

  test('pauses once a slice has run its time, and gives the same result', async () => {
    let clock = 0;
    let pauses = 0;
    const result = await runInSlices(count(100), {
      maxSliceMs: 10,
      // Each step takes 1 ms on this clock: a pause every 10 steps.
      now: () => (clock += 1),
      pause: async () => void (pauses += 1),
    });
    expect(result).toBe(5050);
    expect(pauses).toBeGreaterThanOrEqual(9);
    expect(pauses).toBeLessThanOrEqual(11);
  });

  test('stops between slices when aborted', async () => {
    const controller = new AbortController();
    let clock = 0;
    const result = await runInSlices(count(100), {
      maxSliceMs: 5,
      now: () => (clock += 1),
      pause: async () => controller.abort(),
      signal: controller.signal,
    });
    expect(result).toBeUndefined();
  });
});
