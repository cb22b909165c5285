import { describe, expect, test } from 'vitest';
import { isNewsHost, NEWS_SITES, toMatchPatterns } from './news-sites';

describe('news sites', () => {
  test('the list names each domain once, in lower case, without scheme or path', () => {
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
    for (const domain of NEWS_SITES) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  test('match patterns cover the domain and its subdomains over http and https', () => {
    expect(toMatchPatterns(['zeit.de'])).toEqual(['*://*.zeit.de/*']);
  });

  test('hosts match by domain and subdomain, never by a look-alike', () => {
    expect(isNewsHost('www.tagesschau.de')).toBe(true);
    expect(isNewsHost('tagesschau.de')).toBe(true);
    expect(isNewsHost('WWW.BBC.CO.UK.')).toBe(true);
    expect(isNewsHost('nottagesschau.de')).toBe(false);
    expect(isNewsHost('tagesschau.de.evil.example')).toBe(false);
  });
});
