/**
 * The built extension, measured in the browsers it ships for: how soon the popup shows its first
 * content on the seed article (goal: median within 150 ms). Needs `npm run build`; without a build
 * or a browser the suite is skipped with a note, since the engine suites do not need them.
 */
import {
  launchBrowser,
  missingPrerequisite,
  type BrowserName,
} from '../tests/browser/harness/browsers';
import { startFixtureServer } from '../tests/browser/harness/fixture-server';
import { readHighlightSizes } from '../tests/browser/harness/page-helpers';
import { FIXTURE_ROUTES, FIXTURES_DIR, SEED_ARTICLE_URL } from '../tests/fixtures/sites';
import type { Measurement } from './measurement';
import { measurePopupFirstContent } from './popup-first-content';
import { median, type RunCounts } from './statistics';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface ExtensionSuiteResult {
  measurements: Measurement[];
  skipped: string[];
}

export async function runExtensionSuite(
  counts: RunCounts,
  report: (step: string) => void,
): Promise<ExtensionSuiteResult> {
  const measurements: Measurement[] = [];
  const skipped: string[] = [];
  const server = await startFixtureServer(FIXTURES_DIR, FIXTURE_ROUTES);
  try {
    for (const name of BROWSERS) {
      const missing = missingPrerequisite(name);
      if (missing) {
        skipped.push(`${name}: ${missing}`);
        continue;
      }
      report(`popup first content in ${name}`);
      const browser = await launchBrowser(name, server.port);
      try {
        const tab = await browser.openTab(SEED_ARTICLE_URL);
        const deadline = Date.now() + 10_000;
        while (Object.values(await tab.evaluate(readHighlightSizes)).every((size) => size === 0)) {
          if (Date.now() > deadline) throw new Error(`no highlights on the seed page in ${name}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const tabId = await browser.findTabId(SEED_ARTICLE_URL);
        const all = await measurePopupFirstContent(browser, tabId, counts.warmups + counts.runs);
        const samples = all.slice(counts.warmups);
        measurements.push({
          case: 'popup.first-content',
          environment: name,
          unit: 'ms',
          median: median(samples),
          samples,
          firstRun: all[0],
          note: `${name}: popup opened as a tab about the seed article, navigation start to first content`,
        });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return { measurements, skipped };
}
