/**
 * `npm run screenshots`: pictures of Kontext for the README, taken in headless Chromium from the
 * production build (`npm run build` first) on the fixture news page.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/harness/browsers';
import { startFixtureServer } from '../tests/browser/harness/fixture-server';
import { isCardNextTo, locatePhrase } from '../tests/browser/harness/page-helpers';
import { FIXTURE_ROUTES, FIXTURES_DIR, SEED_ARTICLE_URL } from '../tests/fixtures/sites';

const OUT = resolve(import.meta.dirname, '../assets/screenshots');

async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const server = await startFixtureServer(FIXTURES_DIR, FIXTURE_ROUTES);
const browser = await launchChromium(server.port);
try {
  // A card in light and in dark, as the reader's system prefers.
  for (const scheme of ['light', 'dark'] as const) {
    const tab = await browser.openTab(SEED_ARTICLE_URL);
    await tab.setColorScheme(scheme);
    await waitUntil(() => tab.evaluate(() => CSS.highlights.size > 0), 'highlights');
    const point = await tab.evaluate(locatePhrase, 'Sergej Schoigu');
    if (!point) throw new Error('the fixture no longer names Sergej Schoigu');
    await tab.hover(point.x, point.y);
    await waitUntil(() => tab.evaluate(isCardNextTo, point), 'card');
    await tab.screenshot(resolve(OUT, scheme === 'light' ? 'card.png' : 'card-dark.png'));
    if (scheme === 'light') continue;
    await tab.close();
  }

  const popup = await browser.openPopup(await browser.findTabId(SEED_ARTICLE_URL));
  // The popup's own width, and the tallest toolbar popup Chromium shows.
  await popup.setViewport(420, 600);
  await popup.waitForSelector('[data-testid="names-found"]');
  await popup.screenshot(resolve(OUT, 'popup.png'));

  // The options page: an extension page of Kontext's, sent on to options.html.
  const options = await browser.openPopup(-1);
  await options.evaluate(() => {
    setTimeout(() => location.assign('/options.html'), 0);
  });
  await options.waitForSelector('body[data-ready="true"] [data-section="packs"]');
  await options.setViewport(800, 1000);
  await options.screenshot(resolve(OUT, 'options.png'));
  console.log(`Wrote card.png, card-dark.png, popup.png and options.png to ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
