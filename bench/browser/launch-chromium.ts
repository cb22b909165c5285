/**
 * Headless Chromium for benchmarks: Debian's /usr/bin/chromium through playwright-core, with the
 * switches of the browser tests' harness (tests/browser/harness/browsers.ts) but no extension
 * and no proxy. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from '../../tests/browser/harness/browsers';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Starts the browser; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: install it with "sudo apt-get install -y chromium" (Debian).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS],
  });
}
