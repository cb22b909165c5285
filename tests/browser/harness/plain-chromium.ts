/**
 * Headless Chromium without the extension, for tests that run Kontext's own code in a page (the
 * code bundled by `bundleForPage`): no build, no proxy, no network. Debian's /usr/bin/chromium
 * through playwright-core, with the harness's switches; never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from './browsers';

const CHROMIUM_PATH = '/usr/bin/chromium';

/** Why the browser cannot start, or undefined when it can. */
export function missingChromium(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `${CHROMIUM_PATH} is missing: install it with "sudo apt-get install -y chromium" (Debian), or set KONTEXT_SKIP_BROWSERS=1 to skip the browser tests on purpose.`;
}

export interface PlainPage {
  page: Page;
  close: () => Promise<void>;
}

/**
 * A blank page of `html` (served by no server: `page.setContent`) with `scripts` added in order.
 * Errors the page logs are printed, so that a failing test shows them.
 */
export async function openPlainPage(html: string, scripts: readonly string[]): Promise<PlainPage> {
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[plain page] ${error.message}`));
  await page.setContent(html);
  for (const content of scripts) await page.addScriptTag({ content });
  return { page, close: () => browser.close() };
}
