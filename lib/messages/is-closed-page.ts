/**
 * Pages no extension may read, whatever its permissions: the browser's own pages, other
 * extensions' pages and the add-on stores. The popup says so at once instead of asking a content
 * script that cannot be there.
 */

/** Schemes open to content scripts; every other one (chrome:, about:, moz-extension: ...) is not. */
const OPEN_SCHEMES: readonly string[] = [
  'http:', // the web
  'https:', // the web
];

/** Web hosts where browsers keep extensions out. */
const CLOSED_HOSTS: readonly string[] = [
  'chromewebstore.google.com', // Chrome Web Store
  'chrome.google.com', // the Chrome Web Store's old address (/webstore)
  'addons.mozilla.org', // Firefox Add-ons
  'microsoftedge.microsoft.com', // Edge Add-ons
];

/** Whether a tab showing `url` is closed to Kontext's content script. */
export function isClosedPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  return !OPEN_SCHEMES.includes(parsed.protocol) || CLOSED_HOSTS.includes(parsed.hostname);
}
