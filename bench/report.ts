/**
 * The bench's report: a table of medians per case and environment, with the ratio to the
 * baseline where a case has one; a table of the page loads with the built extension beside
 * mark.js; the sizes of the build; then the goals with PASS or FAIL, then the notes that say what
 * each number covers.
 */
import type { BuildSizes } from './build-sizes';
import type { GoalResult } from './goals';
import {
  compareToBaseline,
  type BenchEnvironment,
  type Measurement,
  type MeasurementUnit,
} from './measurement';

/** How the report names each case, in the order it lists them. */
const CASE_LABELS: Record<string, string> = {
  'matcher.build': 'matcher build',
  'matcher.match': 'tokenize + match, 1 MB',
  'matcher.tokenize': '  of which tokenize',
  'recognizer.recognize': 'recognize (match + resolve), 1 MB',
  'analysis.article': 'whole analysis, 1,500-word article',
  'page.recognizer-build': 'recognizer build, as one task',
  'page.annotate': 'annotatePage, 1 MB page, until drawn',
  'page.longest-task': '  longest main-thread task',
  'page.long-tasks': '  tasks over 50 ms',
  'page.step.find-article-region': '  step: findArticleRegion',
  'page.step.read-page-metadata': '  step: readPageMetadata',
  'page.step.collect-text': '  step: collectText (sliced in page)',
  'page.step.analyze-text': '  step: analyzeText (one task)',
  'page.step.recognize': '    of which recognize',
  'page.step.tokenize-match': '      of which tokenize + match',
  'page.step.locate-sentences': '    of which sentences of mentions',
  'page.step.draw-highlights': '  step: ranges + highlights',
  'pack.import': 'import a pack (check, compile, store)',
};

/** Cases of the page-load table, not of the engine table. */
const LOAD_PREFIX = 'load.';

const ENVIRONMENTS: readonly BenchEnvironment[] = ['node', 'chromium'];

/** A number with three significant digits at most, never in exponent form. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(Math.min(digits, 2));
}

export function formatValue(value: number, unit: MeasurementUnit | string): string {
  if (unit === 'tasks') return Number.isInteger(value) ? String(value) : formatNumber(value);
  if (unit === 'times') return `×${formatNumber(value)}`;
  return `${formatNumber(value)} ${unit}`;
}

function formatRatio(measurement: Measurement | undefined): string {
  const ratio = measurement && compareToBaseline(measurement);
  if (ratio === undefined) return '';
  return `×${formatNumber(ratio)} (${formatValue(measurement!.baseline!.median, measurement!.unit)})`;
}

/**
 * Lines of text for `rows`, each column as wide as its widest cell; the first `leftColumns`
 * columns (names) left-aligned, the rest (numbers) right-aligned.
 */
export function formatColumns(rows: readonly string[][], leftColumns = 2): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column < leftColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('   ')
      .trimEnd(),
  );
}

/** Cases whose first run (cold code, as on a page's first analysis) gets a row of its own. */
const COLD_RUN_CASES: ReadonlySet<string> = new Set([
  'analysis.article',
  'page.annotate',
  'page.longest-task',
]);

/** The table of medians: one row per case and pack size, a column pair per environment. */
export function formatMeasurements(measurements: readonly Measurement[]): string[] {
  const header = ['case', 'pack', 'node', 'vs RegExp', 'chromium', 'vs RegExp'];
  const keys: string[] = [];
  for (const m of measurements) {
    if (m.case.startsWith(LOAD_PREFIX)) continue;
    const key = `${m.case}|${m.size ?? ''}`;
    if (!keys.includes(key)) keys.push(key);
  }
  const order = Object.keys(CASE_LABELS);
  keys.sort((a, b) => order.indexOf(a.split('|')[0]!) - order.indexOf(b.split('|')[0]!));
  const rows: string[][] = [];
  for (const key of keys) {
    const [name, size] = key.split('|') as [string, string];
    const found = ENVIRONMENTS.map((environment) =>
      measurements.find(
        (m) => m.case === name && (m.size ?? '') === size && m.environment === environment,
      ),
    );
    rows.push([
      CASE_LABELS[name] ?? name,
      size,
      ...found.flatMap((m) => [m ? formatValue(m.median, m.unit) : '-', formatRatio(m)]),
    ]);
    if (COLD_RUN_CASES.has(name)) {
      rows.push([
        '    its first run (cold code)',
        size,
        ...found.flatMap((m) => [
          m?.firstRun === undefined ? '-' : formatValue(m.firstRun, m.unit),
          '',
        ]),
      ]);
    }
  }
  return formatColumns([header, ...rows]);
}

/** The page-load cases in the order, each with the pack it ran with. */
const LOAD_ROWS: readonly { case: string; size?: string; label: string; pack: string }[] = [
  { case: 'load.seed-article', label: '(a) seed article', pack: 'bundled' },
  { case: 'load.seed-article', size: '50k', label: '(b) seed article', pack: 'bundled + 50k' },
  { case: 'load.large-page', size: '50k', label: '(c) 1 MB news page', pack: 'bundled + 50k' },
  { case: 'load.no-names', label: '(d) page naming no one', pack: 'bundled' },
];

/**
 * The page loads with the built extension in Chromium: medians of the time from the content
 * script's start to its highlights (and the first load's), to its annotation being complete, of
 * the longest task (with the longest of all runs) and the
 * number of tasks over 50 ms, of the heap the content script keeps, and mark.js on the same page.
 */
export function formatLoadTable(measurements: readonly Measurement[]): string[] {
  const find = (name: string, size?: string) =>
    measurements.find((m) => m.case === name && m.size === size && m.environment === 'chromium');
  const rows: string[][] = [];
  for (const row of LOAD_ROWS) {
    const time = find(row.case, row.size);
    if (!time) continue;
    const complete = find(`${row.case}.complete`, row.size);
    const longest = find(`${row.case}.longest-task`, row.size);
    const tasks = find(`${row.case}.long-tasks`, row.size);
    const heap = find(`${row.case}.heap`, row.size);
    const baseline = time.baseline;
    const ratio = compareToBaseline(time);
    const lowerBound = baseline?.isLowerBound ? '> ' : '';
    rows.push([
      row.label,
      row.pack,
      formatValue(time.median, time.unit),
      time.firstRun === undefined ? '-' : formatValue(time.firstRun, time.unit),
      complete ? formatValue(complete.median, complete.unit) : '-',
      longest
        ? `${formatValue(longest.median, 'ms')} (${formatValue(Math.max(...longest.samples), 'ms')})`
        : '-',
      tasks ? formatValue(tasks.median, 'tasks') : '-',
      heap ? formatValue(heap.median, heap.unit) : '-',
      baseline ? `${lowerBound}${formatValue(baseline.median, time.unit)}` : '-',
      ratio === undefined ? '-' : `${lowerBound}×${formatNumber(ratio)}`,
    ]);
  }
  if (rows.length === 0) return [];
  const header = [
    'page load (Chromium)',
    'pack',
    'to highlights',
    'first load',
    'complete',
    'longest task (max)',
    'tasks > 50 ms',
    'heap',
    'mark.js',
    'vs mark.js',
  ];
  return formatColumns([header, ...rows]);
}

/** Bytes with thousands separators. */
function formatBytes(bytes: number): string {
  return bytes.toLocaleString('en');
}

/** Every built file with its bytes and gzip per browser, then the content script's budget. */
export function formatSizes(sizes: BuildSizes): string[] {
  const chromium = sizes.builds.chromium ?? [];
  const firefox = sizes.builds.firefox ?? [];
  const files = [...new Set([...chromium, ...firefox].map(({ file }) => file))].sort();
  const cells = (list: typeof chromium, file: string) => {
    const found = list.find((size) => size.file === file);
    return found ? [formatBytes(found.bytes), formatBytes(found.gzip)] : ['-', '-'];
  };
  const total = (list: typeof chromium) => [
    formatBytes(list.reduce((sum, size) => sum + size.bytes, 0)),
    formatBytes(list.reduce((sum, size) => sum + size.gzip, 0)),
  ];
  const rows = files.map((file) => [file, ...cells(chromium, file), ...cells(firefox, file)]);
  rows.push(['all of the above', ...total(chromium), ...total(firefox)]);
  const zip = (name: keyof BuildSizes['zips']) => {
    const bytes = sizes.zips[name];
    return bytes === undefined ? ['-', '-'] : [formatBytes(bytes), ''];
  };
  rows.push(['store zip, every file (deflate)', ...zip('chromium'), ...zip('firefox')]);
  const table = formatColumns(
    [['built file', 'chrome-mv3 bytes', 'gzip', 'firefox-mv3 bytes', 'gzip'], ...rows],
    1,
  );
  const withoutPacks = sizes.contentScriptWithoutPacks;
  const gzip = withoutPacks.reduce((sum, size) => sum + size.gzip, 0);
  const bytes = withoutPacks.reduce((sum, size) => sum + size.bytes, 0);
  const verdict = gzip <= sizes.budget ? 'within' : 'OVER';
  return [
    ...table,
    `content script without knowledge data (${withoutPacks.map(({ file }) => file).join(' + ')}, ` +
      `built as the size test builds it): ${formatBytes(bytes)} bytes, ${formatBytes(gzip)} gzip, ` +
      `${verdict} the budget of ${formatBytes(sizes.budget)} bytes gzip`,
  ];
}

export function formatGoals(results: readonly GoalResult[]): string[] {
  const rows = results.map((goal) => [
    goal.text,
    goal.environment,
    goal.measured === undefined
      ? 'not run'
      : `${goal.isLowerBound ? '> ' : ''}${formatValue(goal.measured, goal.unit ?? '')}`,
    // A ratio to a stopped baseline that falls short is a lower bound, so not a clear miss.
    goal.isMet ? 'PASS' : goal.isLowerBound ? 'FAIL (lower bound)' : 'FAIL',
  ]);
  return formatColumns([['goal', 'where', 'median', 'result'], ...rows]);
}

/** What each number covers: each note once, with the sizes and environments it is about. */
export function formatNotes(measurements: readonly Measurement[]): string[] {
  const where = new Map<string, Set<string>>();
  for (const m of measurements) {
    if (!m.note) continue;
    const key = `${m.case}: ${m.note}`;
    const places = where.get(key) ?? new Set();
    places.add(m.size ? `${m.size} ${m.environment}` : m.environment);
    where.set(key, places);
  }
  return [...where].map(([key, places]) => {
    const colon = key.indexOf(': ');
    return `${key.slice(0, colon)} [${[...places].join(', ')}]${key.slice(colon)}`;
  });
}
