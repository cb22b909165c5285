/**
 * Issue 9, part 5: hard pages, in Chromium with the built extension. A page of 100,000 Text nodes,
 * a paragraph 2,000 elements deep, frames, article text in open shadow roots, and a page that
 * changes 10 times a millisecond for 5 s: Kontext does not crash on any (the tab still answers,
 * and so does the content script), finds the names it should, holds up no page for more than
 * 50 ms at a time, and goes idle once the page stops changing.
 *
 * "No task over 50 ms caused by Kontext": the pages keep, from their first script on, every
 * stretch over 50 ms in which their own timer could not run, a "stall", and the long tasks that
 * Chromium reports (tests/fixtures/pages/hard-pages.js: those miss Kontext's first reading of a
 * page, so only the stalls are asserted on). A stall does not say whose code ran, so each page is
 * also loaded under a host outside the news list, where Kontext does not run, and the same stretch
 * of time is compared: from the end of DOMContentLoaded (Kontext starts at `document_idle`, after
 * it) until Kontext's last annotation, or on the changing page from the first change until the
 * watch for idleness ends. `findExcessStalls` says what counts against Kontext. The machine is
 * shared, and one load may meet a busy moment: Kontext fails a case when every one of up to
 * `ATTEMPTS` loads (or storms) shows a stall of its own. These checks are soft, so that the rest
 * of the case still runs and reports.
 */
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET_TIMINGS, type TimingsAnswer } from '../../lib/messages/protocol';
import { HARD_PAGES, hardPageUrl } from '../fixtures/sites';
import { SKIP_BROWSERS, type TabHandle } from './harness/browsers';
import { readHighlightedRanges, readHighlightSizes } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

/** A stretch of the page's main thread, on the page's clock (`performance.now()`), in ms. */
interface Stretch {
  start: number;
  duration: number;
}

/** What a hard page recorded over one stretch of time. */
interface PageRecord {
  /** Over 50 ms without a turn for the page's own timer. */
  stalls: Stretch[];
  /** Tasks over 50 ms, as Chromium reports them to the page. */
  longTasks: Stretch[];
}

/** The same stretch of a page with Kontext and without. */
interface Comparison {
  withKontext: PageRecord;
  without: PageRecord;
}

/** A storm of changes as the page reports it, on its clock. */
interface StormRun {
  startedAt: number;
  stoppedAt: number;
  changes: number;
}

/**
 * How many loads (or storms) must all show a stall before it counts against Kontext. A stall of
 * Kontext's own work shows on every load; on a shared machine of two cores, a repaint of the
 * 100,000-node page that a busy moment stretches past 50 ms showed on three loads in a row.
 */
const ATTEMPTS = 5;
/**
 * How much longer than the page's own matching stall one with Kontext may be: the same work of
 * the page takes a little more or less time from one load to the next on a shared machine.
 */
const STALL_JITTER_MS = 25;
/** Kontext counts as idle when no annotation came for this long. */
const QUIET_MS = 1500;
/** Time after Kontext's last annotation that still counts as its: the turn that ends it. */
const AFTER_LAST_MS = 100;
/** How often the test asks the content script for its timings. */
const POLL_MS = 250;
/** The page that changes: 10 changes a millisecond for 5 s (issue 9). */
const STORM = { perMs: 10, durationMs: 5000 };
/**
 * How long after the last change Kontext may still annotate: the settle time (400 ms), one
 * reading of the page, and room for a busy machine.
 */
const IDLE_WITHIN_MS = 3000;
/** How long the test then watches that no annotation follows. */
const IDLE_WATCH_MS = 3000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs in an extension page: the content script's timings of tab `tabId`, or null if none answers. */
async function askTimings({ tabId, type }: { tabId: number; type: string }) {
  interface TabsApi {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  }
  const scope = globalThis as { chrome?: TabsApi };
  try {
    return ((await scope.chrome!.tabs.sendMessage(tabId, { type })) ??
      null) as TimingsAnswer | null;
  } catch {
    return null;
  }
}

/**
 * Runs in an extension page: the id of the newest tab showing `url` (a case keeps its first load
 * open while it loads the page again, and each new tab's id is higher than the last's).
 */
async function findTabId(url: string): Promise<number> {
  interface TabsApi {
    tabs: { query(filter: object): Promise<{ id?: number }[]> };
  }
  const tabs = await (globalThis as { chrome?: TabsApi }).chrome!.tabs.query({ url });
  return Math.max(...tabs.map((tab) => tab.id!));
}

/** Runs in a hard page: what it recorded so far, when DOMContentLoaded ended, and its clock. */
function readPageClock(): PageRecord & { loadedAt: number; now: number } {
  const page = window as { __stalls?: Stretch[]; __longTasks?: Stretch[] };
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return {
    stalls: [...page.__stalls!],
    longTasks: [...page.__longTasks!],
    loadedAt: navigation!.domContentLoadedEventEnd,
    now: performance.now(),
  };
}

/** Runs in the mutating page: changes it `perMs` times a millisecond for `durationMs`. */
function startStorm({ perMs, durationMs }: typeof STORM): Promise<StormRun> {
  const page = window as unknown as {
    startStorm(perMs: number, durationMs: number): Promise<StormRun>;
  };
  return page.startStorm(perMs, durationMs);
}

/** Runs in a page: how many Text nodes its document holds. */
function countTextNodes(): number {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
}

/** Runs in the page: takes the ranges in shadow roots out of Kontext's highlights; how many. */
function removeShadowRanges(): number {
  let removed = 0;
  for (const [name, ranges] of CSS.highlights) {
    if (!name.startsWith('kontext-')) continue;
    for (const range of [...ranges]) {
      if (!(range.startContainer.getRootNode() instanceof ShadowRoot)) continue;
      ranges.delete(range);
      removed += 1;
    }
  }
  return removed;
}

/**
 * The stalls with Kontext that the page without Kontext does not account for. Both lists are
 * sorted longest first and compared rank by rank: the i-th longest stall with Kontext is the
 * page's own (or the machine's) when the same stretch without Kontext had an i-th longest stall at
 * least as long, give or take `STALL_JITTER_MS`; else Kontext caused it, or made it longer by more
 * than that (its work ran back to back with the page's). So a page whose own work holds itself up
 * may do so with Kontext too, but with Kontext there is no stall more, and none much longer.
 */
function findExcessStalls({ withKontext, without }: Comparison): Stretch[] {
  const byLength = (a: Stretch, b: Stretch) => b.duration - a.duration;
  const own = [...without.stalls].sort(byLength);
  return [...withKontext.stalls]
    .sort(byLength)
    .filter((stall, rank) => stall.duration > (own[rank]?.duration ?? 0) + STALL_JITTER_MS);
}

/** What `clock` recorded that overlaps the stretch from `from` for `length` ms. */
function recordIn(clock: PageRecord, from: number, length: number): PageRecord {
  const overlaps = (stretch: Stretch) =>
    stretch.start + stretch.duration > from && stretch.start < from + length;
  return { stalls: clock.stalls.filter(overlaps), longTasks: clock.longTasks.filter(overlaps) };
}

/** Durations, rounded, longest first, for the log. */
function describeStretches(stretches: Stretch[]): string {
  const lengths = stretches.map((stretch) => Math.round(stretch.duration)).sort((a, b) => b - a);
  return lengths.length === 0 ? 'none' : `${lengths.join(', ')} ms`;
}

function describeRecord(record: PageRecord): string {
  return `${describeStretches(record.stalls)} (long tasks: ${describeStretches(record.longTasks)})`;
}

/**
 * Measures up to `ATTEMPTS` times, until an attempt shows no stall of Kontext's; logs each attempt
 * and softly expects the last to be clean.
 */
async function compareStalls(
  label: string,
  measure: (attempt: number) => Promise<Comparison>,
): Promise<void> {
  const lines: string[] = [];
  let excess: Stretch[] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const comparison = await measure(attempt);
    excess = findExcessStalls(comparison);
    lines.push(
      `  attempt ${attempt}: stalls with Kontext ${describeRecord(comparison.withKontext)}; ` +
        `without ${describeRecord(comparison.without)}`,
    );
    if (excess.length === 0) break;
  }
  console.info(`${label}\n${lines.join('\n')}`);
  expect.soft(excess, `stalls of Kontext's on ${label}`).toEqual([]);
}

describe.skipIf(SKIP_BROWSERS)('hard pages in chromium', () => {
  const session = useExtensionBrowser('chromium');

  /**
   * A page of the extension, open while the tests run, that asks the content scripts for their
   * timings: opening one for each question would load the machine while Kontext works.
   */
  let messenger: TabHandle;
  beforeAll(async () => {
    messenger = await session.browser.openPopup(-1);
  });
  afterAll(async () => {
    await messenger?.close();
  });

  async function readTimings(tabId: number): Promise<TimingsAnswer | null> {
    return messenger.evaluate(askTimings, { tabId, type: GET_TIMINGS });
  }

  /**
   * Waits until Kontext annotated the tab and no further annotation came for `QUIET_MS`
   * (settings and packs load after the first one), and returns its timings then.
   */
  async function waitUntilIdle(tabId: number, timeoutMs = 30_000): Promise<TimingsAnswer> {
    const deadline = Date.now() + timeoutMs;
    let count = 0;
    let quietSince = Date.now();
    for (;;) {
      const timings = await readTimings(tabId);
      const now = timings?.annotatedAt.length ?? 0;
      if (now === 0 || now !== count) quietSince = Date.now();
      else if (Date.now() - quietSince >= QUIET_MS) return timings!;
      if (Date.now() > deadline) {
        throw new Error(`Kontext was not idle within ${timeoutMs} ms: ${JSON.stringify(timings)}`);
      }
      count = now;
      await sleep(POLL_MS);
    }
  }

  /** A hard page loaded with Kontext, annotated and idle. */
  interface KontextLoad {
    tab: TabHandle;
    tabId: number;
    timings: TimingsAnswer;
    /** From the end of DOMContentLoaded until Kontext's last annotation. */
    record: PageRecord;
    /** How long that stretch was, ms. */
    stretchMs: number;
  }

  async function loadWithKontext(file: string): Promise<KontextLoad> {
    const url = hardPageUrl(file);
    const tab = await session.browser.openTab(url);
    const tabId = await messenger.evaluate(findTabId, url);
    const timings = await waitUntilIdle(tabId);
    const clock = await tab.evaluate(readPageClock);
    const stretchMs = timings.annotatedAt.at(-1)! + AFTER_LAST_MS - clock.loadedAt;
    return { tab, tabId, timings, record: recordIn(clock, clock.loadedAt, stretchMs), stretchMs };
  }

  /** What the page recorded in the first `stretchMs` after its DOMContentLoaded, without Kontext. */
  async function loadWithoutKontext(file: string, stretchMs: number): Promise<PageRecord> {
    const tab = await session.browser.openTab(hardPageUrl(file, { kontext: false }));
    try {
      for (;;) {
        const clock = await tab.evaluate(readPageClock);
        if (clock.now - clock.loadedAt >= stretchMs) {
          return recordIn(clock, clock.loadedAt, stretchMs);
        }
        await sleep(POLL_MS);
      }
    } finally {
      await tab.close();
    }
  }

  /**
   * Loads `file` with Kontext, and compares its stalls with the page's own (loading both again
   * where needed). Returns the first load, still open, for the case's own checks.
   */
  async function loadAndCompare(file: string): Promise<KontextLoad> {
    const first = await loadWithKontext(file);
    const { startedAt, highlightedAt, annotatedAt } = first.timings;
    await compareStalls(
      `${file}: highlights ${Math.round(highlightedAt[0]! - startedAt)} ms after the content ` +
        `script's start, ${annotatedAt.length} annotation(s)`,
      async (attempt) => {
        const load = attempt === 1 ? first : await loadWithKontext(file);
        if (load !== first) await load.tab.close();
        const without = await loadWithoutKontext(file, load.stretchMs);
        return { withKontext: load.record, without };
      },
    );
    return first;
  }

  test('a page of 100,000 text nodes is highlighted, without holding it up', async () => {
    const { tab, tabId } = await loadAndCompare(HARD_PAGES.manyNodes);
    try {
      expect(await tab.evaluate(countTextNodes)).toBeGreaterThanOrEqual(100_000);
      // 200 paragraphs name Wladimir Putin and Russland; the headline Kim Jong Un and Putin.
      expect(await tab.evaluate(readHighlightSizes)).toEqual({
        person: 202,
        organization: 0,
        state: 200,
        place: 0,
      });
      // Drawn plain, without the underline that makes Chromium's repaint of so big a page slow.
      expect(await tab.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual([
        'kontext-person-plain',
        'kontext-state-plain',
      ]);
      // Still there: the content script answers.
      expect(await readTimings(tabId)).not.toBeNull();
    } finally {
      await tab.close();
    }
  });

  test('a news page of 2.9 MB, the size of cnn.com’s, is highlighted without holding it up', async () => {
    const { tab, tabId } = await loadAndCompare(HARD_PAGES.bigNews);
    try {
      expect(
        await tab.evaluate(() => document.documentElement.outerHTML.length),
      ).toBeGreaterThanOrEqual(2_900_000);
      // The story only: its headline (2), 15 paragraphs naming Wladimir Putin, Moskau and
      // Russland, the lead's Pjöngjang (a capital of the world pack) and "Der Machthaber" (the
      // bare title of Kim Jong Un's office, whom the story names), and 6 captions naming him;
      // not the 400 teasers naming him, nor the menu's Russland.
      expect(await tab.evaluate(readHighlightSizes)).toEqual({
        person: 24,
        organization: 0,
        state: 15,
        place: 16,
      });
      expect(await readTimings(tabId)).not.toBeNull();
    } finally {
      await tab.close();
    }
  });

  test('a name 2,000 elements deep is found', async () => {
    const { tab, tabId } = await loadAndCompare(HARD_PAGES.deep);
    try {
      const depth = await tab.evaluate(() => {
        let levels = 0;
        for (let node = document.getElementById('deepest'); node; node = node.parentElement) {
          levels += 1;
        }
        return levels;
      });
      expect(depth).toBeGreaterThan(2000);
      const deepest = (await tab.evaluate(readHighlightedRanges)).filter(
        (range) => range.elementId === 'deepest',
      );
      expect(deepest.map((range) => range.text)).toEqual(['Sergej Schoigu', 'Kim Jong Un']);
      expect(await readTimings(tabId)).not.toBeNull();
    } finally {
      await tab.close();
    }
  });

  test('frames: the top page is annotated, and the frames are left as they were', async () => {
    const { tab, tabId } = await loadAndCompare(HARD_PAGES.frames);
    try {
      // The manifest's content script has no `all_frames`: Kontext reads the top document only,
      // and its text collection skips <iframe> elements.
      const texts = (await tab.evaluate(readHighlightedRanges)).map((range) => range.text);
      expect(texts.sort()).toEqual([
        'Kim Jong Un',
        'Kim Jong Un',
        'Kosmodrom Wostotschny',
        'Kreml',
        'Russland',
        'Wladimir Putin',
      ]);
      const frames = await tab.evaluate(() =>
        [...document.querySelectorAll('iframe')].map((frame) => {
          const win = frame.contentWindow as unknown as typeof globalThis & {
            __frameDomAtLoad?: string;
          };
          const doc = frame.contentDocument!;
          return {
            id: frame.id,
            names: doc.body.textContent!.match(/Sergej Schoigu|Dmitri Peskow/g),
            isUnchanged: win.__frameDomAtLoad === doc.documentElement.outerHTML,
            highlights: win.CSS.highlights.size,
          };
        }),
      );
      expect(frames).toEqual([
        { id: 'inline-frame', names: ['Sergej Schoigu'], isUnchanged: true, highlights: 0 },
        { id: 'page-frame', names: ['Dmitri Peskow'], isUnchanged: true, highlights: 0 },
      ]);
      expect(await readTimings(tabId)).not.toBeNull();
    } finally {
      await tab.close();
    }
  });

  test('names in open shadow roots are recognized and drawn', async () => {
    const { tab, tabId } = await loadAndCompare(HARD_PAGES.shadow);
    const screenshotPath = join(tmpdir(), `kontext-hard-shadow-${process.pid}.png`);
    const screenshot = async () => {
      await tab.screenshot(screenshotPath);
      return readFile(screenshotPath);
    };
    try {
      // Kontext reads through open shadow roots (the parser's and a script's, nested ones too)
      // and through a slot to the light-DOM paragraph it shows.
      const ranges = await tab.evaluate(readHighlightedRanges);
      expect(ranges).toEqual(
        expect.arrayContaining([
          { text: 'Wladimir Putin', elementId: 'light', shadowHostId: null },
          { text: 'Sergej Schoigu', elementId: 'in-shadow', shadowHostId: 'declarative' },
          { text: 'Kosmodrom Wostotschny', elementId: 'slotted', shadowHostId: null },
          { text: 'Kreml', elementId: 'outer-shadow', shadowHostId: 'scripted' },
          { text: 'Dmitri Peskow', elementId: 'inner-shadow', shadowHostId: 'inner-host' },
        ]),
      );
      // The two more: the headline's Kim Jong Un and Russland.
      expect(ranges).toHaveLength(7);

      // Names only in shadow roots count as the page's, in the popup too.
      const popup = await session.browser.openPopup(tabId);
      try {
        await popup.waitForSelector('[data-testid="names-found"]');
        const entities = await popup.evaluate(() =>
          [...document.querySelectorAll('[data-entity]')].map((item) =>
            item.getAttribute('data-entity'),
          ),
        );
        expect(entities).toEqual(
          expect.arrayContaining(['sergei-shoigu', 'kremlin', 'dmitry-peskov']),
        );
      } finally {
        await popup.close();
      }

      // And Chromium paints them: the page looks different once the ranges in shadow roots are
      // taken out of Kontext's highlights. Two shots before show that the page holds still.
      const before = await screenshot();
      expect((await screenshot()).equals(before)).toBe(true);
      expect(await tab.evaluate(removeShadowRanges)).toBe(3);
      expect((await screenshot()).equals(before)).toBe(false);
    } finally {
      await rm(screenshotPath, { force: true });
      await tab.close();
    }
  });

  test('a page that changes 10 times a millisecond for 5 s: no stall, then idle', async () => {
    // The stretch compared: the storm, the time Kontext has to go idle, and the watch after it.
    const stretchMs = STORM.durationMs + IDLE_WITHIN_MS + IDLE_WATCH_MS;
    /** Storms `tab`, runs `afterStorm`, and returns the storm and what the page recorded. */
    const stormAndRecord = async (tab: TabHandle, afterStorm?: () => Promise<void>) => {
      const run = await tab.evaluate(startStorm, STORM);
      expect(run.changes).toBe(STORM.perMs * STORM.durationMs);
      await afterStorm?.();
      let clock = await tab.evaluate(readPageClock);
      for (; clock.now - run.startedAt < stretchMs; clock = await tab.evaluate(readPageClock)) {
        await sleep(POLL_MS);
      }
      return { run, record: recordIn(clock, run.startedAt, stretchMs) };
    };

    const { tab, tabId } = await loadWithKontext(HARD_PAGES.mutating);
    const plain = await session.browser.openTab(
      hardPageUrl(HARD_PAGES.mutating, { kontext: false }),
    );
    try {
      const before = (await readTimings(tabId))!.annotatedAt.length;
      let settled: TimingsAnswer | undefined;
      const first = await stormAndRecord(tab, async () => {
        // Once the page holds still, Kontext reads it one last time, then does nothing more.
        await sleep(IDLE_WITHIN_MS);
        settled = (await readTimings(tabId))!;
        const watchedUntil = Date.now() + IDLE_WATCH_MS;
        while (Date.now() < watchedUntil) {
          await sleep(POLL_MS);
          expect((await readTimings(tabId))?.annotatedAt).toEqual(settled.annotatedAt);
        }
      });
      const { run } = first;
      const lastAt = settled!.annotatedAt.at(-1)!;
      const during = settled!.annotatedAt.filter((at) => at > run.startedAt && at <= run.stoppedAt);
      console.info(
        `${HARD_PAGES.mutating}: ${run.changes} changes in ` +
          `${Math.round(run.stoppedAt - run.startedAt)} ms; ` +
          `${settled!.annotatedAt.length - before} annotation(s) since their start, ` +
          `${during.length} while they lasted; the last ` +
          `${Math.round(lastAt - run.stoppedAt)} ms after they stopped`,
      );
      expect(lastAt).toBeGreaterThan(run.stoppedAt);
      // The last reading is the page as it stopped: the ticker's last text is highlighted.
      const ticker = (await tab.evaluate(readHighlightedRanges)).filter(
        (range) => range.elementId === 'ticker',
      );
      const lastName = await tab.evaluate(
        () => /^\d+: (.+) äußerte/.exec(document.getElementById('ticker')!.textContent!)![1],
      );
      expect(ticker.map((range) => range.text)).toEqual([lastName]);

      await compareStalls(
        `${HARD_PAGES.mutating}: from the first change over ${stretchMs} ms`,
        async (attempt) => ({
          withKontext: attempt === 1 ? first.record : (await stormAndRecord(tab)).record,
          without: (await stormAndRecord(plain)).record,
        }),
      );

      // While the page kept changing, Kontext still read it now and then: lib/annotate/watch-page.ts
      // promises a reading at least every 2 s however busy the page is.
      expect(during.length, 'readings while the page kept changing').toBeGreaterThan(0);
    } finally {
      await plain.close();
      await tab.close();
    }
  });
});
