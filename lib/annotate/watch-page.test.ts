/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_WAIT_MS, SETTLE_MS, watchPage } from './watch-page';

describe('watchPage', () => {
  let controller: AbortController;
  let onChange: ReturnType<typeof vi.fn<() => void>>;
  let own: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.replaceChildren();
    own = document.createElement('div');
    document.body.append(own);
    controller = new AbortController();
    onChange = vi.fn<() => void>();
    watchPage({
      root: document.body,
      win: window as unknown as Window & typeof globalThis,
      isOwnNode: (node) => node === own || own.contains(node),
      onChange,
      signal: controller.signal,
    });
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  /** Lets the mutation observer deliver, then moves the clock. */
  async function advance(milliseconds: number) {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(milliseconds);
  }

  test('calls back once the page has settled after a change', async () => {
    document.body.append(document.createElement('p'));
    await advance(SETTLE_MS - 1);
    expect(onChange).not.toHaveBeenCalled();
    await advance(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('Kontext’s own node is no change', async () => {
    own.append(document.createElement('span'));
    own.remove();
    await advance(SETTLE_MS * 3);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('a page that never stops changing is read at most every MAX_WAIT_MS, then no more', async () => {
    for (let elapsed = 0; elapsed < MAX_WAIT_MS * 2.5; elapsed += 50) {
      document.body.append(document.createElement('p'));
      await advance(50);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(3);
    const calls = onChange.mock.calls.length;
    await advance(MAX_WAIT_MS * 5);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(calls + 1);
    const settled = onChange.mock.calls.length;
    await advance(MAX_WAIT_MS * 5);
    expect(onChange).toHaveBeenCalledTimes(settled);
  });

  test('past the settle time, more changes leave the deadline’s timer as it is', async () => {
    // In a browser a timer set again in every tick of the page's own timer never runs (seen in
    // Chromium: no reading in 5 s of 10 changes per ms): the deadline's timer must stay set.
    const setTimeout = vi.spyOn(window, 'setTimeout');
    for (let elapsed = 0; elapsed < MAX_WAIT_MS - SETTLE_MS; elapsed += 20) {
      document.body.append(document.createElement('p'));
      await advance(20);
    }
    const armed = setTimeout.mock.calls.length;
    for (let elapsed = 0; elapsed < SETTLE_MS - 40; elapsed += 20) {
      document.body.append(document.createElement('p'));
      await advance(20);
    }
    expect(setTimeout.mock.calls.length).toBeLessThanOrEqual(armed + 1);
    expect(onChange).not.toHaveBeenCalled();
    await advance(60);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('stops when the signal aborts', async () => {
    controller.abort();
    document.body.append(document.createElement('p'));
    await advance(MAX_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
  });
});
