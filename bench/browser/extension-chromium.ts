/**
 * Headless Chromium with the built extension (`.output/chrome-mv3`) for the page-load cases:
 * every request goes through the fixture proxy, as in the browser tests, and the bench also gets
 * what the tests' harness keeps to itself: the DevTools protocol of each page (for its JS heap), a
 * script that runs in every page before the page's own, and the content script's answers.
 * No probe extension: only Kontext runs in the pages.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WORLD_PACK_ID } from '../../scripts/knowledge-world/build-world-pack';
import { EXTENSION_DIRS, extensionChromiumArgs } from '../../tests/browser/harness/browsers';
import { CHROMIUM_PATH } from './launch-chromium';

export interface ExtensionChromium {
  context: BrowserContext;
  /** `chrome-extension://<id>`. */
  extensionOrigin: string;
  /** Opens one of the extension's pages (`options.html`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Sends `message` to the content script of the tab showing `url`, as the extension's own pages
   * do, and returns its answer (undefined when no content script answered).
   */
  askTab(url: string, message: unknown): Promise<unknown>;
  /**
   * Closes the extension page that `askTab` speaks through (it opens again when asked), so that
   * it does no work beside a measured extension page: extension pages share one renderer.
   */
  closeMessenger(): Promise<void>;
  /** The V8 heap `page`'s renderer uses after a full garbage collection, in bytes. */
  measureHeap(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Runs in an extension page: the answer of the content script in the tab showing `url`. */
async function askTabInExtension({ url, message }: { url: string; message: unknown }) {
  interface TabsApi {
    tabs: {
      query(filter: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  }
  const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
  const tabs = await api.tabs.query({});
  // Without the `tabs` permission a page's URL may be hidden: then it is the newest hidden one,
  // the page the bench just opened (it keeps one page open at a time).
  const hidden = tabs.filter((tab) => tab.url === undefined);
  const tab =
    tabs.find((candidate) => candidate.url?.split('#')[0] === url) ??
    hidden.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
  if (tab?.id === undefined) return undefined;
  try {
    return await api.tabs.sendMessage(tab.id, message);
  } catch {
    // No content script in the tab (yet): "Receiving end does not exist".
    return undefined;
  }
}

/**
 * Starts Chromium with the extension built in `extensionDir` (the Chrome build, by default), every
 * request sent through the proxy at `proxyPort`.
 */
/** The bundled packs the background stores for pages to read in part. */
const STORED_PACK_IDS: readonly string[] = [WORLD_PACK_ID];

export async function launchExtensionChromium(
  proxyPort: number,
  initScript: string,
  extensionDir: string = EXTENSION_DIRS.chromium,
): Promise<ExtensionChromium> {
  const extensionPath = await realpath(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'kontext-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: extensionChromiumArgs([extensionPath], proxyPort),
  });
  await context.addInitScript({ content: initScript });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // URL.origin is "null" for chrome-extension: URLs; the host is the extension's id.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  // The blank tab the browser starts with would be one more renderer beside the measured pages.
  await Promise.all(context.pages().map((page) => page.close()));
  // Pages read the world pack from storage, which the background fills when it starts: measure
  // once it is there, as on every page after the install.
  await worker.evaluate(async (ids: readonly string[]) => {
    const scope = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    for (let waited = 0; waited < 30_000; waited += 100) {
      const index = (await scope.chrome.storage.local.get('packs')).packs as
        { packs?: { id: string }[] } | undefined;
      const listed = new Set((index?.packs ?? []).map(({ id }) => id));
      if (ids.every((id) => listed.has(id))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the background did not store the bundled packs ${ids.join(', ')}`);
  }, STORED_PACK_IDS);

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/${path}`);
    return page;
  };
  // One extension page stays open to speak for the extension.
  let messenger: Page | undefined;

  return {
    context,
    extensionOrigin,
    openExtensionPage,
    askTab: async (url, message) => {
      messenger ??= await openExtensionPage('options.html');
      return messenger.evaluate(askTabInExtension, { url, message });
    },
    closeMessenger: async () => {
      await messenger?.close();
      messenger = undefined;
    },
    measureHeap: async (page) => {
      const session = await context.newCDPSession(page);
      try {
        await session.send('HeapProfiler.collectGarbage');
        const { usedSize } = await session.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await session.detach();
      }
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
