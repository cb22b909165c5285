import { describe, expect, test, vi } from 'vitest';
import { TimeoutError, withTimeout } from './with-timeout';

describe('withTimeout', () => {
  test('passes an answer through', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000)).resolves.toBe(42);
  });

  test('rejects with TimeoutError when no answer comes in time', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise(() => undefined), 1000);
    vi.advanceTimersByTime(1000);
    await expect(pending).rejects.toBeInstanceOf(TimeoutError);
    vi.useRealTimers();
  });
});
