import { isSiteKey } from './settings';
import { siteKeyOf } from './site-settings';

/**
 * The site key of what a reader typed to add a site: a host name ("notes.example.org") or an
 * http(s) address to take the host from. Undefined for anything else (another scheme, a bare
 * word, a port, an IP literal in brackets).
 */
export function parseSiteInput(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.port !== '' || url.username !== '' || url.password !== '') return undefined;
    const site = siteKeyOf(url.hostname);
    return isSiteKey(site) && site.includes('.') ? site : undefined;
  } catch {
    return undefined;
  }
}
