/**
 * The news sites where Kontext runs without being asked. Each entry covers its domain and all its
 * subdomains (www., m., edition. ...): the content script's matches and the host permissions of
 * the manifest are made from it (wxt.config.ts), so every entry is a grant. An entry is therefore
 * the outlet's own registrable domain, spelled as readers reach the site, never a domain shared
 * with unrelated sites; where an outlet lives under such a domain, the entry is its one host
 * (news.sky.com), which covers that host and its subdomains only. Readers add further sites from
 * the options page; those are asked for one by one through the browser's optional host
 * permissions.
 *
 * Grouped by language, then by kind; sorted by domain within each group (the unit tests hold it
 * so).
 */
import type { Language } from '../knowledge/pack-types';

/** What kind of newsroom an outlet is: how the list is grouped within a language. */
export type NewsKind = 'broadcaster' | 'press' | 'agency' | 'online';

/** One site of the news list. */
export interface NewsOutlet {
  /** Bare and lower case (`spiegel.de`); covers its subdomains. */
  domain: string;
  /** The outlet's name, as it writes it. */
  name: string;
  /** The language of the outlet's news, by which the options page groups the list. */
  language: Language;
  kind: NewsKind;
}

export const NEWS_OUTLETS: readonly NewsOutlet[] = [
  // German-language broadcasters: ARD's (tagesschau.de and its regional members), ZDF,
  // Deutschlandfunk and Deutsche Welle; ORF (Austria) and SRF (Switzerland); and the private ntv.
  { domain: 'br.de', name: 'BR24', language: 'de', kind: 'broadcaster' },
  { domain: 'deutschlandfunk.de', name: 'Deutschlandfunk', language: 'de', kind: 'broadcaster' },
  // Germany's international broadcaster; its English pages (dw.com/en) are under the same domain.
  { domain: 'dw.com', name: 'Deutsche Welle', language: 'de', kind: 'broadcaster' },
  { domain: 'mdr.de', name: 'MDR', language: 'de', kind: 'broadcaster' },
  { domain: 'n-tv.de', name: 'ntv', language: 'de', kind: 'broadcaster' },
  { domain: 'ndr.de', name: 'NDR', language: 'de', kind: 'broadcaster' },
  // Its news are at orf.at and news.orf.at.
  { domain: 'orf.at', name: 'ORF', language: 'de', kind: 'broadcaster' },
  // rbb's news site.
  { domain: 'rbb24.de', name: 'rbb24', language: 'de', kind: 'broadcaster' },
  { domain: 'srf.ch', name: 'SRF', language: 'de', kind: 'broadcaster' },
  // SWR Aktuell is at swr.de/swraktuell.
  { domain: 'swr.de', name: 'SWR', language: 'de', kind: 'broadcaster' },
  { domain: 'tagesschau.de', name: 'tagesschau', language: 'de', kind: 'broadcaster' },
  // WDR's news are at www1.wdr.de.
  { domain: 'wdr.de', name: 'WDR', language: 'de', kind: 'broadcaster' },
  { domain: 'zdf.de', name: 'ZDF', language: 'de', kind: 'broadcaster' },
  // ZDF's news site, under a domain of its own.
  { domain: 'zdfheute.de', name: 'ZDFheute', language: 'de', kind: 'broadcaster' },

  // German-language newspapers and magazines: German, Austrian (.at, diepresse.com) and Swiss
  // (.ch) papers, the newsmagazines, and heise's tech news.
  // Zurich; its French edition is at 20min.ch/fr.
  { domain: '20min.ch', name: '20 Minuten', language: 'de', kind: 'press' },
  { domain: 'blick.ch', name: 'Blick', language: 'de', kind: 'press' },
  { domain: 'derstandard.at', name: 'Der Standard', language: 'de', kind: 'press' },
  // Vienna.
  { domain: 'diepresse.com', name: 'Die Presse', language: 'de', kind: 'press' },
  { domain: 'faz.net', name: 'Frankfurter Allgemeine', language: 'de', kind: 'press' },
  { domain: 'focus.de', name: 'FOCUS online', language: 'de', kind: 'press' },
  { domain: 'fr.de', name: 'Frankfurter Rundschau', language: 'de', kind: 'press' },
  { domain: 'handelsblatt.com', name: 'Handelsblatt', language: 'de', kind: 'press' },
  // The news of c't's and iX's publisher.
  { domain: 'heise.de', name: 'heise online', language: 'de', kind: 'press' },
  // A Berlin weekly.
  { domain: 'jungle.world', name: 'Jungle World', language: 'de', kind: 'press' },
  { domain: 'kleinezeitung.at', name: 'Kleine Zeitung', language: 'de', kind: 'press' },
  { domain: 'krone.at', name: 'Kronen Zeitung', language: 'de', kind: 'press' },
  { domain: 'kurier.at', name: 'Kurier', language: 'de', kind: 'press' },
  { domain: 'nzz.ch', name: 'Neue Zürcher Zeitung', language: 'de', kind: 'press' },
  // The newsroom of the Madsack papers.
  { domain: 'rnd.de', name: 'RedaktionsNetzwerk Deutschland', language: 'de', kind: 'press' },
  { domain: 'spiegel.de', name: 'DER SPIEGEL', language: 'de', kind: 'press' },
  { domain: 'stern.de', name: 'stern', language: 'de', kind: 'press' },
  { domain: 'sueddeutsche.de', name: 'Süddeutsche Zeitung', language: 'de', kind: 'press' },
  { domain: 'tagesanzeiger.ch', name: 'Tages-Anzeiger', language: 'de', kind: 'press' },
  { domain: 'tagesspiegel.de', name: 'Der Tagesspiegel', language: 'de', kind: 'press' },
  { domain: 'taz.de', name: 'taz', language: 'de', kind: 'press' },
  { domain: 'welt.de', name: 'WELT', language: 'de', kind: 'press' },
  { domain: 'zeit.de', name: 'DIE ZEIT', language: 'de', kind: 'press' },

  // German-language newsrooms that publish online only.
  { domain: 't-online.de', name: 't-online', language: 'de', kind: 'online' },
  // The Swiss watson and the German one are separate newsrooms.
  { domain: 'watson.ch', name: 'watson', language: 'de', kind: 'online' },
  { domain: 'watson.de', name: 'watson', language: 'de', kind: 'online' },

  // English-language news agencies.
  // The Associated Press's own domain: hosted.ap.org serves AP stories as member papers embed them.
  { domain: 'ap.org', name: 'Associated Press', language: 'en', kind: 'agency' },
  { domain: 'apnews.com', name: 'AP News', language: 'en', kind: 'agency' },
  { domain: 'bloomberg.com', name: 'Bloomberg', language: 'en', kind: 'agency' },
  { domain: 'reuters.com', name: 'Reuters', language: 'en', kind: 'agency' },
  // Yonhap, Seoul: Kontext reads its English edition, en.yna.co.kr; the domain also serves the
  // Korean one, where it finds no names it knows.
  { domain: 'yna.co.kr', name: 'Yonhap', language: 'en', kind: 'agency' },

  // English-language broadcasters, public and private: British, American, Canadian, Australian,
  // and the international Al Jazeera English and Euronews.
  { domain: 'abc.net.au', name: 'ABC News (Australia)', language: 'en', kind: 'broadcaster' },
  // ABC News (US), at its own domain since it left abcnews.go.com: go.com, Disney's, is not listed.
  { domain: 'abcnews.com', name: 'ABC News', language: 'en', kind: 'broadcaster' },
  // Al Jazeera English; aljazeera.net is the Arabic channel's.
  { domain: 'aljazeera.com', name: 'Al Jazeera', language: 'en', kind: 'broadcaster' },
  { domain: 'bbc.co.uk', name: 'BBC', language: 'en', kind: 'broadcaster' },
  { domain: 'bbc.com', name: 'BBC', language: 'en', kind: 'broadcaster' },
  { domain: 'cbc.ca', name: 'CBC News', language: 'en', kind: 'broadcaster' },
  { domain: 'cbsnews.com', name: 'CBS News', language: 'en', kind: 'broadcaster' },
  { domain: 'cnbc.com', name: 'CNBC', language: 'en', kind: 'broadcaster' },
  { domain: 'cnn.com', name: 'CNN', language: 'en', kind: 'broadcaster' },
  // Its German edition (de.euronews.com) and the others are under the same domain.
  { domain: 'euronews.com', name: 'Euronews', language: 'en', kind: 'broadcaster' },
  { domain: 'foxnews.com', name: 'Fox News', language: 'en', kind: 'broadcaster' },
  // Canada's Global News.
  { domain: 'globalnews.ca', name: 'Global News', language: 'en', kind: 'broadcaster' },
  { domain: 'nbcnews.com', name: 'NBC News', language: 'en', kind: 'broadcaster' },
  // Sky News serves its articles here. One host, not a domain: sky.com is all of Sky (television,
  // broadband, its shop), and this entry's pattern (*://*.news.sky.com/*) reaches none of that.
  { domain: 'news.sky.com', name: 'Sky News', language: 'en', kind: 'broadcaster' },
  { domain: 'npr.org', name: 'NPR', language: 'en', kind: 'broadcaster' },
  // Sky News' own domain; its articles are served from news.sky.com (above).
  { domain: 'skynews.com', name: 'Sky News', language: 'en', kind: 'broadcaster' },

  // English-language newspapers and magazines, British and American.
  // MailOnline.
  { domain: 'dailymail.co.uk', name: 'Daily Mail', language: 'en', kind: 'press' },
  { domain: 'economist.com', name: 'The Economist', language: 'en', kind: 'press' },
  { domain: 'ft.com', name: 'Financial Times', language: 'en', kind: 'press' },
  { domain: 'independent.co.uk', name: 'The Independent', language: 'en', kind: 'press' },
  { domain: 'latimes.com', name: 'Los Angeles Times', language: 'en', kind: 'press' },
  { domain: 'mirror.co.uk', name: 'Daily Mirror', language: 'en', kind: 'press' },
  { domain: 'newsweek.com', name: 'Newsweek', language: 'en', kind: 'press' },
  { domain: 'nytimes.com', name: 'The New York Times', language: 'en', kind: 'press' },
  { domain: 'politico.com', name: 'Politico', language: 'en', kind: 'press' },
  { domain: 'politico.eu', name: 'Politico Europe', language: 'en', kind: 'press' },
  { domain: 'telegraph.co.uk', name: 'The Telegraph', language: 'en', kind: 'press' },
  { domain: 'theatlantic.com', name: 'The Atlantic', language: 'en', kind: 'press' },
  { domain: 'theguardian.com', name: 'The Guardian', language: 'en', kind: 'press' },
  // The Times and The Sunday Times, which moved here from thetimes.co.uk.
  { domain: 'thetimes.com', name: 'The Times', language: 'en', kind: 'press' },
  { domain: 'usatoday.com', name: 'USA Today', language: 'en', kind: 'press' },
  { domain: 'washingtonpost.com', name: 'The Washington Post', language: 'en', kind: 'press' },
  { domain: 'wsj.com', name: 'The Wall Street Journal', language: 'en', kind: 'press' },

  // English-language newsrooms that publish online only.
  { domain: 'axios.com', name: 'Axios', language: 'en', kind: 'online' },
];

/**
 * The domains of the news list, in its order: what the manifest and the site settings use.
 * Marked pure so that a bundle which only needs the helpers below (the content script) leaves the
 * list out.
 */
export const NEWS_SITES: readonly string[] = /* @__PURE__ */ NEWS_OUTLETS.map(
  ({ domain }) => domain,
);

/** Match patterns (http and https, the domain and every subdomain) for a list of domains. */
export function toMatchPatterns(domains: readonly string[]): string[] {
  return domains.map((domain) => `*://*.${domain}/*`);
}

/**
 * The domains of the patterns that `toMatchPatterns` makes, in their order (the news list as a
 * built manifest holds it); other patterns are left out.
 */
export function toDomainsOfPatterns(patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => /^\*:\/\/\*\.([^/*]+)\/\*$/.exec(pattern)?.[1] ?? []);
}

/** Whether a page's host name is one of `domains` or a subdomain of one. */
export function isNewsHost(hostname: string, domains: readonly string[] = NEWS_SITES): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
