/**
 * The permissions of both built manifests (`npm run build` writes them before the browser tests
 * run), as the README's table promises them: exactly storage, unlimitedStorage, activeTab and
 * scripting; the content script on the news sites of lib/sites/news-sites.ts (written out below)
 * and nowhere else; every other site only as an optional permission, asked for one site at a
 * time. No `<all_urls>`, no wildcard host at install, no `tabs`, no `webRequest`, and no way for
 * web pages to message the extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NEWS_SITES, toMatchPatterns } from '../../lib/sites/news-sites';
import { EXTENSION_DIRS, SKIP_BROWSERS, type BrowserName } from './harness/browsers';

const PERMISSIONS = ['storage', 'unlimitedStorage', 'activeTab', 'scripting'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];
/**
 * The news sites' match patterns, written out: a change to the list (lib/sites/news-sites.ts)
 * changes what Kontext asks for at install, so it changes this test too. Each pattern covers a
 * domain and its subdomains; Sky News' covers news.sky.com and its subdomains, not all of sky.com.
 */
const NEWS_PATTERNS: readonly string[] = [
  '*://*.20min.ch/*',
  '*://*.abc.net.au/*',
  '*://*.abcnews.com/*',
  '*://*.aljazeera.com/*',
  '*://*.ap.org/*',
  '*://*.apnews.com/*',
  '*://*.axios.com/*',
  '*://*.bbc.co.uk/*',
  '*://*.bbc.com/*',
  '*://*.blick.ch/*',
  '*://*.bloomberg.com/*',
  '*://*.br.de/*',
  '*://*.cbc.ca/*',
  '*://*.cbsnews.com/*',
  '*://*.cnbc.com/*',
  '*://*.cnn.com/*',
  '*://*.dailymail.co.uk/*',
  '*://*.derstandard.at/*',
  '*://*.deutschlandfunk.de/*',
  '*://*.diepresse.com/*',
  '*://*.dw.com/*',
  '*://*.economist.com/*',
  '*://*.euronews.com/*',
  '*://*.faz.net/*',
  '*://*.focus.de/*',
  '*://*.foxnews.com/*',
  '*://*.fr.de/*',
  '*://*.ft.com/*',
  '*://*.globalnews.ca/*',
  '*://*.handelsblatt.com/*',
  '*://*.heise.de/*',
  '*://*.independent.co.uk/*',
  '*://*.jungle.world/*',
  '*://*.kleinezeitung.at/*',
  '*://*.krone.at/*',
  '*://*.kurier.at/*',
  '*://*.latimes.com/*',
  '*://*.mdr.de/*',
  '*://*.mirror.co.uk/*',
  '*://*.n-tv.de/*',
  '*://*.nbcnews.com/*',
  '*://*.ndr.de/*',
  '*://*.news.sky.com/*',
  '*://*.newsweek.com/*',
  '*://*.npr.org/*',
  '*://*.nytimes.com/*',
  '*://*.nzz.ch/*',
  '*://*.orf.at/*',
  '*://*.politico.com/*',
  '*://*.politico.eu/*',
  '*://*.rbb24.de/*',
  '*://*.reuters.com/*',
  '*://*.rnd.de/*',
  '*://*.skynews.com/*',
  '*://*.spiegel.de/*',
  '*://*.srf.ch/*',
  '*://*.stern.de/*',
  '*://*.sueddeutsche.de/*',
  '*://*.swr.de/*',
  '*://*.t-online.de/*',
  '*://*.tagesanzeiger.ch/*',
  '*://*.tagesschau.de/*',
  '*://*.tagesspiegel.de/*',
  '*://*.taz.de/*',
  '*://*.telegraph.co.uk/*',
  '*://*.theatlantic.com/*',
  '*://*.theguardian.com/*',
  '*://*.thetimes.com/*',
  '*://*.usatoday.com/*',
  '*://*.washingtonpost.com/*',
  '*://*.watson.ch/*',
  '*://*.watson.de/*',
  '*://*.wdr.de/*',
  '*://*.welt.de/*',
  '*://*.wsj.com/*',
  '*://*.yna.co.kr/*',
  '*://*.zdf.de/*',
  '*://*.zdfheute.de/*',
  '*://*.zeit.de/*',
];

/** Permissions that would read or steer the reader's browsing beyond the tab they act on. */
const NEVER: readonly RegExp[] = [
  /^<all_urls>$/,
  /^tabs$/,
  /^webRequest/, // webRequest, webRequestBlocking, webRequestAuthProvider
  /^webNavigation$/,
  /^declarativeNetRequest/,
  /^history$/,
  /^cookies$/,
  /^debugger$/,
  /^nativeMessaging$/,
];

/** A match pattern for every host (a host of `*`), or `<all_urls>`. */
function isWildcardHost(pattern: string): boolean {
  return pattern === '<all_urls>' || /^[^:]+:\/\/\*\//.test(pattern);
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; exclude_matches?: string[] }[];
  externally_connectable?: unknown;
  web_accessible_resources?: { matches?: string[] }[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
}

function readManifest(name: BrowserName): Manifest {
  const path = join(EXTENSION_DIRS[name], 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The same entries, each once, in any order. */
function expectSameSet(actual: readonly string[] | undefined, expected: readonly string[]) {
  expect(actual).toBeDefined();
  expect(new Set(actual).size).toBe(actual!.length);
  expect([...actual!].sort()).toEqual([...expected].sort());
}

describe.skipIf(SKIP_BROWSERS).each(['chromium', 'firefox'] as const)(
  'the built manifest for %s',
  (name) => {
    test('asks for exactly storage, unlimitedStorage, activeTab and scripting', () => {
      const manifest = readManifest(name);
      expect(manifest.manifest_version).toBe(3);
      expectSameSet(manifest.permissions, PERMISSIONS);
      expect(manifest.optional_permissions ?? []).toEqual([]);
    });

    test('reaches the news sites only, and other sites only when the reader adds one', () => {
      const manifest = readManifest(name);
      // Host permissions at install, if any, are the news sites the content script runs on.
      if (manifest.host_permissions !== undefined) {
        expectSameSet(manifest.host_permissions, NEWS_PATTERNS);
      }
      expectSameSet(manifest.optional_host_permissions, OPTIONAL_HOSTS);
      expect(manifest.content_scripts).toHaveLength(1);
      expectSameSet(manifest.content_scripts![0]!.matches, NEWS_PATTERNS);
      // And the list in the test is the shipped list's.
      expectSameSet(toMatchPatterns(NEWS_SITES), NEWS_PATTERNS);
    });

    test('no <all_urls>, no wildcard host, no tabs, no webRequest', () => {
      const manifest = readManifest(name);
      const granted = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
      const everything = [
        ...granted,
        ...(manifest.optional_permissions ?? []),
        ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
        ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.matches ?? []),
      ];
      expect(everything.filter((entry) => NEVER.some((rule) => rule.test(entry)))).toEqual([]);
      expect(granted.filter(isWildcardHost)).toEqual([]);
      expect(
        (manifest.content_scripts ?? []).flatMap((script) => script.matches).filter(isWildcardHost),
      ).toEqual([]);
      // The test itself: the rule sees a wildcard host where there is one.
      expect(OPTIONAL_HOSTS.every(isWildcardHost)).toBe(true);
      expect(NEWS_PATTERNS.some(isWildcardHost)).toBe(false);
    });

    test('web pages cannot message the extension', () => {
      expect(readManifest(name).externally_connectable).toBeUndefined();
    });

    test.runIf(name === 'firefox')('Firefox is told that Kontext collects no data', () => {
      const gecko = readManifest(name).browser_specific_settings?.gecko;
      expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    });
  },
);
