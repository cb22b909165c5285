/**
 * The large-page case, inside a browser page: `annotatePage` on a ~1 MB article, with every
 * main-thread task over 50 ms recorded by a `longtask` PerformanceObserver, and the time until the
 * highlights are drawn. Then the same steps one by one, timed, to show which of them makes a long
 * task. Browser only: happy-dom has no long tasks, `StaticRange` or CSS highlights.
 */
import { createRecognizer, type Recognizer } from '../../lib/analysis/create-recognizer';
import { annotatePage, MANY_TEXT_NODES } from '../../lib/annotate/annotate-page';
import { UNCERTAIN_BELOW } from '../../lib/matching/resolve-mentions';
import { analyzeText } from '../../lib/analysis/analyze-text';
import { createSentenceLocator } from '../../lib/analysis/locate-sentences';
import { collectText } from '../../lib/dom/collect-text';
import { locateRange } from '../../lib/dom/text-ranges';
import { markName, showHighlights } from '../../lib/highlight/show-highlights';
import { pickPageLanguage } from '../../lib/i18n/pick-language';
import { tokenize } from '../../lib/matching/tokenize';
import { findArticleRegion } from '../../lib/page/find-article-region';
import { readPageMetadata } from '../../lib/page/read-page-metadata';
import { READER_LANGUAGES } from '../article-analysis';
import { PAGE_DATE } from '../generate-news-page';
import type { Measurement } from '../measurement';
import { median, type RunCounts } from '../statistics';
import { loadSyntheticPack, type PackSize } from '../synthetic-packs';

/** Main-thread tasks longer than this are long tasks (the Long Tasks API's threshold). */
export const LONG_TASK_MS = 50;

/** Time for the observer to hand over the last long task entries. */
const SETTLE_MS = 100;

interface TimeSpan {
  start: number;
  end: number;
}

interface TaskRecord {
  start: number;
  duration: number;
}

function waitForTask(win: Window, delay = 0): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, delay));
}

/** Runs `work` in a task of its own and returns its result and its duration. */
function runInOwnTask<T>(win: Window, work: () => T): Promise<{ result: T; duration: number }> {
  return new Promise((resolve) =>
    win.setTimeout(() => {
      const started = win.performance.now();
      const result = work();
      resolve({ result, duration: win.performance.now() - started });
    }, 0),
  );
}

/** The long tasks that overlap `span`. */
function findTasks(tasks: readonly TaskRecord[], span: TimeSpan): TaskRecord[] {
  return tasks.filter((task) => task.start < span.end && task.start + task.duration > span.start);
}

/** Which of `annotatePage`'s tasks a long task was, from where it lies in the run. */
function describeTask(task: TaskRecord, run: TimeSpan): string {
  // The clocks of the entries and of performance.now() are coarse: 2 ms of slack either way.
  if (task.start <= run.start + 2) {
    return 'first task (findArticleRegion, readPageMetadata, first collect slice)';
  }
  if (task.start + task.duration >= run.end - 2) {
    return 'last task (last collect slice, analyzeText, ranges and highlights)';
  }
  return 'a collect slice';
}

/**
 * A recognizer that times its own recognition (`analyzeText` runs it as steps; timed here from
 * the first step to the last, which in this synchronous run is one stretch).
 */
function timeRecognize(recognizer: Recognizer, times: number[]): Recognizer {
  return {
    ...recognizer,
    *recognizeSteps(text, options) {
      const started = performance.now();
      const mentions = yield* recognizer.recognizeSteps(text, options);
      times.push(performance.now() - started);
      return mentions;
    },
  };
}

/** `annotatePage` runs on `doc`, each with a recognizer of `size` built in a task before it. */
async function measureAnnotation(
  doc: Document,
  win: Window & typeof globalThis,
  size: PackSize,
  counts: RunCounts,
): Promise<Measurement[]> {
  const pack = loadSyntheticPack(size);
  const tasks: TaskRecord[] = [];
  const observer = new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({ start: entry.startTime, duration: entry.duration });
    }
  });
  observer.observe({ type: 'longtask', buffered: true });

  const builds: { span: TimeSpan; duration: number }[] = [];
  const runs: TimeSpan[] = [];
  let mentions = 0;
  let textLength = 0;
  for (let index = 0; index < counts.warmups + counts.runs; index += 1) {
    // The build is one long task of its own (a known cost): done before the observed window.
    const buildStart = win.performance.now();
    const { result: recognizer, duration } = await runInOwnTask(win, () =>
      createRecognizer([pack]),
    );
    const buildSpan = { start: buildStart, end: win.performance.now() };
    await waitForTask(win);
    const start = win.performance.now();
    const annotation = await annotatePage({
      doc,
      win,
      recognizer,
      readerLanguages: READER_LANGUAGES,
      today: PAGE_DATE,
      signal: new AbortController().signal,
    });
    const end = win.performance.now();
    if (!annotation) throw new Error('annotatePage was aborted');
    mentions = annotation.analysis.mentions.length;
    textLength = annotation.analysis.textLength;
    annotation.dispose();
    builds.push({ span: buildSpan, duration });
    runs.push({ start, end });
    await waitForTask(win);
  }
  await waitForTask(win, SETTLE_MS);
  observer.disconnect();

  // Every run, the warm-ups first; the medians are of the timed runs only.
  const longTasks = runs.map((run) => findTasks(tasks, run));
  const longest = longTasks.map((found) => Math.max(0, ...found.map((task) => task.duration)));
  const taskCounts = longTasks.map((found) => found.length);
  const totals = runs.map((run) => run.end - run.start);
  const buildTimes = builds.map((build) => build.duration);
  const timed = <T>(values: readonly T[]): T[] => values.slice(counts.warmups);
  const buildsSeen = timed(builds).filter((build) => findTasks(tasks, build.span).length > 0);
  const where = new Map<string, number[]>();
  timed(longTasks).forEach((found, index) => {
    for (const task of found) {
      const name = describeTask(task, runs[counts.warmups + index]!);
      where.set(name, [...(where.get(name) ?? []), task.duration]);
    }
  });
  const whereNote = [...where]
    .map(([name, durations]) => `${durations.length}x ${name}, median ${median(durations)} ms`)
    .join('; ');

  const common = {
    environment: 'chromium',
    size: size.label,
    aliases: pack.aliases.length,
  } as const;
  return [
    {
      ...common,
      case: 'page.recognizer-build',
      unit: 'ms',
      median: median(timed(buildTimes)),
      samples: timed(buildTimes),
      firstRun: buildTimes[0],
      note: `createRecognizer in a task of its own, before the observed window; seen as a long task in ${buildsSeen.length} of ${counts.runs} runs`,
    },
    {
      ...common,
      case: 'page.annotate',
      unit: 'ms',
      median: median(timed(totals)),
      samples: timed(totals),
      firstRun: totals[0],
      note: `annotatePage until the highlights are drawn: ${textLength} characters, ${mentions} mentions`,
    },
    {
      ...common,
      case: 'page.longest-task',
      unit: 'ms',
      median: median(timed(longest)),
      samples: timed(longest),
      firstRun: longest[0],
      note: whereNote || `no task over ${LONG_TASK_MS} ms`,
    },
    {
      ...common,
      case: 'page.long-tasks',
      unit: 'tasks',
      median: median(timed(taskCounts)),
      samples: timed(taskCounts),
      firstRun: taskCounts[0],
    },
  ];
}

/**
 * Each synchronous step of `annotatePage`, timed alone, in one task per run; a fresh recognizer
 * per run, built in a task before it as `measureAnnotation` builds it.
 */
async function measureSteps(
  doc: Document,
  win: Window & typeof globalThis,
  size: PackSize,
  counts: RunCounts,
): Promise<Measurement[]> {
  const pack = loadSyntheticPack(size);
  const steps = {
    'find-article-region': [] as number[],
    'read-page-metadata': [] as number[],
    'collect-text': [] as number[],
    'analyze-text': [] as number[],
    recognize: [] as number[],
    'tokenize-match': [] as number[],
    'locate-sentences': [] as number[],
    'draw-highlights': [] as number[],
  };
  type Step = keyof typeof steps;
  for (let index = 0; index < counts.warmups + counts.runs; index += 1) {
    const recognizeTimes: number[] = [];
    const built = await runInOwnTask(win, () => createRecognizer([pack]));
    const recognizer = timeRecognize(built.result, recognizeTimes);
    await waitForTask(win);
    const times = new Map<Step, number>();
    let started = win.performance.now();
    const lap = (step: Step) => {
      const now = win.performance.now();
      times.set(step, now - started);
      started = now;
    };
    const region = findArticleRegion(doc);
    lap('find-article-region');
    const metadata = readPageMetadata(doc, region);
    lap('read-page-metadata');
    const collected = collectText(region.root, region);
    lap('collect-text');
    const language = pickPageLanguage(metadata.language, doc, []);
    const analysis = analyzeText(collected.text, recognizer, {
      metadata,
      language,
      today: PAGE_DATE,
    });
    lap('analyze-text');
    // As annotatePage draws them.
    const typeOf = new Map(analysis.entities.map((e) => [`${e.packId}/${e.entityId}`, e.type]));
    const rangesByName = new Map<string, StaticRange[]>();
    for (const mention of analysis.mentions) {
      const bounds = locateRange(collected, mention.start, mention.end);
      const type = typeOf.get(`${mention.packId}/${mention.entityId}`);
      if (!bounds || !type) continue;
      const name = markName(type, {
        uncertain: mention.confidence < UNCERTAIN_BELOW,
        plain: collected.segments.length >= MANY_TEXT_NODES,
      });
      const ranges = rangesByName.get(name) ?? [];
      ranges.push(new win.StaticRange(bounds));
      rangesByName.set(name, ranges);
    }
    const dispose = showHighlights(win, rangesByName);
    lap('draw-highlights');
    dispose();
    recognizer.matcher.match(tokenize(collected.text));
    lap('tokenize-match');
    const locateSentence = createSentenceLocator(collected.text, metadata.language ?? language);
    for (const mention of analysis.mentions) locateSentence(mention.start);
    lap('locate-sentences');
    times.set('recognize', recognizeTimes[0]!);
    if (index >= counts.warmups) {
      for (const [step, time] of times) steps[step].push(time);
    }
  }
  const notes: Record<Step, string> = {
    'find-article-region': 'findArticleRegion',
    'read-page-metadata': 'readPageMetadata',
    'collect-text': 'collectText in one pass (annotatePage runs it in 8 ms slices)',
    'analyze-text': 'analyzeText, one synchronous call (recognize included)',
    recognize: 'recognizer.recognize inside analyzeText (fresh recognizer)',
    'tokenize-match': 'tokenize + matcher.match alone, part of recognize',
    'locate-sentences': 'the sentence of every mention, as analyzeText finds it (Intl.Segmenter)',
    'draw-highlights': 'locateRange, StaticRange and showHighlights for every mention',
  };
  return Object.entries(steps).map(([step, samples]) => ({
    case: `page.step.${step}`,
    environment: 'chromium',
    size: size.label,
    aliases: pack.aliases.length,
    unit: 'ms',
    median: median(samples),
    samples,
    note: notes[step as Step],
  }));
}

/** The large-page case on the page's own document. */
export async function measureLargePage(
  doc: Document,
  win: Window & typeof globalThis,
  size: PackSize,
  counts: RunCounts,
): Promise<Measurement[]> {
  const annotation = await measureAnnotation(doc, win, size, counts);
  return [...annotation, ...(await measureSteps(doc, win, size, counts))];
}
