/**
 * A page's own scripts are never trusted, in Chromium and Firefox: events they dispatch and
 * messages they post change nothing Kontext does. Beside what popup.test.ts (Kontext's requests
 * posted by the page) and cards.test.ts (synthetic clicks and keys on an open card) show: a
 * synthetic pointer resting on a name opens no card, and events named like the ones WXT's content
 * script context listens for (a newer copy of the script started, the address changed) neither
 * stop Kontext on the page nor make it read the page again. The page can learn those names: they
 * are built from the extension's id, which is public (Firefox: the manifest's gecko id).
 */
import { describe, expect, test } from 'vitest';
import { GET_TIMINGS, type TimingsAnswer } from '../../lib/messages/protocol';
import { SEED_ARTICLE_URL } from '../fixtures/sites';
import { SKIP_BROWSERS, type BrowserName, type TabHandle } from './harness/browsers';
import { locatePhrase, readHighlightSizes } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function totalHighlights(tab: TabHandle): Promise<number> {
  const sizes = await tab.evaluate(readHighlightSizes);
  return Object.values(sizes).reduce((sum, size) => sum + size, 0);
}

/** Runs in an extension page: the extension's id, as its content scripts see it. */
function readRuntimeId(): string {
  const scope = globalThis as {
    browser?: { runtime: { id: string } };
    chrome?: { runtime: { id: string } };
  };
  return (scope.browser ?? scope.chrome)!.runtime.id;
}

/** Runs in an extension page: the content script's timings of tab `tabId`, or null if none answers. */
async function askTimings({ tabId, type }: { tabId: number; type: string }) {
  interface TabsApi {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  }
  const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
  try {
    return ((await (scope.browser ?? scope.chrome)!.tabs.sendMessage(tabId, { type })) ??
      null) as TimingsAnswer | null;
  } catch {
    return null;
  }
}

for (const name of BROWSERS) {
  describe.skipIf(SKIP_BROWSERS)(`page events and messages in ${name}`, () => {
    const session = useExtensionBrowser(name);

    /** Runs `fn` in a page of the extension's own origin. */
    async function inExtensionPage<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
      const page = await session.browser.openPopup(-1);
      try {
        return await page.evaluate(fn, arg);
      } finally {
        await page.close();
      }
    }

    /**
     * Opens the seed article, waits until Kontext has annotated it and its timings stay put, and
     * runs `check` on it; the tab is closed whatever happens (a tab left open would be the one
     * the next test's `findTabId` finds).
     */
    async function withAnnotatedTab(
      check: (page: {
        tab: TabHandle;
        extensionId: string;
        timings: () => Promise<TimingsAnswer | null>;
      }) => Promise<void>,
    ): Promise<void> {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      try {
        await expect.poll(() => totalHighlights(tab)).toBeGreaterThan(0);
        const tabId = await session.browser.findTabId(SEED_ARTICLE_URL);
        const extensionId = await inExtensionPage(readRuntimeId, undefined);
        const timings = () => inExtensionPage(askTimings, { tabId, type: GET_TIMINGS });
        const count = async () => (await timings())?.annotatedAt.length ?? 0;
        // Settings and packs load after the first annotation; wait until no more come.
        let last = -1;
        for (let now = await count(); now !== last; now = await count()) {
          last = now;
          await sleep(500);
        }
        expect(last).toBeGreaterThan(0);
        await check({ tab, extensionId, timings });
      } finally {
        await tab.close();
      }
    }

    test('a page cannot stop Kontext by announcing a newer content script', async () => {
      await withAnnotatedTab(async ({ tab, extensionId, timings }) => {
        const sizes = await tab.evaluate(readHighlightSizes);
        await tab.evaluate((id: string) => {
          // What WXT's ContentScriptContext listens for to stop an older copy of the script.
          const type = `${id}:content:wxt:content-script-started`;
          const detail = { contentScriptName: 'content', messageId: 'from-the-page' };
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.postMessage({ type, ...detail }, '*');
        }, extensionId);
        await sleep(800);
        expect(await tab.evaluate(readHighlightSizes)).toEqual(sizes);
        // Still there to answer the popup.
        expect(await timings()).not.toBeNull();
      });
    });

    test('a page cannot make Kontext read it again by announcing a new address', async () => {
      await withAnnotatedTab(async ({ tab, extensionId, timings }) => {
        const before = (await timings())!.annotatedAt.length;
        await tab.evaluate((id: string) => {
          // What WXT dispatches when a single-page app changes the address; Kontext reads the page
          // again then.
          for (let round = 0; round < 5; round += 1) {
            window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
          }
        }, extensionId);
        await sleep(1500);
        expect((await timings())?.annotatedAt.length).toBe(before);
      });
    });

    test('a synthetic pointer resting on a name opens no card', async () => {
      await withAnnotatedTab(async ({ tab }) => {
        const point = (await tab.evaluate(locatePhrase, 'Sergej Schoigu'))!;
        await tab.evaluate(({ x, y }) => {
          const target = document.elementFromPoint(x, y)!;
          const init = { bubbles: true, composed: true, clientX: x, clientY: y };
          for (const type of [
            'pointerover',
            'pointerenter',
            'pointermove',
            'mouseover',
            'mousemove',
          ]) {
            const event = type.startsWith('pointer')
              ? new PointerEvent(type, { ...init, pointerType: 'mouse' })
              : new MouseEvent(type, init);
            target.dispatchEvent(event);
          }
          // A tap, too: Kontext opens cards on taps of a (trusted) finger.
          target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
          target.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'touch' }));
          target.dispatchEvent(new MouseEvent('click', init));
        }, point);
        await sleep(1000);
        expect((await tab.readUi())?.cardVisible ?? false).toBe(false);
        expect(
          await tab.evaluate(() => document.querySelectorAll('[data-kontext-host]').length),
        ).toBe(0);
        // The reader's own pointer does open it: the check above could fail.
        await tab.hover(point.x, point.y);
        await expect.poll(async () => (await tab.readUi())?.cardVisible ?? false).toBe(true);
      });
    });
  });
}
