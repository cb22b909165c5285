/**
 * The built extension loading real pages in headless Chromium, as a reader meets it: for each
 * case, fresh page loads of a fixture page under a news site's host, and per load the time from
 * the content script's start to its highlights (the content script's own timings, asked for
 * through the extension), the page's main-thread long tasks meanwhile, and the JS heap the content
 * script keeps after its analysis. Beside each case, in the same browser, mark.js marks the same
 * aliases in the same page (`browser/mark-baseline.ts`).
 *
 * The cases, as issue 8 names them: (a) the seed article with the bundled pack; (b) the same page
 * with a generated pack of 50,000 aliases imported; (c) a generated ~1 MB news page with that
 * pack; (d) a page that names no one (the start-up cost). The pack is imported through the options
 * page's file field, as a reader does it, and that import is timed too.
 *
 * Needs `npm run build`; without the build or the browser the suite is skipped with a note.
 */
import type { Page } from 'playwright-core';
import { generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import type { KnowledgePack } from '../lib/knowledge/pack-types';
import { GET_TIMINGS, timingsAnswerSchema, type TimingsAnswer } from '../lib/messages/protocol';
import { missingPrerequisite } from '../tests/browser/harness/browsers';
import { startFixtureServer } from '../tests/browser/harness/fixture-server';
import { bundleForPage } from '../tests/browser/harness/bundle-for-test-page';
import { launchExtensionChromium, type ExtensionChromium } from './browser/extension-chromium';
import { LONG_TASKS_GLOBAL, type LongTask } from './browser/long-task-recorder';
import { MARK_BATCH_SIZE, type MarkOptions, type MarkResult } from './browser/mark-baseline';
import { LONG_TASK_MS } from './browser/large-page';
import { readBundledAliases, writeLoadPages, type LoadPage, type LoadPageName } from './load-pages';
import type { Measurement, PackSizeLabel } from './measurement';
import { median, type RunCounts } from './statistics';
import { findPackSize, loadSyntheticPack } from './synthetic-packs';

/** One case of issue 8's list. */
interface LoadCase {
  /** The issue's letter. */
  letter: 'a' | 'b' | 'c' | 'd';
  page: LoadPageName;
  /** The generated pack imported beside the bundled one; none: the bundled pack alone. */
  size?: PackSizeLabel;
}

/** Bundled-pack cases first: the generated pack is imported after them. */
const LOAD_CASES: readonly LoadCase[] = [
  { letter: 'a', page: 'seed-article' },
  { letter: 'd', page: 'no-names' },
  { letter: 'b', page: 'seed-article', size: '50k' },
  { letter: 'c', page: 'large-page', size: '50k' },
];

/** The generated pack's id and file name, as a reader would import it. */
const IMPORTED_PACK_ID = 'synthetic-50k';

/** The generated 50k-alias pack, under the id a reader's import gives it. */
export function makeImportedPack(): KnowledgePack {
  return {
    ...generateSyntheticPack({ entities: findPackSize('50k').entities }),
    id: IMPORTED_PACK_ID,
  };
}

/** The longest a page may take to show its first highlights before the run fails. */
const TIMINGS_TIMEOUT_MS = 60_000;
const POLL_MS = 50;
/** Time for the observer to hand over the last long tasks, and for late work to show. */
const SETTLE_MS = 200;

/**
 * mark.js with 50,000 aliases takes seconds on the seed article and, at about 30 ms an alias,
 * half an hour on the 1 MB page: each run stops at this limit and then counts as a lower bound.
 */
const MARK_TIME_LIMIT_MS = 30_000;
/** mark.js runs with the generated pack (no warm-up: every run is seconds of the same work). */
const MARK_LARGE_RUNS = 5;

const MEGABYTE = 1_000_000;

/** The global the bundle of `browser/mark-baseline.ts` defines. */
const MARK_GLOBAL = 'kontextMarkBaseline';
/** The global the bundle of `browser/long-task-recorder.ts` defines. */
const RECORDER_GLOBAL = 'kontextLongTaskRecorder';

export interface ExtensionLoadResult {
  measurements: Measurement[];
  skipped: string[];
  /** Lines for the report's notes: what each number covers. */
  notes: string[];
}

/** One page load with Kontext. */
interface KontextLoad {
  /** Content script start to its first highlights drawn, ms. */
  toHighlights: number;
  /** Content script start to its first annotation complete (what cards and the popup need), ms. */
  toComplete: number;
  /** Long tasks from the content script's start until the bench read them. */
  longTasks: LongTask[];
  heapBytes: number;
}

/** Runs in the page: the long tasks recorded so far, and the page's clock now. */
function readLongTasks(global: string): { tasks: LongTask[]; now: number } {
  const tasks = (globalThis as unknown as Record<string, LongTask[] | undefined>)[global] ?? [];
  return { tasks: [...tasks], now: performance.now() };
}

/**
 * Asks the content script of the tab showing `url` for its timings until its first annotation is
 * complete (its highlights were drawn before).
 */
export async function waitForTimings(
  chromium: ExtensionChromium,
  url: string,
): Promise<TimingsAnswer> {
  const deadline = Date.now() + TIMINGS_TIMEOUT_MS;
  for (;;) {
    const answer = await chromium.askTab(url, { type: GET_TIMINGS });
    const parsed = timingsAnswerSchema.safeParse(answer);
    if (parsed.success && parsed.data.annotatedAt.length > 0) return parsed.data;
    if (Date.now() > deadline) {
      // An answer of another shape means a build older or newer than this bench.
      throw new Error(
        `Kontext did not finish annotating ${url} within ${TIMINGS_TIMEOUT_MS} ms; ` +
          `its last timings: ${JSON.stringify(answer)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Loads `page` where Kontext runs, in a new tab, and measures that one load. */
async function loadWithKontext(chromium: ExtensionChromium, page: LoadPage): Promise<KontextLoad> {
  const tab = await chromium.context.newPage();
  try {
    await tab.goto(page.url);
    const timings = await waitForTimings(chromium, page.url);
    await tab.waitForTimeout(SETTLE_MS);
    const { tasks, now } = await tab.evaluate(readLongTasks, LONG_TASKS_GLOBAL);
    const longTasks = tasks.filter(
      (task) => task.start + task.duration > timings.startedAt && task.start < now,
    );
    return {
      toHighlights: timings.highlightedAt[0]! - timings.startedAt,
      toComplete: timings.annotatedAt[0]! - timings.startedAt,
      longTasks,
      heapBytes: await chromium.measureHeap(tab),
    };
  } finally {
    await tab.close();
  }
}

/** A page load where Kontext does not run. */
interface PlainLoad {
  heapBytes: number;
  /** The page's own long tasks after DOMContentLoaded, when Kontext would start. */
  longTasks: LongTask[];
}

/** Runs in the page: when DOMContentLoaded ended, on the page's clock. */
function readDomContentLoadedEnd(): number {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.domContentLoadedEventEnd ?? 0;
}

/** Loads `page` where Kontext does not run, and measures its heap and its own long tasks. */
async function loadWithoutKontext(chromium: ExtensionChromium, page: LoadPage): Promise<PlainLoad> {
  const tab = await chromium.context.newPage();
  try {
    await tab.goto(page.offUrl);
    await tab.waitForTimeout(SETTLE_MS);
    const loaded = await tab.evaluate(readDomContentLoadedEnd);
    const { tasks } = await tab.evaluate(readLongTasks, LONG_TASKS_GLOBAL);
    return {
      heapBytes: await chromium.measureHeap(tab),
      longTasks: tasks.filter((task) => task.start + task.duration > loaded),
    };
  } finally {
    await tab.close();
  }
}

/** One mark.js run on `page` where Kontext does not run. */
async function markWithBaseline(
  chromium: ExtensionChromium,
  page: LoadPage,
  script: string,
  options: MarkOptions,
): Promise<MarkResult> {
  const tab: Page = await chromium.context.newPage();
  try {
    await tab.goto(page.offUrl);
    await tab.addScriptTag({ content: script });
    // The function is serialized into the page: no helpers, no closures.
    return await tab.evaluate(
      ({ global, options }) => {
        const scope = globalThis as unknown as Record<
          string,
          { markAliases: (options: MarkOptions) => MarkResult }
        >;
        return scope[global]!.markAliases(options);
      },
      { global: MARK_GLOBAL, options },
    );
  } finally {
    await tab.close();
  }
}

/**
 * Imports the generated pack through a fresh options page, `runs` times (each import replaces
 * the last), and returns the import time the options page measured each time: reading the file,
 * `checkPack`, compiling and writing to `storage.local`.
 */
export async function importThroughOptions(
  chromium: ExtensionChromium,
  content: string,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  await chromium.closeMessenger();
  for (let run = 0; run < runs; run += 1) {
    const options = await chromium.openExtensionPage('options.html');
    try {
      await options.waitForSelector('body[data-ready="true"]');
      // As the file picker hands a file to the page.
      await options.setInputFiles('#import-pack', {
        name: `${IMPORTED_PACK_ID}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      });
      const status = await options.waitForSelector('[data-import="done"], [data-import="failed"]', {
        timeout: TIMINGS_TIMEOUT_MS,
      });
      if ((await status.getAttribute('data-import')) !== 'done') {
        throw new Error(`the options page refused the generated pack: ${await status.innerText()}`);
      }
      times.push(Number(await status.getAttribute('data-ms')));
    } finally {
      await options.close();
    }
  }
  return times;
}

/** The longest of `tasks` in ms, 0 for none. */
function findLongest(tasks: readonly LongTask[]): number {
  return Math.max(0, ...tasks.map((task) => task.duration));
}

/** The measurements of one case from its loads and its baseline runs. */
function summarizeCase(
  loadCase: LoadCase,
  page: LoadPage,
  loads: { warmups: KontextLoad[]; runs: KontextLoad[] },
  plain: readonly PlainLoad[],
  marks: MarkResult[],
  aliases: number,
): Measurement[] {
  const common = {
    environment: 'chromium' as const,
    ...(loadCase.size && { size: loadCase.size }),
    aliases,
  };
  const name = `load.${page.name}`;
  const times = loads.runs.map((load) => load.toHighlights);
  const complete = loads.runs.map((load) => load.toComplete);
  const longest = loads.runs.map((load) => findLongest(load.longTasks));
  const counts = loads.runs.map((load) => load.longTasks.length);
  const pageHeap = median(plain.map((load) => load.heapBytes));
  const heaps = loads.runs.map((load) => (load.heapBytes - pageHeap) / MEGABYTE);
  const plainTasks = plain.flatMap((load) => load.longTasks);
  const markTimes = marks.map((mark) => mark.ms);
  const stopped = marks.find((mark) => mark.isStopped);
  const letter = `(${loadCase.letter})`;
  return [
    {
      ...common,
      case: name,
      unit: 'ms',
      median: median(times),
      samples: times,
      firstRun: loads.warmups[0]?.toHighlights,
      baseline: {
        name: 'mark.js',
        median: median(markTimes),
        samples: markTimes,
        ...(stopped && { isLowerBound: true }),
      },
      note:
        `${letter} ${page.bytes.toLocaleString('en')} characters of HTML; the content script's ` +
        `main() to its first highlights drawn; mark.js: ${describeMarks(marks, aliases)}`,
    },
    {
      ...common,
      case: `${name}.complete`,
      unit: 'ms',
      median: median(complete),
      samples: complete,
      firstRun: loads.warmups[0]?.toComplete,
      note: `${letter} main() to its first annotation complete: the mentions' sentences and entities, which cards and the popup need, worked out after the highlights`,
    },
    {
      ...common,
      case: `${name}.longest-task`,
      unit: 'ms',
      median: median(longest),
      samples: longest,
      note:
        `${letter} the longest main-thread task (over ${LONG_TASK_MS} ms; 0: none) from the ` +
        `content script's start until ${SETTLE_MS} ms after its annotation was complete (the page's own work ` +
        `in that time included); the table adds the longest of all runs. The page without ` +
        `Kontext, after DOMContentLoaded: ${plainTasks.length} such ` +
        `task${plainTasks.length === 1 ? '' : 's'} in ${plain.length} ` +
        `loads, the longest ${findLongest(plainTasks).toFixed(0)} ms`,
    },
    {
      ...common,
      case: `${name}.long-tasks`,
      unit: 'tasks',
      median: median(counts),
      samples: counts,
    },
    {
      ...common,
      case: `${name}.heap`,
      unit: 'MB',
      median: median(heaps),
      samples: heaps,
      note:
        `${letter} V8 heap used after a forced full GC (DevTools Runtime.getHeapUsage of the ` +
        `page's renderer, all worlds), minus the median of the same page where the content ` +
        `script does not run (${(pageHeap / MEGABYTE).toFixed(2)} MB)`,
    },
  ];
}

/** What the mark.js runs did, for the note. */
function describeMarks(marks: readonly MarkResult[], aliases: number): string {
  const last = marks[marks.length - 1];
  if (!last) return 'not run';
  const runs = `${marks.length} run${marks.length === 1 ? '' : 's'}, ${last.marks} marks`;
  if (!last.isStopped) return `${runs}, all ${aliases.toLocaleString('en')} aliases`;
  const pace = last.ms / last.aliasesDone;
  const minutes = (pace * aliases) / 60_000;
  return (
    `${runs}; STOPPED at the ${MARK_TIME_LIMIT_MS / 1000} s limit after ` +
    `${last.aliasesDone.toLocaleString('en')} of ${aliases.toLocaleString('en')} aliases, so its ` +
    `time is a lower bound (at that pace all aliases would take about ${minutes.toFixed(0)} min: ` +
    'a linear extrapolation, not measured)'
  );
}

/**
 * Runs the page-load cases in Chromium with the built extension; `report` hears which one is
 * running.
 */
export async function runExtensionLoadSuite(
  counts: RunCounts,
  report: (step: string) => void,
): Promise<ExtensionLoadResult> {
  const missing = missingPrerequisite('chromium');
  if (missing) return { measurements: [], skipped: [`page loads: ${missing}`], notes: [] };

  report('page loads: bundling the long-task recorder and the mark.js baseline');
  const recorder = await bundleForPage('bench/browser/long-task-recorder.ts', RECORDER_GLOBAL);
  const markScript = await bundleForPage('bench/browser/mark-baseline.ts', MARK_GLOBAL);
  const pack = makeImportedPack();
  const bundledAliases = await readBundledAliases();
  const generatedAliases = loadSyntheticPack(findPackSize('50k')).aliases.map(([text]) => text);
  // Kontext recognizes the bundled and the imported pack together: mark.js gets both too.
  const aliasesFor = (loadCase: LoadCase) => [
    ...new Set([...bundledAliases, ...(loadCase.size ? generatedAliases : [])]),
  ];

  const pages = await writeLoadPages();
  const server = await startFixtureServer(pages.dir, pages.routes);
  const chromium = await launchExtensionChromium(
    server.port,
    `${recorder}\n${RECORDER_GLOBAL}.recordLongTasks();`,
  );
  const measurements: Measurement[] = [];
  const plainLoads = new Map<LoadPageName, PlainLoad[]>();
  try {
    for (const loadCase of LOAD_CASES) {
      const page = pages.pages[loadCase.page];
      const label = `(${loadCase.letter}) ${page.name}${loadCase.size ? ` + ${loadCase.size}` : ''}`;
      if (loadCase.size && !measurements.some((m) => m.case === 'pack.import')) {
        report(`page loads: importing the ${loadCase.size} pack through the options page`);
        const all = await importThroughOptions(
          chromium,
          JSON.stringify(pack),
          counts.warmups + counts.runs,
        );
        const samples = all.slice(counts.warmups);
        measurements.push({
          case: 'pack.import',
          environment: 'chromium',
          size: loadCase.size,
          aliases: generatedAliases.length,
          unit: 'ms',
          median: median(samples),
          samples,
          firstRun: all[0],
          note: "the options page's file field, as a reader imports: read, checkPack, compile, storage.local (the time the page itself reports)",
        });
      }

      report(`page loads: ${label} with Kontext`);
      const loads: { warmups: KontextLoad[]; runs: KontextLoad[] } = { warmups: [], runs: [] };
      for (let run = 0; run < counts.warmups + counts.runs; run += 1) {
        const load = await loadWithKontext(chromium, page);
        (run < counts.warmups ? loads.warmups : loads.runs).push(load);
      }

      if (!plainLoads.has(page.name)) {
        report(`page loads: ${page.name} without Kontext`);
        const plain: PlainLoad[] = [];
        for (let run = 0; run < counts.runs; run += 1) {
          plain.push(await loadWithoutKontext(chromium, page));
        }
        plainLoads.set(page.name, plain);
      }

      const aliases = aliasesFor(loadCase);
      const markRuns = loadCase.size ? MARK_LARGE_RUNS : counts.warmups + counts.runs;
      const marks: MarkResult[] = [];
      for (let run = 0; run < markRuns; run += 1) {
        report(`page loads: ${label}, mark.js run ${run + 1} of at most ${markRuns}`);
        const mark = await markWithBaseline(chromium, page, markScript, {
          aliases,
          timeLimitMs: MARK_TIME_LIMIT_MS,
        });
        marks.push(mark);
        // A run stopped at the limit would be stopped again: one is the lower bound.
        if (mark.isStopped) break;
      }
      const timed = loadCase.size ? marks : marks.slice(counts.warmups);
      measurements.push(
        ...summarizeCase(loadCase, page, loads, plainLoads.get(page.name)!, timed, aliases.length),
      );
    }
  } finally {
    await chromium.close();
    await server.close();
    await pages.remove();
  }
  const notes = [
    `page loads: each run a new tab and a fresh page load; Kontext's time is the content ` +
      `script's own (timings request, page clock): main() start to its first highlights ` +
      `(CSS.highlights set), without the browser's loading and compiling of the script. ` +
      `mark.js (${MARK_TIME_LIMIT_MS / 1000} s limit a run; ${MARK_LARGE_RUNS} runs with the ` +
      `generated pack, else ${counts.warmups} warm-ups and ${counts.runs} runs) runs on the same ` +
      'page under a host where Kontext does not, after the page loaded, timed from its first ' +
      `mark() call to the last done; exact, case-sensitive matches, in batches of ` +
      `${MARK_BATCH_SIZE} aliases (one call with more than about 600 overflows the stack).`,
  ];
  return { measurements, skipped: [], notes };
}
