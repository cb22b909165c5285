/**
 * The article-region fixtures (tests/fixtures/regions/) in both browsers, with the built
 * extension: on each page the names Kontext highlights are exactly the mentions that
 * `annotateDocument` finds on the same page in Node, so what the unit tests hold of a page's
 * article (its furniture left out, its photo credits no mentions) holds where the browser's own
 * parser built the page and the content script read it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotateDocument } from '../../lib/annotate/annotate-document';
import { parseSavedPage } from '../../scripts/parse-saved-page';
import { REGION_PAGES, regionPageUrl } from '../fixtures/sites';
import { loadShippedPacks } from '../lib/bundled-pack';
import { SKIP_BROWSERS, type BrowserName, type TabHandle } from './harness/browsers';
import { readHighlightedRanges } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const REGIONS_DIR = resolve(import.meta.dirname, '../fixtures/regions');
/** How long a page without names is watched for a highlight that should not come. */
const QUIET_MS = 1500;

/**
 * The words of every mention `annotateDocument` finds on a region fixture that a page draws by
 * default (states' adjectives are not), sorted.
 */
function expectedMentions(
  file: string,
  { recognizer, packs }: ReturnType<typeof loadShippedPacks>,
): string[] {
  const { doc, close } = parseSavedPage(readFileSync(resolve(REGIONS_DIR, file)), {
    url: regionPageUrl(file),
  });
  const annotation = annotateDocument(doc, {
    recognizer,
    packs,
    today: new Date().toISOString().slice(0, 10),
  });
  close();
  return annotation.mentions
    .filter((mention) => mention.kind !== 'adjective')
    .map((mention) => mention.text)
    .sort();
}

async function waitForWords(tab: TabHandle, expected: number): Promise<string[]> {
  const deadline = Date.now() + (expected === 0 ? QUIET_MS : 10_000);
  for (;;) {
    const words = (await tab.evaluate(readHighlightedRanges)).map((range) => range.text).sort();
    if ((expected > 0 && words.length >= expected) || Date.now() > deadline) return words;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const name of BROWSERS) {
  describe.skipIf(SKIP_BROWSERS)(`region fixtures in ${name}`, () => {
    const session = useExtensionBrowser(name);

    test('each page is highlighted exactly where annotateDocument finds mentions', async () => {
      const differences: string[] = [];
      // What the extension ships: the bundled pack and the world pack.
      const shipped = loadShippedPacks();
      for (const file of REGION_PAGES) {
        const expected = expectedMentions(file, shipped);
        const tab = await session.browser.openTab(regionPageUrl(file));
        const words = await waitForWords(tab, expected.length);
        await tab.close();
        if (JSON.stringify(words) !== JSON.stringify(expected)) {
          differences.push(
            `${file}: highlighted ${JSON.stringify(words)}, expected ${JSON.stringify(expected)}`,
          );
        }
      }
      expect(differences).toEqual([]);
    });
  });
}
