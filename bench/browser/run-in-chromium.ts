/**
 * The engine suite in headless Chromium: the engine cases bundled for the page
 * (`engine-bench.ts`), run in pages that show the bench's generated news pages.
 */
import type { Browser, Page } from 'playwright-core';
import { LARGE_PAGE_PACK, ARTICLE_PACK, makeArticlePage, makeLargePage } from '../bench-pages';
import type { Measurement } from '../measurement';
import type { RunCounts } from '../statistics';
import { PACK_SIZES } from '../synthetic-packs';
import { bundleForPage } from '../../tests/browser/harness/bundle-for-test-page';
import type * as EngineBench from './engine-bench';
import { launchChromium } from './launch-chromium';

/** The global the bundle of `engine-bench.ts` defines. */
const ENGINE_BENCH_GLOBAL = 'kontextBench';

/** Names of the case functions of the page bundle. */
type PageCase = keyof typeof EngineBench;

export interface ChromiumSuiteResult {
  measurements: Measurement[];
  /** The browser's version, as the report quotes it. */
  version: string;
}

const BLANK_PAGE = '<!doctype html><html lang="de"><head><meta charset="utf-8"></head></html>';

/** A new tab that shows `html`, with the bench bundle loaded into it. */
async function openBenchPage(browser: Browser, html: string, script: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.addScriptTag({ content: script });
  return page;
}

/** Runs one case function of the bundle inside `page`. */
function runPageCase(
  page: Page,
  name: PageCase,
  options: EngineBench.PageCaseOptions,
): Promise<Measurement[]> {
  // The function is serialized into the page: no helpers, no closures.
  return page.evaluate(
    ({ global, name, options }) => {
      const scope = globalThis as unknown as Record<
        string,
        Record<string, (options: unknown) => Measurement[] | Promise<Measurement[]>>
      >;
      return scope[global]![name]!(options);
    },
    { global: ENGINE_BENCH_GLOBAL, name, options },
  );
}

/** Runs the engine cases in Chromium; `report` hears which one is running. */
export async function runEngineSuiteInChromium(
  counts: RunCounts,
  report: (step: string) => void,
): Promise<ChromiumSuiteResult> {
  report('bundling bench/browser/engine-bench.ts with Vite');
  const script = await bundleForPage('bench/browser/engine-bench.ts', ENGINE_BENCH_GLOBAL);
  const browser = await launchChromium();
  try {
    const measurements: Measurement[] = [];
    for (const size of PACK_SIZES) {
      report(`chromium: matcher at ${size.label} aliases`);
      // A tab per size, so that no size inherits the garbage of another.
      const blank = await openBenchPage(browser, BLANK_PAGE, script);
      measurements.push(
        ...(await runPageCase(blank, 'runMatcherCases', { size: size.label, counts })),
      );
      await blank.close();
    }

    report('chromium: article analysis');
    const article = await openBenchPage(browser, makeArticlePage().html, script);
    measurements.push(
      ...(await runPageCase(article, 'runArticleCase', { size: ARTICLE_PACK, counts })),
    );
    await article.close();

    report('chromium: large page');
    const large = await openBenchPage(browser, makeLargePage().html, script);
    measurements.push(
      ...(await runPageCase(large, 'runLargePageCase', { size: LARGE_PAGE_PACK, counts })),
    );
    await large.close();
    return { measurements, version: browser.version() };
  } finally {
    await browser.close();
  }
}
