/**
 * The speed goals, as the issues set them (the engine's, issue 8's page loads, issue 7's pack
 * import), each checked against the median of one measurement in one environment, or against its
 * ratio to the baseline of the same run.
 */
import {
  compareToBaseline,
  type BenchEnvironment,
  type Measurement,
  type PackSizeLabel,
} from './measurement';

export interface Goal {
  /** The goal as the issue words it. */
  text: string;
  case: string;
  /** The pack size the case used; none for cases on the bundled pack. */
  size?: PackSizeLabel;
  environment: BenchEnvironment;
  limit: number;
  /** Whether the median may be at most the limit (times) or must be at least it (speeds). */
  bound: 'at-most' | 'at-least';
  /** What is held to the limit: the median (the default), or how many times the baseline's. */
  of?: 'median' | 'ratio';
}

export interface GoalResult extends Goal {
  /** The median (or ratio) measured; undefined when the case did not run. */
  measured?: number;
  unit?: string;
  isMet: boolean;
  /** The measured ratio is a lower bound (the baseline was stopped at its time limit). */
  isLowerBound?: boolean;
}

export const GOALS: readonly Goal[] = [
  ...(['chromium', 'firefox'] as const).map((environment): Goal => ({
    text: 'Popup first content <= 150 ms on the seed article',
    case: 'popup.first-content',
    environment,
    limit: 150,
    bound: 'at-most',
  })),
  ...(['node', 'chromium'] as const).flatMap((environment): Goal[] => [
    {
      text: 'Matcher build <= 30 ms at 10k aliases',
      case: 'matcher.build',
      size: '10k',
      environment,
      limit: 30,
      bound: 'at-most',
    },
    {
      text: 'Matcher build <= 100 ms at 50k aliases',
      case: 'matcher.build',
      size: '50k',
      environment,
      limit: 100,
      bound: 'at-most',
    },
  ]),
  ...(['10k', '50k'] as const).map((size): Goal => ({
    text: `Matching >= 25 MB/s inside the page (${size} aliases)`,
    case: 'matcher.match',
    size,
    environment: 'chromium',
    limit: 25,
    bound: 'at-least',
  })),
  {
    text: 'Whole analysis of a 1,500-word article, 10k aliases, <= 10 ms',
    case: 'analysis.article',
    size: '10k',
    environment: 'chromium',
    limit: 10,
    bound: 'at-most',
  },
  {
    text: '1 MB page analysed with no main-thread task over 50 ms (50k aliases)',
    case: 'page.longest-task',
    size: '50k',
    environment: 'chromium',
    limit: 50,
    bound: 'at-most',
  },
  // Issue 8: the built extension loading pages, content script start to highlights.
  {
    text: '(a) Seed article, bundled pack: highlights <= 15 ms after the start',
    case: 'load.seed-article',
    environment: 'chromium',
    limit: 15,
    bound: 'at-most',
  },
  {
    text: '(b) Seed article, 50k-alias pack imported: highlights <= 25 ms',
    case: 'load.seed-article',
    size: '50k',
    environment: 'chromium',
    limit: 25,
    bound: 'at-most',
  },
  {
    text: '(b) ... at least 50 times faster than mark.js',
    case: 'load.seed-article',
    size: '50k',
    environment: 'chromium',
    limit: 50,
    bound: 'at-least',
    of: 'ratio',
  },
  {
    text: '(c) 1 MB page, 50k pack: every highlight within 1 s',
    case: 'load.large-page',
    size: '50k',
    environment: 'chromium',
    limit: 1000,
    bound: 'at-most',
  },
  {
    text: '(c) ... and no main-thread task over 50 ms',
    case: 'load.large-page.longest-task',
    size: '50k',
    environment: 'chromium',
    limit: 50,
    bound: 'at-most',
  },
  {
    text: '(d) Page naming no one: (no) highlights <= 10 ms after the start',
    case: 'load.no-names',
    environment: 'chromium',
    limit: 10,
    bound: 'at-most',
  },
  // Issue 7: a reader's pack of 50,000 aliases imports in under 2 s.
  ...(['node', 'chromium'] as const).map((environment): Goal => ({
    text: 'A 50,000-alias pack imports in under 2 s',
    case: 'pack.import',
    size: '50k',
    environment,
    limit: 2000,
    bound: 'at-most',
  })),
];

/** Checks every goal against `measurements`; a goal whose case did not run is not met. */
export function checkGoals(measurements: readonly Measurement[]): GoalResult[] {
  return GOALS.map((goal) => {
    const found = measurements.find(
      (m) => m.case === goal.case && m.size === goal.size && m.environment === goal.environment,
    );
    if (!found) return { ...goal, isMet: false };
    const measured = goal.of === 'ratio' ? compareToBaseline(found) : found.median;
    if (measured === undefined || Number.isNaN(measured)) return { ...goal, isMet: false };
    const isMet = goal.bound === 'at-most' ? measured <= goal.limit : measured >= goal.limit;
    return {
      ...goal,
      measured,
      unit: goal.of === 'ratio' ? 'times' : found.unit,
      isMet,
      ...(goal.of === 'ratio' && found.baseline?.isLowerBound && { isLowerBound: true }),
    };
  });
}
