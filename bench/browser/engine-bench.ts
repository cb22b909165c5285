/**
 * The engine's cases as a browser page runs them: the entry that `bundleForPage` bundles, with
 * the same `lib/` and bench code that Node runs. The bundle defines the global `kontextBench`
 * (`ENGINE_BENCH_GLOBAL`); `runEngineBenchInChromium` calls its functions through
 * `page.evaluate`, and each returns plain `Measurement`s.
 */
import { measureArticleAnalysis } from '../article-analysis';
import { measureMatcher } from '../matcher';
import type { Measurement, PackSizeLabel } from '../measurement';
import type { RunCounts } from '../statistics';
import { findPackSize } from '../synthetic-packs';
import { measureLargePage } from './large-page';

/** What each case function of the page takes. */
export interface PageCaseOptions {
  size: PackSizeLabel;
  counts: RunCounts;
}

/** Build and matching cases, on no document at all. */
export function runMatcherCases({ size, counts }: PageCaseOptions): Measurement[] {
  return measureMatcher(findPackSize(size), 'chromium', counts);
}

/** The whole analysis of the article that the page shows. */
export function runArticleCase({ size, counts }: PageCaseOptions): Measurement[] {
  return [measureArticleAnalysis(document, findPackSize(size), 'chromium', counts)];
}

/** `annotatePage` on the large page that the page shows, with long tasks and steps. */
export function runLargePageCase({ size, counts }: PageCaseOptions): Promise<Measurement[]> {
  return measureLargePage(document, window, findPackSize(size), counts);
}
