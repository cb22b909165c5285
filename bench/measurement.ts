/**
 * What every benchmark case reports, wherever it ran: plain data, so that a case inside a browser
 * page hands it back through `page.evaluate` as it is, and the report and the JSON file treat
 * the cases of every suite alike.
 */

/** Where a case ran: Node itself, or headless Chromium or Firefox (the extension cases). */
export type BenchEnvironment = 'node' | 'chromium' | 'firefox';

export type MeasurementUnit = 'ms' | 'MB/s' | 'tasks' | 'MB';

/** Pack sizes by their rounded alias count; see `PACK_SIZES`. */
export type PackSizeLabel = '1k' | '10k' | '50k';

export interface Measurement {
  /** The case, as goals and the report name it ("matcher.build", "page.longest-task"). */
  case: string;
  environment: BenchEnvironment;
  /** The pack the case used, where one was used. */
  size?: PackSizeLabel;
  /** Its exact number of aliases. */
  aliases?: number;
  unit: MeasurementUnit;
  median: number;
  /** The timed runs, in the order they ran. */
  samples: number[];
  /** The first warm-up: code not yet optimized, as on a page's first analysis. */
  firstRun?: number;
  /** The same work done the baseline's way, in the same run. */
  baseline?: Baseline;
  /** What the reader needs to know to read the number (input size, what is left out). */
  note?: string;
}

/** A baseline's runs. */
export interface Baseline {
  name: string;
  median: number;
  samples: number[];
  /**
   * Set when the baseline was stopped before it finished (a time limit): its median is then a
   * lower bound of its time, and the ratio to it a lower bound too.
   */
  isLowerBound?: boolean;
}

/** The ratio of Kontext to the baseline, as "times better": higher throughput, or less time. */
export function compareToBaseline(measurement: Measurement): number | undefined {
  const { baseline } = measurement;
  if (!baseline) return undefined;
  return measurement.unit === 'MB/s'
    ? measurement.median / baseline.median
    : baseline.median / measurement.median;
}
