/**
 * The bench's report: a table of medians per case and environment, with the ratio to the
 * baseline where a case has one, then the goals with PASS or FAIL, then the notes that say what
 * each number covers.
 */
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
};

const ENVIRONMENTS: readonly BenchEnvironment[] = ['node', 'chromium'];

/** A number with three significant digits at most, never in exponent form. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(Math.min(digits, 2));
}

export function formatValue(value: number, unit: MeasurementUnit | string): string {
  return unit === 'tasks' ? String(Math.round(value)) : `${formatNumber(value)} ${unit}`;
}

function formatRatio(measurement: Measurement | undefined): string {
  const ratio = measurement && compareToBaseline(measurement);
  if (ratio === undefined) return '';
  return `×${formatNumber(ratio)} (${formatValue(measurement!.baseline!.median, measurement!.unit)})`;
}

/** Lines of text for `rows`, each column as wide as its widest cell; the first column left. */
export function formatColumns(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column <= 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
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

export function formatGoals(results: readonly GoalResult[]): string[] {
  const rows = results.map((goal) => [
    goal.text,
    goal.environment,
    goal.measured === undefined ? 'not run' : formatValue(goal.measured, goal.unit ?? ''),
    goal.isMet ? 'PASS' : 'FAIL',
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
