import { describe, expect, test } from 'vitest';
import { NEWS_SITES, toDomainsOfPatterns, toMatchPatterns } from '../sites/news-sites';
import { DEFAULT_SETTINGS } from './settings';
import {
  isDefaultSite,
  isSiteOff,
  isSiteOn,
  siteKeyOf,
  siteOfPattern,
  withPermissionsChanged,
  withSiteOn,
  withTypeShown,
} from './site-settings';

describe('site settings', () => {
  test('a news site is keyed by its listed domain, any other site by its host', () => {
    expect(siteKeyOf('www.tagesschau.de')).toBe('tagesschau.de');
    expect(siteKeyOf('M.Tagesschau.de.')).toBe('tagesschau.de');
    expect(siteKeyOf('notes.example.org')).toBe('notes.example.org');
    // A look-alike is not the news site.
    expect(siteKeyOf('faketagesschau.de')).toBe('faketagesschau.de');
    expect(isDefaultSite('www.zdf.de')).toBe(true);
    expect(isDefaultSite('notes.example.org')).toBe(false);
  });

  test('news sites are on until the reader turns them off, for all their hosts', () => {
    expect(isSiteOn(DEFAULT_SETTINGS, 'www.tagesschau.de')).toBe(true);
    const off = withSiteOn(DEFAULT_SETTINGS, 'www.tagesschau.de', false);
    expect(off.sitesOff).toEqual(['tagesschau.de']);
    expect(isSiteOn(off, 'm.tagesschau.de')).toBe(false);
    expect(isSiteOff(off, 'm.tagesschau.de', NEWS_SITES)).toBe(true);
    // The content script's copy of the list, from the manifest, says the same.
    const manifestCopy = toDomainsOfPatterns(toMatchPatterns(NEWS_SITES));
    expect(isSiteOff(off, 'm.tagesschau.de', manifestCopy)).toBe(true);
    expect(isSiteOff(off, 'www.zdf.de', manifestCopy)).toBe(false);
    expect(isSiteOn(off, 'www.zdf.de')).toBe(true);
    const on = withSiteOn(off, 'www.tagesschau.de', true);
    expect(on.sitesOff).toEqual([]);
    expect(on.sitesAdded).toEqual([]);
    expect(isSiteOn(on, 'www.tagesschau.de')).toBe(true);
  });

  test('another site is off until added, and turning it off keeps it added', () => {
    expect(isSiteOn(DEFAULT_SETTINGS, 'notes.example.org')).toBe(false);
    expect(isSiteOff(DEFAULT_SETTINGS, 'notes.example.org', NEWS_SITES)).toBe(false);
    const added = withSiteOn(DEFAULT_SETTINGS, 'notes.example.org', true);
    expect(added.sitesAdded).toEqual(['notes.example.org']);
    expect(isSiteOn(added, 'notes.example.org')).toBe(true);
    // Turning it on twice adds it once.
    expect(withSiteOn(added, 'notes.example.org', true).sitesAdded).toEqual(['notes.example.org']);
    const off = withSiteOn(added, 'notes.example.org', false);
    expect(isSiteOn(off, 'notes.example.org')).toBe(false);
    expect(off.sitesAdded).toEqual(['notes.example.org']);
  });

  test('a host the reader added and turned off stays off once the news list covers its site', () => {
    // Stored before heise.de joined the news list: the reader's own host, added, then off.
    const stored = {
      ...DEFAULT_SETTINGS,
      sitesAdded: ['www.heise.de'],
      sitesOff: ['www.heise.de'],
    };
    expect(siteKeyOf('www.heise.de')).toBe('heise.de');
    expect(isSiteOff(stored, 'www.heise.de', NEWS_SITES)).toBe(true);
    expect(isSiteOff(stored, 'm.heise.de', toDomainsOfPatterns(toMatchPatterns(NEWS_SITES)))).toBe(
      true,
    );
    expect(isSiteOn(stored, 'www.heise.de')).toBe(false);
    // Turned on again, the old entry goes with it: one switch for the site.
    const on = withSiteOn(stored, 'www.heise.de', true);
    expect(on.sitesOff).toEqual([]);
    expect(isSiteOn(on, 'www.heise.de')).toBe(true);
    expect(withSiteOn(on, 'heise.de', false).sitesOff).toEqual(['heise.de']);
  });

  test('entity types switch one at a time, and the input stays as it was', () => {
    const hidden = withTypeShown(DEFAULT_SETTINGS, 'place', false);
    expect(hidden.entityTypes).toEqual({
      person: true,
      organization: true,
      state: true,
      place: false,
    });
    expect(DEFAULT_SETTINGS.entityTypes.place).toBe(true);
  });
});

describe('host permissions', () => {
  test('a granted permission adds its site; a news site needs none and stays as it is', () => {
    const granted = withPermissionsChanged(
      DEFAULT_SETTINGS,
      ['*://notes.example.org/*', '*://www.tagesschau.de/*', 'https://*/*', 'not a pattern'],
      true,
    );
    expect(granted.sitesAdded).toEqual(['notes.example.org']);
    expect(isSiteOn(granted, 'notes.example.org')).toBe(true);
  });

  test('a permission taken back removes its site', () => {
    const added = withPermissionsChanged(DEFAULT_SETTINGS, ['*://notes.example.org/*'], true);
    const removed = withPermissionsChanged(added, ['*://notes.example.org/*'], false);
    expect(removed.sitesAdded).toEqual([]);
    expect(isSiteOn(removed, 'notes.example.org')).toBe(false);
  });

  test('patterns map to their site', () => {
    expect(siteOfPattern('*://notes.example.org/*')).toBe('notes.example.org');
    expect(siteOfPattern('https://m.spiegel.de/*')).toBe('spiegel.de');
    expect(siteOfPattern('https://*/*')).toBeUndefined();
    expect(siteOfPattern('<all_urls>')).toBeUndefined();
  });
});
