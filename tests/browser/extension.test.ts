/**
 * The built extension in Chromium and in Firefox: it annotates a news page without changing a
 * node of it, the popup reports what it found, and no extension context touches the network.
 */
import { describe, expect, test } from 'vitest';
import { LIVE_BLOG_URL, NOT_NEWS_URL, SEED_ARTICLE_URL } from '../fixtures/sites';
import { SKIP_BROWSERS, type BrowserName, type TabHandle } from './harness/browsers';
import { findUnexplainedRequests } from './harness/fixture-server';
import { isCardNextTo, locatePhrase, readHighlightSizes } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

async function waitForHighlights(tab: TabHandle): Promise<Record<string, number>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const sizes = await tab.evaluate(readHighlightSizes);
    if (Object.values(sizes).some((size) => size > 0) || Date.now() > deadline) return sizes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Mentions on the finished live blog: headline Kim Jong Un, Russland; entries Kim Jong Un,
 * Russland, Wladimir Putin, Kosmodrom Wostotschny, Sergej Schoigu, Kreml-Sprecher, Dmitri Peskow.
 */
const LIVE_BLOG_MENTIONS = 9;

for (const name of BROWSERS) {
  describe.skipIf(SKIP_BROWSERS)(`in ${name}`, () => {
    const session = useExtensionBrowser(name);

    test('highlights the names on a news page and changes no node of it', async () => {
      session.server.clearLog();
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      const sizes = await waitForHighlights(tab);
      expect(sizes.person).toBeGreaterThanOrEqual(10);
      expect(sizes.state).toBeGreaterThanOrEqual(10);
      expect(sizes.organization).toBeGreaterThanOrEqual(2);

      const dom = await tab.evaluate(() => ({
        before: (window as { __pageDomAtLoad?: string }).__pageDomAtLoad,
        after: document.documentElement.outerHTML,
        search: document.querySelector('input')?.value,
        comment: document.querySelector('textarea')?.value,
      }));
      expect(dom.before).toBeTypeOf('string');
      expect(dom.after).toBe(dom.before);
      expect(dom.search).toBe('Putin Kim Jong Un');
      expect(dom.comment).toBe('Mein Kommentar zu Putin');
      await tab.close();
    });

    test('resting the pointer on a name opens its card on top of the page', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await waitForHighlights(tab);
      const point = await tab.evaluate(locatePhrase, 'Sergej Schoigu');
      expect(point).not.toBeNull();
      await tab.hover(point!.x, point!.y);

      // The card opens next to the name, inside Kontext's one host element, which is on top there.
      await expect.poll(() => tab.evaluate(isCardNextTo, point!)).toBe(true);
      const ui = await tab.readUi();
      expect(ui?.cardVisible).toBe(true);
      expect(ui?.text).toMatch(
        /^Sergej Schoigu Person Verteidigungsminister Russlands am 14\. Sept\. 2023/,
      );
      // Screen readers hear the card that opened under the pointer, through the live region.
      expect(ui?.announced).toMatch(/^Sergej Schoigu, Person\. Verteidigungsminister Russlands\./);
      // The page's DOM gained exactly the host element, and nothing else changed.
      const dom = await tab.evaluate(() => {
        const hosts = document.querySelectorAll('[data-kontext-host]');
        const clone = document.documentElement.cloneNode(true) as HTMLElement;
        clone.querySelector('[data-kontext-host]')?.remove();
        return {
          hosts: hosts.length,
          same: clone.outerHTML === (window as { __pageDomAtLoad?: string }).__pageDomAtLoad,
        };
      });
      expect(dom).toEqual({ hosts: 1, same: true });
      await tab.close();
    });

    test('the popup, opened for the tab, says which names the page has', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await waitForHighlights(tab);
      const tabId = await session.browser.findTabId(SEED_ARTICLE_URL);

      const popup = await session.browser.openPopup(tabId);
      await popup.waitForSelector('[data-testid="names-found"]');
      const count = await popup.textOf('[data-testid="names-found"]');
      const found = Number(/\d+/.exec(count)?.[0]);
      const sizes = await tab.evaluate(readHighlightSizes);
      expect(found).toBe(Object.values(sizes).reduce((sum, size) => sum + size, 0));
      const entities = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-entity]')].map((item) =>
          item.getAttribute('data-entity'),
        ),
      );
      expect(entities).toEqual(expect.arrayContaining(['vladimir-putin', 'kim-jong-un', 'russia']));
      await popup.close();
      await tab.close();
    });

    test('no extension context asks the network for anything', async () => {
      session.server.clearLog();
      session.browser.pageRequests.splice(0);
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await waitForHighlights(tab);
      const popup = await session.browser.openPopup(
        await session.browser.findTabId(SEED_ARTICLE_URL),
      );
      await popup.waitForSelector('[data-testid="names-found"]');
      // Give anything that would go out late (timers, idle callbacks) the time to show.
      await new Promise((resolve) => setTimeout(resolve, 1500));

      // What the page loads itself: the article and its stylesheet, once each.
      const pageFiles = [SEED_ARTICLE_URL, 'http://www.tagesschau.de/static/article.css'];
      expect(session.server.log.filter((r) => r.served).map((r) => r.url)).toEqual(pageFiles);
      // Nothing else left the browser but its own service calls.
      expect(findUnexplainedRequests(session.server.log)).toEqual([]);
      // And per context: the tab asked for its files, the extension pages for their own files.
      // (data: and extension URLs never leave the session.browser.)
      const network = /^(https?|wss?|ftp):/;
      expect(session.browser.pageRequests.filter((url) => network.test(url))).toEqual(pageFiles);
      await popup.close();
      await tab.close();
    });

    test('a live blog’s new entries are annotated as they come, and then Kontext is idle', async () => {
      const tab = await session.browser.openTab(LIVE_BLOG_URL);
      const total = async () =>
        Object.values(await tab.evaluate(readHighlightSizes)).reduce((sum, size) => sum + size, 0);
      // One entry at first (Kim Jong Un, Russland); three more follow, naming five more people,
      // one place and one more epithet.
      await expect.poll(total, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      await expect
        .poll(() => tab.evaluate(() => (window as { __liveBlogDone?: boolean }).__liveBlogDone))
        .toBe(true);
      await expect.poll(total, { timeout: 10_000 }).toBe(LIVE_BLOG_MENTIONS);
      const settled = await total();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await total()).toBe(settled);
      await tab.close();
    });

    test('leaves a page outside the news list alone, and the popup says so', async () => {
      const tab = await session.browser.openTab(NOT_NEWS_URL);
      const tabId = await session.browser.findTabId(NOT_NEWS_URL);
      const popup = await session.browser.openPopup(tabId);
      await popup.waitForSelector('[role="status"] p');
      expect(await popup.textOf('[role="status"] p')).toMatch(
        /not running|läuft auf dieser Seite nicht/,
      );
      expect(Object.values(await tab.evaluate(readHighlightSizes))).toEqual([0, 0, 0, 0]);
      await popup.close();
      await tab.close();
    });
  });
}
