/**
 * What a page says about itself: title, language, publication date and site name, from its meta
 * tags, JSON-LD and markup. All of it is written by the page, so every value is checked and any
 * that does not make sense is dropped; nothing here throws.
 */
import { findArticleRegion, type ArticleRegion } from './find-article-region';
import { isArticleJsonLd, readJsonLd, readJsonLdString, type JsonLdNode } from './read-json-ld';

export interface PageMetadata {
  /** The article's title; empty when the page names none. */
  title: string;
  /** The primary language subtag, lower case (`'de'`, `'en'`). */
  language?: string;
  /** The publication date as `YYYY-MM-DD`, in the time zone the page gives. */
  publishedAt?: string;
  /** The publication time as ISO 8601 with its offset (`2023-09-14T07:12:00+02:00`), when given. */
  publishedAtTime?: string;
  /** The publisher's name (`tagesschau.de`). */
  siteName?: string;
}

/** Titles longer than this are cut: no headline is, and a page may put anything in og:title. */
export const MAX_TITLE_LENGTH = 300;
/** Date values longer than this are no date. */
const MAX_DATE_LENGTH = 64;

/** Meta tags (by `property` or `name`) with the publication date, strongest first. */
const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time', // Open Graph, used by nearly every news site
];

/** Meta tags with a date that is usually, not always, the publication date; tried last. */
const DATE_META_KEYS: readonly string[] = [
  'date', // the plain HTML convention
  'dcterms.date', // Dublin Core terms
  'dcterms.created', // Dublin Core terms
  'dc.date', // Dublin Core
  'dc.date.issued', // Dublin Core
  'publish-date', // some CMSs
  'pubdate', // some CMSs
];

/** Language subtags that name no language. */
const NO_LANGUAGE: ReadonlySet<string> = new Set([
  'und', // undetermined
  'zxx', // no linguistic content
  'mul', // multiple languages
  'mis', // uncoded languages
]);

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The `content` of the first meta tag whose `attribute` (`property`, `name`, `http-equiv`) is
 * `key` in any case, trimmed. Compared by hand: happy-dom ignores the selector's `i` flag.
 */
function readMeta(
  doc: Document,
  key: string,
  attributes: readonly string[] = ['property', 'name'],
): string | undefined {
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (!attributes.some((attribute) => meta.getAttribute(attribute)?.toLowerCase() === key)) {
      continue;
    }
    const content = meta.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * The date and (when given) time of an ISO 8601 value such as `2023-09-14`,
 * `2023-09-14T07:12:00+02:00` or `2023-09-14 07:12Z`; undefined for anything else, impossible
 * dates included.
 */
export function parsePublicationDate(
  value: string | null | undefined,
): { date: string; time?: string } | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > MAX_DATE_LENGTH) return undefined;
  const parts = ISO_DATE.exec(trimmed);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second, fraction, offset] = parts;
  const date = `${year}-${month}-${day}`;
  const calendar = new Date(`${date}T00:00:00Z`);
  // Date rolls 2023-02-30 over into March; an impossible date does not survive the round trip.
  if (Number.isNaN(calendar.getTime()) || calendar.toISOString().slice(0, 10) !== date) {
    return undefined;
  }
  if (hour === undefined || minute === undefined) return { date };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
  let zone = '';
  if (offset && offset.toUpperCase() === 'Z') zone = 'Z';
  else if (offset) {
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = digits.slice(0, 2);
    const offsetMinutes = digits.slice(2) || '00';
    if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return undefined;
    zone = `${offset[0]}${offsetHours}:${offsetMinutes}`;
  }
  const time = `${date}T${hour}:${minute}${second ? `:${second}${fraction ?? ''}` : ''}${zone}`;
  return { date, time };
}

/** The primary subtag of a language tag (`de-DE`, `en_GB`, `"de, en"`), lower case. */
export function parseLanguage(value: string | null | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (!first || !/^[a-z]{2,3}$/.test(first) || NO_LANGUAGE.has(first)) return undefined;
  return first;
}

/** The article's node from JSON-LD first, then the others, for reading one property. */
function readJsonLdProperty(nodes: readonly JsonLdNode[], key: string): string[] {
  const articles = nodes.filter(isArticleJsonLd);
  const others = nodes.filter((node) => !isArticleJsonLd(node));
  return [...articles, ...others]
    .map((node) => readJsonLdString(node, key))
    .filter((value): value is string => value !== undefined);
}

function readPublisherName(nodes: readonly JsonLdNode[]): string | undefined {
  for (const node of nodes.filter(isArticleJsonLd)) {
    const publisher = Array.isArray(node['publisher']) ? node['publisher'][0] : node['publisher'];
    if (typeof publisher === 'object' && publisher !== null) {
      const name = readJsonLdString(publisher as JsonLdNode, 'name');
      if (name) return name;
    }
  }
  return undefined;
}

/** Whether `element` lies under the region's root and in none of its excluded parts. */
function isInRegion(region: ArticleRegion, element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current === region.root) return true;
    if (region.isExcluded(current)) return false;
  }
  return false;
}

/** The `datetime`s of the region's `<time>` elements, marked publication dates first. */
function readTimeElements(region: ArticleRegion): string[] {
  const times = Array.from(region.root.querySelectorAll('time[datetime]')).filter((time) =>
    isInRegion(region, time),
  );
  const isMarked = (time: Element): boolean =>
    time.hasAttribute('pubdate') ||
    /(?:^|\s)datePublished(?:\s|$)/.test(time.getAttribute('itemprop') ?? '');
  return [...times.filter(isMarked), ...times.filter((time) => !isMarked(time))].map(
    (time) => time.getAttribute('datetime') ?? '',
  );
}

/** The text of the region's first `<h1>` outside its excluded parts. */
function readHeadline(region: ArticleRegion): string | undefined {
  for (const heading of Array.from(region.root.querySelectorAll('h1'))) {
    if (!isInRegion(region, heading)) continue;
    const text = normalizeSpace(heading.textContent ?? '');
    if (text) return text;
  }
  return undefined;
}

/**
 * Reads the page's metadata. Title: `og:title`, else the article's `<h1>`, else `<title>`.
 * Language: `<html lang>`, `og:locale`, JSON-LD `inLanguage`, `Content-Language`. Publication
 * date: `article:published_time`, JSON-LD `datePublished`, microdata `datePublished`, a `<time>`
 * in the article, a `date`-like meta tag; the first that parses as an ISO 8601 date wins. Site:
 * `og:site_name`, the JSON-LD publisher, `application-name`. Pass the page's `region` when it is
 * at hand; otherwise it is found when needed.
 */
export function readPageMetadata(doc: Document, region?: ArticleRegion): PageMetadata {
  let foundRegion = region;
  const getRegion = (): ArticleRegion => (foundRegion ??= findArticleRegion(doc));
  const jsonLd = readJsonLd(doc);

  // `doc.title` may be missing on an XML document, whatever the DOM types say.
  const title = normalizeSpace(
    readMeta(doc, 'og:title') ?? readHeadline(getRegion()) ?? doc.title ?? '',
  ).slice(0, MAX_TITLE_LENGTH);

  const languageCandidates: (() => string | null | undefined)[] = [
    () => doc.documentElement?.getAttribute('lang'),
    () => readMeta(doc, 'og:locale'),
    () => readJsonLdProperty(jsonLd, 'inLanguage')[0],
    () => readMeta(doc, 'content-language', ['http-equiv']),
  ];
  let language: string | undefined;
  for (const candidate of languageCandidates) {
    language = parseLanguage(candidate());
    if (language) break;
  }

  const dateCandidates: (() => readonly (string | null | undefined)[])[] = [
    () => PUBLISHED_META_KEYS.map((key) => readMeta(doc, key)),
    () => readJsonLdProperty(jsonLd, 'datePublished'),
    () =>
      Array.from(doc.querySelectorAll('[itemprop~="datePublished"]')).map(
        (element) => element.getAttribute('content') ?? element.getAttribute('datetime'),
      ),
    () => readTimeElements(getRegion()),
    () => DATE_META_KEYS.map((key) => readMeta(doc, key)),
  ];
  let published: { date: string; time?: string } | undefined;
  for (const candidates of dateCandidates) {
    for (const value of candidates()) {
      published = parsePublicationDate(value);
      if (published) break;
    }
    if (published) break;
  }

  const siteName =
    readMeta(doc, 'og:site_name') ?? readPublisherName(jsonLd) ?? readMeta(doc, 'application-name');

  return {
    title,
    ...(language && { language }),
    ...(published && { publishedAt: published.date }),
    ...(published?.time && { publishedAtTime: published.time }),
    ...(siteName && { siteName: normalizeSpace(siteName).slice(0, MAX_TITLE_LENGTH) }),
  };
}
