/**
 * Starts the built extension in a real, headless browser: Chromium through playwright-core,
 * Firefox ESR through puppeteer-core. Both drivers give the tests the same small interface, so
 * every browser test runs the same steps in both browsers.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium as playwrightChromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../lib/extension-ids';
import { WORLD_PACK_ID } from '../../../scripts/knowledge-world/build-world-pack';

export type BrowserName = 'chromium' | 'firefox';

/** What the probe extension reads from Kontext's UI (tests/browser/probe-extension/content.js). */
export interface ProbeUi {
  text: string;
  cardVisible: boolean;
  headingFontSize: string | null;
  ringLabel: string | null;
  /** What the live region last said to screen readers. */
  announced: string | null;
  focusInUi: string | null;
  cardRect: { left: number; top: number; width: number; height: number } | null;
}

/**
 * Runs in the page: asks the probe extension's content script what Kontext's UI shows. Null when
 * Kontext has no UI on the page yet.
 */
function askProbe(): Promise<ProbeUi | null> {
  return new Promise((resolve, reject) => {
    const id = Math.random();
    const timer = setTimeout(() => reject(new Error('the probe extension did not answer')), 3000);
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; id?: number; ui?: ProbeUi | null };
      if (data?.type !== 'kontext-probe:ui' || data.id !== id) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(data.ui ?? null);
    };
    window.addEventListener('message', onMessage);
    window.postMessage({ type: 'kontext-probe:read', id }, '*');
  });
}

/** The test-only extension that reads Kontext's closed shadow root for the tests. */
const PROBE_DIR = resolve(import.meta.dirname, '../probe-extension');

/** A tab in the browser under test. `evaluate` runs in the page's own (main) world. */
export interface TabHandle {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Moves the reader's (trusted) pointer to a viewport point. */
  hover(x: number, y: number): Promise<void>;
  /** Taps a viewport point with a (trusted) finger. */
  tap(x: number, y: number): Promise<void>;
  /** What Kontext's closed shadow root shows, read by the test-only probe extension. */
  readUi(): Promise<ProbeUi | null>;
  /** Presses a key with the reader's (trusted) keyboard: "ArrowRight", "Escape", "Shift+Tab". */
  press(key: string): Promise<void>;
  waitForSelector(selector: string): Promise<void>;
  textOf(selector: string): Promise<string>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes the tab the one in front, with the focus. */
  bringToFront(): Promise<void>;
  /** Makes the page see the reader's light or dark preference (`prefers-color-scheme`). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /**
   * Every URL that a tab or extension page this browser opened asked for, as the browser's own
   * DevTools protocol attributes it (a content script's requests count as its tab's).
   */
  pageRequests: string[];
  openTab(url: string): Promise<TabHandle>;
  /** The popup, opened as a tab about `tabId` (`popup.html?tab=<id>`). */
  openPopup(tabId: number): Promise<TabHandle>;
  /** The extension's id for the tab showing `url` (matched without the fragment). */
  findTabId(url: string): Promise<number>;
  /** Sends `message` to the content script of tab `tabId`, as the extension's background would. */
  messageTab(tabId: number, message: unknown): Promise<void>;
  /**
   * Empties the extension's local storage: back to the default settings, no imported packs; the
   * bundled packs the background stores (the world pack) stay, as a fresh install has them.
   */
  clearStorage(): Promise<void>;
  /** Waits until the background has stored the bundled packs pages read from storage. */
  waitForStoredPacks(): Promise<void>;
  /** Reloads the extension, as an update would (Chromium only). */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

const BROWSER_BINARIES: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};

const ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};

/**
 * Why a browser's tests cannot run, or undefined when they can. A missing browser fails the run
 * unless KONTEXT_SKIP_BROWSERS=1 says to skip on purpose.
 */
export function missingPrerequisite(name: BrowserName): string | undefined {
  if (!existsSync(BROWSER_BINARIES[name])) {
    return `${BROWSER_BINARIES[name]} is missing: install it with "sudo apt-get install -y chromium firefox-esr" (Debian), or set KONTEXT_SKIP_BROWSERS=1 to skip the browser tests on purpose.`;
  }
  if (!existsSync(join(EXTENSION_DIRS[name], 'manifest.json'))) {
    return `${EXTENSION_DIRS[name]} has no build: run "npm run build" first.`;
  }
  return undefined;
}

export const SKIP_BROWSERS = process.env.KONTEXT_SKIP_BROWSERS === '1';

/** The id Chromium gives an unpacked extension: the SHA-256 of its path, in the letters a to p. */
function chromiumExtensionId(extensionPath: string): string {
  const hex = createHash('sha256').update(extensionPath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function wrapPlaywright(page: PlaywrightPage): TabHandle {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    hover: (x, y) => page.mouse.move(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    readUi: () => page.evaluate(askProbe),
    press: (key) => page.keyboard.press(key),
    waitForSelector: async (selector) => void (await page.waitForSelector(selector)),
    textOf: async (selector) => (await page.textContent(selector)) ?? '',
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage): TabHandle {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    hover: (x, y) => page.mouse.move(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    readUi: () => page.evaluate(askProbe),
    press: async (key) => {
      const parts = key.split('+');
      const main = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(main as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    waitForSelector: async (selector) => void (await page.waitForSelector(selector)),
    textOf: (selector) => page.$eval(selector, (element) => element.textContent ?? ''),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    setColorScheme: (scheme) =>
      page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    close: () => page.close(),
  };
}

/**
 * Chromium takes the last --disable-features it is given, so ours replaces Playwright's own list:
 * this repeats the entries of Playwright 1.65's list that matter here, and adds ours.
 */
const CHROMIUM_DISABLED_FEATURES = [
  // Fixtures are plain http: no automatic upgrade to https.
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  // The browser's own traffic, which the privacy tests must not see: optimization hints, network
  // time, search preconnects, media router, and autofill asking Google about the fixture's form.
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'MediaRouter',
  'AutofillServerCommunication',
  // Playwright's fixes for automation: no hanging beforeunload checks, profile kept for close,
  // paint without holding, storage as the tests expect, and no lens overlay in unbranded builds.
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'LensOverlay',
];

/** The switches that quiet headless Chromium for tests and the bench: no sync, no updates. */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium's switches for the extensions in `extensionDirs` (and no other), with every request
 * sent through the fixture proxy at `proxyPort`, loopback included, so that nothing leaves unseen.
 */
export function extensionChromiumArgs(extensionDirs: readonly string[], proxyPort: number) {
  return [
    // Playwright disables extensions unless one is named here.
    `--disable-extensions-except=${extensionDirs.join(',')}`,
    `--load-extension=${extensionDirs.join(',')}`,
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    '--proxy-bypass-list=<-loopback>',
    `--disable-features=${CHROMIUM_DISABLED_FEATURES.join(',')}`,
    ...QUIET_CHROMIUM_ARGS,
  ];
}

/** Chromium, with every request sent through the fixture proxy at `proxyPort`. */
export async function launchChromium(proxyPort: number): Promise<ExtensionBrowser> {
  const extensionPath = await realpath(EXTENSION_DIRS.chromium);
  const profile = await mkdtemp(join(tmpdir(), 'kontext-chromium-'));
  const context = await playwrightChromium.launchPersistentContext(profile, {
    executablePath: BROWSER_BINARIES.chromium,
    headless: true,
    // Touch as well as mouse and keyboard, as on a tablet with a keyboard.
    hasTouch: true,
    args: extensionChromiumArgs([extensionPath, PROBE_DIR], proxyPort),
  });
  const extensionOrigin = `chrome-extension://${chromiumExtensionId(extensionPath)}`;
  const pageRequests: string[] = [];
  // Context-wide: pages, extension pages and workers alike.
  context.on('request', (request) => pageRequests.push(request.url()));

  const openExtensionPage = async (path: string): Promise<PlaywrightPage> => {
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/${path}`);
    return page;
  };

  return {
    name: 'chromium',
    pageRequests,
    openTab: async (url) => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`[${url}] ${message.text()}`);
      });
      await page.goto(url);
      return wrapPlaywright(page);
    },
    openPopup: async (tabId) => wrapPlaywright(await openExtensionPage(`popup.html?tab=${tabId}`)),
    ...extensionPageActions(async () =>
      wrapPlaywright(await openExtensionPage('popup.html?tab=-1')),
    ),
    reloadExtension: async () => {
      const page = await openExtensionPage('popup.html?tab=-1');
      // The page goes with the extension it belongs to.
      await page
        .evaluate(() => {
          const scope = globalThis as { chrome?: { runtime: { reload(): void } } };
          setTimeout(() => scope.chrome!.runtime.reload(), 0);
        })
        .catch(() => undefined);
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox ESR, with every request sent through the fixture proxy at `proxyPort`. */
export async function launchFirefox(proxyPort: number): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_BINARIES.firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed internal UUID, so the tests know the moz-extension:// origin.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // The browser's own background traffic, which the privacy tests must not see: remote
      // settings (as Firefox's own test harness turns it off), captive-portal and connectivity checks.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.blocklist.enabled': false,
      // Fixtures are plain http: no automatic upgrade to https.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
    },
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);
  await browser.installExtension(PROBE_DIR);
  const extensionOrigin = `moz-extension://${uuid}`;
  const pageRequests: string[] = [];
  const newPage = async (): Promise<PuppeteerPage> => {
    const page = await browser.newPage();
    page.on('request', (request) => void pageRequests.push(request.url()));
    return page;
  };

  const openExtensionPage = async (path: string): Promise<PuppeteerPage> => {
    const page = await newPage();
    const url = `${extensionOrigin}/${path}`;
    // Firefox never reports a moz-extension:// navigation as finished: start it, then poll. An
    // evaluation that meets the document being replaced fails; the next poll sees the new one.
    void page.goto(url).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await page
        .evaluate(() => ({ href: location.href, ready: document.readyState }))
        .catch(() => undefined);
      if (state?.href === url && state.ready === 'complete') return page;
      if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox within 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  return {
    name: 'firefox',
    pageRequests,
    openTab: async (url) => {
      const page = await newPage();
      await page.goto(url);
      return wrapPuppeteer(page);
    },
    openPopup: async (tabId) => wrapPuppeteer(await openExtensionPage(`popup.html?tab=${tabId}`)),
    ...extensionPageActions(async () =>
      wrapPuppeteer(await openExtensionPage('popup.html?tab=-1')),
    ),
    reloadExtension: () => Promise.reject(new Error('reloading is tested in Chromium only')),
    close: () => browser.close(),
  };
}

/**
 * What the tests do from inside an extension page (the extension's own origin, with its APIs):
 * find a tab's id, message a tab. `open` opens such a page; it is closed again after each use.
 */
function extensionPageActions(
  open: () => Promise<TabHandle>,
): Pick<ExtensionBrowser, 'findTabId' | 'messageTab' | 'clearStorage' | 'waitForStoredPacks'> {
  const inExtensionPage = async <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> => {
    const page = await open();
    try {
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
    }
  };
  return {
    findTabId: (url) => inExtensionPage(findTabIdInExtension, url),
    messageTab: (tabId, message) => inExtensionPage(sendToTabInExtension, { tabId, message }),
    clearStorage: () => inExtensionPage(clearStorageInExtension, STORED_PACK_IDS),
    waitForStoredPacks: () => inExtensionPage(waitForStoredPacksInExtension, STORED_PACK_IDS),
  };
}

/** The bundled packs the background stores (scripts/vite-plugin-bundled-packs.ts). */
const STORED_PACK_IDS: readonly string[] = [WORLD_PACK_ID];

interface LocalStorageApi {
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
}

/**
 * Runs inside an extension page: removes every key of local storage but the parts of the packs
 * `kept` and their entries in the index of packs.
 */
async function clearStorageInExtension(kept: readonly string[]): Promise<void> {
  const scope = globalThis as { browser?: LocalStorageApi; chrome?: LocalStorageApi };
  const local = (scope.browser ?? scope.chrome)!.storage.local;
  const items = await local.get(null);
  const isKept = (key: string) => kept.some((id) => key.startsWith(`pack:${id}:`));
  await local.remove(Object.keys(items).filter((key) => key !== 'packs' && !isKept(key)));
  // The index changes only where it lists other packs: each change makes open pages read it.
  const index = items.packs as { packs?: { id: string }[] } | undefined;
  const entries = (index?.packs ?? []).filter(({ id }) => kept.includes(id));
  if (entries.length === 0) await local.remove(['packs']);
  else if (entries.length < (index?.packs ?? []).length)
    await local.set({ packs: { packs: entries } });
}

/** Runs inside an extension page: waits (up to 30 s) until the index lists the packs `ids`. */
async function waitForStoredPacksInExtension(ids: readonly string[]): Promise<void> {
  const scope = globalThis as { browser?: LocalStorageApi; chrome?: LocalStorageApi };
  const local = (scope.browser ?? scope.chrome)!.storage.local;
  for (let waited = 0; waited < 30_000; waited += 100) {
    const index = (await local.get('packs')).packs as { packs?: { id: string }[] } | undefined;
    const listed = new Set((index?.packs ?? []).map(({ id }) => id));
    if (ids.every((id) => listed.has(id))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the background did not store the bundled packs ${ids.join(', ')}`);
}

/** Runs inside an extension page: sends a message to a tab's content scripts. */
async function sendToTabInExtension({ tabId, message }: { tabId: number; message: unknown }) {
  interface TabsApi {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  }
  const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
  await (scope.browser ?? scope.chrome)!.tabs.sendMessage(tabId, message);
}

/** Runs inside an extension page: the id of the tab showing `url`. */
async function findTabIdInExtension(url: string): Promise<number> {
  interface Tab {
    id?: number;
    url?: string;
    lastAccessed?: number;
  }
  interface TabsApi {
    tabs: { query(filter: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> };
  }
  const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
  const api = (scope.browser ?? scope.chrome)!;
  // Firefox does not match a URL filter with a port, so list all tabs and compare here.
  const tabs = await api.tabs.query({});
  // Without a host permission for a page, its URL is hidden from the extension: then the page is
  // the tab last used whose URL is hidden (ids do not grow in every browser: Chromium 150 gives
  // large ones in no order), other than this extension page itself.
  const self = await api.tabs.getCurrent();
  const hidden = tabs.filter((candidate) => !candidate.url && candidate.id !== self?.id);
  // No named helper here: the function runs in the page as its source, where a bundler's naming
  // helper (esbuild's __name) does not exist.
  const tab =
    tabs.find((candidate) => candidate.url?.split('#')[0] === url) ??
    hidden.sort((a, b) => (b.lastAccessed ?? b.id ?? 0) - (a.lastAccessed ?? a.id ?? 0))[0];
  if (tab?.id === undefined) {
    throw new Error(`no tab shows ${url}; open tabs: ${tabs.map((t) => t.url).join(', ')}`);
  }
  return tab.id;
}

export async function launchBrowser(
  name: BrowserName,
  proxyPort: number,
): Promise<ExtensionBrowser> {
  const browser = await (name === 'chromium'
    ? launchChromium(proxyPort)
    : launchFirefox(proxyPort));
  // Pages read the world pack from storage: tests start once it is there, as after an install.
  await browser.waitForStoredPacks();
  return browser;
}
