import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  isNewsHost,
  NEWS_OUTLETS,
  NEWS_SITES,
  toDomainsOfPatterns,
  toMatchPatterns,
} from './news-sites';

/**
 * The public suffixes the list's domains end in, so that a test can tell a registrable domain
 * (one label before its suffix) from a host below one. A new suffix is added here on purpose.
 */
const PUBLIC_SUFFIXES: readonly string[] = [
  'at',
  'ca',
  'ch',
  'co.kr', // South Korea's commercial second level (yna.co.kr)
  'co.uk', // the UK's commercial second level
  'com',
  'de',
  'eu',
  'net',
  'net.au', // Australia's network second level (abc.net.au)
  'org',
  'world',
];

/** Hosts on the list below a registrable domain: each because the domain covers unrelated sites. */
const HOSTS_BELOW_A_DOMAIN: readonly string[] = [
  'news.sky.com', // Sky News: sky.com is all of Sky (television, broadband, its shop)
];

/** The registrable domain of a host: its public suffix and one label before it. */
function registrableDomainOf(host: string): string | undefined {
  const suffix = PUBLIC_SUFFIXES.filter((candidate) => host.endsWith(`.${candidate}`)).sort(
    (a, b) => b.length - a.length,
  )[0];
  if (suffix === undefined) return undefined;
  const labels = host.slice(0, -suffix.length - 1).split('.');
  return `${labels.at(-1)}.${suffix}`;
}

/** The list cut where language or kind changes: its groups, in order. */
function groupsOf(outlets: typeof NEWS_OUTLETS) {
  const groups: { key: string; domains: string[] }[] = [];
  for (const { domain, language, kind } of outlets) {
    const key = `${language} ${kind}`;
    if (groups.at(-1)?.key === key) groups.at(-1)!.domains.push(domain);
    else groups.push({ key, domains: [domain] });
  }
  return groups;
}

describe('news sites', () => {
  test('the list has at least 60 sites, German-language ones first, then English-language', () => {
    expect(NEWS_OUTLETS.length).toBeGreaterThanOrEqual(60);
    const languages = NEWS_OUTLETS.map(({ language }) => language);
    expect(languages).toEqual([...languages].sort());
    expect(new Set(languages)).toEqual(new Set(['de', 'en']));
    expect(NEWS_SITES).toEqual(NEWS_OUTLETS.map(({ domain }) => domain));
  });

  test('each group (language and kind) stands together, sorted by domain', () => {
    const groups = groupsOf(NEWS_OUTLETS);
    expect(new Set(groups.map(({ key }) => key)).size).toBe(groups.length);
    for (const { domains } of groups) expect(domains).toEqual([...domains].sort());
  });

  test('the list names each domain once, bare and in lower case', () => {
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
    for (const domain of NEWS_SITES) {
      // No scheme, port, path, wildcard or trailing dot.
      expect(domain).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/);
    }
    for (const { name } of NEWS_OUTLETS) expect(name.trim()).not.toBe('');
  });

  test('every entry is a registrable domain, but for the hosts listed with their reason', () => {
    const below = NEWS_SITES.filter((domain) => registrableDomainOf(domain) !== domain);
    expect(below).toEqual(HOSTS_BELOW_A_DOMAIN);
    // The parent of such a host is not on the list: that would grant the unrelated sites.
    for (const host of HOSTS_BELOW_A_DOMAIN) {
      expect(NEWS_SITES).not.toContain(registrableDomainOf(host));
    }
  });

  test('no entry is a subdomain of another', () => {
    const nested = NEWS_SITES.flatMap((domain) =>
      NEWS_SITES.filter((other) => other.endsWith(`.${domain}`)).map((other) => [other, domain]),
    );
    expect(nested).toEqual([]);
  });

  test('the README lists the same sites, by language', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const list = /^The news sites, by language and kind:\n\n([\s\S]*?)\n\n/m.exec(readme)?.[1];
    expect(list).toBeDefined();
    const byLanguage = list!.split(/^- /m).slice(1);
    const sitesOf = (language: string) =>
      NEWS_OUTLETS.filter((outlet) => outlet.language === language).map(({ domain }) => domain);
    expect(
      byLanguage.map((group) => ({
        heading: group.slice(0, group.indexOf(':')),
        domains: [...group.matchAll(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/g)].map(([domain]) => domain),
      })),
    ).toEqual([
      { heading: `German-language (${sitesOf('de').length})`, domains: sitesOf('de') },
      { heading: `English-language (${sitesOf('en').length})`, domains: sitesOf('en') },
    ]);
  });

  test('match patterns cover the domain and its subdomains over http and https', () => {
    expect(toMatchPatterns(['zeit.de'])).toEqual(['*://*.zeit.de/*']);
    expect(toMatchPatterns(['news.sky.com'])).toEqual(['*://*.news.sky.com/*']);
  });

  test('the manifest’s patterns give the list back, and nothing from other patterns', () => {
    expect(toDomainsOfPatterns(toMatchPatterns(NEWS_SITES))).toEqual(NEWS_SITES);
    expect(toDomainsOfPatterns(['*://notes.example.org/*', 'https://*/*', '<all_urls>'])).toEqual(
      [],
    );
  });

  test('hosts match by domain and subdomain, never by a look-alike', () => {
    expect(isNewsHost('www.tagesschau.de')).toBe(true);
    expect(isNewsHost('tagesschau.de')).toBe(true);
    expect(isNewsHost('WWW.BBC.CO.UK.')).toBe(true);
    expect(isNewsHost('en.yna.co.kr')).toBe(true);
    expect(isNewsHost('hosted.ap.org')).toBe(true);
    expect(isNewsHost('news.sky.com')).toBe(true);
    expect(isNewsHost('nottagesschau.de')).toBe(false);
    expect(isNewsHost('tagesschau.de.evil.example')).toBe(false);
    // Sky's other sites are not news sites.
    expect(isNewsHost('www.sky.com')).toBe(false);
    expect(isNewsHost('sky.com')).toBe(false);
  });
});
