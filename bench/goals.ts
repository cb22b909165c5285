/**
 * The speed goals of the recognition engine, as the issue sets them, each checked against the
 * median of one measurement in one environment.
 */
import type { BenchEnvironment, Measurement, PackSizeLabel } from './measurement';

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
}

export interface GoalResult extends Goal {
  /** The median measured; undefined when the case did not run. */
  measured?: number;
  unit?: string;
  isMet: boolean;
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
];

/** Checks every goal against `measurements`; a goal whose case did not run is not met. */
export function checkGoals(measurements: readonly Measurement[]): GoalResult[] {
  return GOALS.map((goal) => {
    const found = measurements.find(
      (m) => m.case === goal.case && m.size === goal.size && m.environment === goal.environment,
    );
    if (!found) return { ...goal, isMet: false };
    const isMet =
      goal.bound === 'at-most' ? found.median <= goal.limit : found.median >= goal.limit;
    return { ...goal, measured: found.median, unit: found.unit, isMet };
  });
}
