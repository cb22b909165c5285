/**
 * Kontext on or off per site, and entity types on or off: the questions the content script and
 * the popup ask of the settings, and the changes the popup makes. Pure functions: a change returns
 * new settings, which the caller stores.
 */
import type { EntityType } from '../knowledge/pack-types';
import { NEWS_SITES } from '../sites/news-sites';
import type { Settings } from './settings';

/**
 * The key of the site a page's host belongs to: the news-list domain for a news site (one switch
 * for www.tagesschau.de and m.tagesschau.de), otherwise the host itself, lower case.
 */
export function siteKeyOf(hostname: string, newsSites: readonly string[] = NEWS_SITES): string {
  return siteKeyAmong(hostname, newsSites);
}

/**
 * `siteKeyOf` without the bundled list to fall back on: the content script passes the manifest's
 * copy, and the bundled list, with its outlets' names, stays out of its bundle.
 */
function siteKeyAmong(hostname: string, newsSites: readonly string[]): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return newsSites.find((domain) => host === domain || host.endsWith(`.${domain}`)) ?? host;
}

/**
 * Whether one of the stored `entries` (sites turned off or added) stands for `site`. An entry made
 * before its site joined the news list is the host the reader was on ("www.heise.de"), and
 * stands for the news-list domain that host now belongs to ("heise.de"): a site the reader turned
 * off stays off when the list grows.
 */
function hasEntryFor(entries: readonly string[], site: string, newsSites: readonly string[]) {
  return entries.some((entry) => siteKeyAmong(entry, newsSites) === site);
}

/** Whether the host belongs to the bundled news list (Kontext runs there without asking). */
export function isDefaultSite(
  hostname: string,
  newsSites: readonly string[] = NEWS_SITES,
): boolean {
  return newsSites.includes(siteKeyOf(hostname, newsSites));
}

/**
 * Whether the reader turned Kontext off on the host's site. The news list is given: the content
 * script passes the manifest's copy of it, since the bundled list would weigh on every page.
 */
export function isSiteOff(
  settings: Settings,
  hostname: string,
  newsSites: readonly string[],
): boolean {
  return hasEntryFor(settings.sitesOff, siteKeyAmong(hostname, newsSites), newsSites);
}

/**
 * Whether Kontext runs on the host's site when a page loads: a news site or one the reader added,
 * unless turned off there.
 */
export function isSiteOn(settings: Settings, hostname: string): boolean {
  const site = siteKeyOf(hostname);
  return (
    (isDefaultSite(hostname) || hasEntryFor(settings.sitesAdded, site, NEWS_SITES)) &&
    !hasEntryFor(settings.sitesOff, site, NEWS_SITES)
  );
}

/**
 * The settings with Kontext on or off for the host's site. Turning a site on that is not on the
 * news list adds it (the caller asks for its host permission first).
 */
export function withSiteOn(settings: Settings, hostname: string, on: boolean): Settings {
  const site = siteKeyOf(hostname);
  const sitesOff = settings.sitesOff.filter((entry) => siteKeyOf(entry) !== site);
  if (!on) return { ...settings, sitesOff: [...sitesOff, site] };
  const added =
    isDefaultSite(hostname) || hasEntryFor(settings.sitesAdded, site, NEWS_SITES)
      ? settings.sitesAdded
      : [...settings.sitesAdded, site];
  return { ...settings, sitesOff, sitesAdded: added };
}

/** The settings with one entity type shown or hidden. */
export function withTypeShown(settings: Settings, type: EntityType, shown: boolean): Settings {
  return { ...settings, entityTypes: { ...settings.entityTypes, [type]: shown } };
}

/** The match patterns that cover a site Kontext was added to (its host, http and https). */
export function toSitePatterns(site: string): string[] {
  return [`*://${site}/*`];
}

/** The site a host permission's match pattern stands for (`*://notes.example.org/*`), if one. */
export function siteOfPattern(pattern: string): string | undefined {
  const host = /^(?:\*|https?):\/\/([^/*]+)\/\*?$/.exec(pattern)?.[1];
  return host === undefined ? undefined : siteKeyOf(host);
}

/**
 * The settings after the browser granted or took back host permissions: sites granted are added
 * (and on), sites taken back are dropped. News-list sites need no permission and stay as they are.
 */
export function withPermissionsChanged(
  settings: Settings,
  patterns: readonly string[],
  granted: boolean,
): Settings {
  const sites = patterns
    .map(siteOfPattern)
    .filter((site): site is string => site !== undefined && !isDefaultSite(site));
  if (granted) return sites.reduce((next, site) => withSiteOn(next, site, true), settings);
  return { ...settings, sitesAdded: settings.sitesAdded.filter((site) => !sites.includes(site)) };
}
