/**
 * The news sites where Kontext runs without being asked. Each entry covers the domain and all its
 * subdomains (www., m., edition. ...). Readers add further sites from the options page; those are
 * asked for one by one through the browser's optional host permissions.
 */
export const NEWS_SITES: readonly string[] = [
  // German public broadcasters
  'tagesschau.de',
  'zdf.de',
  'dw.com',
  // German newspapers and magazines
  'spiegel.de',
  'zeit.de',
  'sueddeutsche.de',
  'faz.net',
  'welt.de',
  'n-tv.de',
  // Agencies
  'reuters.com',
  'apnews.com',
  // English-language broadcasters and papers
  'bbc.com',
  'bbc.co.uk',
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'aljazeera.com',
  'politico.eu',
];

/** Match patterns (http and https, the domain and every subdomain) for a list of domains. */
export function toMatchPatterns(domains: readonly string[]): string[] {
  return domains.map((domain) => `*://*.${domain}/*`);
}

/** Whether a page's host name is one of `domains` or a subdomain of one. */
export function isNewsHost(hostname: string, domains: readonly string[] = NEWS_SITES): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
