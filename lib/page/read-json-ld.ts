/**
 * Reads a page's JSON-LD (`<script type="application/ld+json">`) defensively: the scripts are
 * written by the page, so they may be huge, nested without end or not JSON at all. Whatever does
 * not parse is skipped; nothing here throws.
 */

/** A JSON-LD object, as parsed. Every value is unknown: check before use. */
export type JsonLdNode = Readonly<Record<string, unknown>>;

/** Scripts longer than this are skipped unread: no news page needs a megabyte of metadata. */
export const MAX_JSON_LD_CHARS = 1_000_000;
/** At most this many scripts are read per page. */
export const MAX_JSON_LD_SCRIPTS = 32;
/** At most this many objects and arrays are visited per script. */
export const MAX_JSON_LD_VALUES = 10_000;

/** schema.org types (and subtypes) whose object describes the article the page shows. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', // the general type, used by many German sites
  'NewsArticle', // the usual one on news sites
  'ReportageNewsArticle', // reportage
  'AnalysisNewsArticle', // analysis
  'BackgroundNewsArticle', // background, explainers
  'OpinionNewsArticle', // commentary and op-eds
  'ReviewNewsArticle', // reviews
  'AskPublicNewsArticle', // call-outs to readers
  'LiveBlogPosting', // live tickers
  'BlogPosting', // blog-style articles
  'Report', // reports (a schema.org Article subtype)
]);

/** A parse of `source`, or undefined; retried once without the raw control characters that CMSs leave in `articleBody`. */
function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // Raw line breaks and tabs inside strings are invalid JSON but common; as spaces they are not.
    // Also drops CDATA and comment wrappers some CMSs put around the object.
    const repaired = source
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
      .replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every JSON-LD object on the page that has an `@type`, in document order and depth first:
 * top-level objects, arrays of them, `@graph` members and nested objects (a `WebPage`'s
 * `mainEntity`) alike.
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  // By hand, not by selector: the type is case-insensitive and happy-dom ignores the `i` flag.
  const scripts = Array.from(doc.getElementsByTagName('script'))
    .filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    .slice(0, MAX_JSON_LD_SCRIPTS);
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let budget = MAX_JSON_LD_VALUES;
    const stack: unknown[] = [parseJson(source)];
    while (stack.length > 0 && budget > 0) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        budget--;
        for (let item = value.length - 1; item >= 0; item--) stack.push(value[item]);
      } else if (isObject(value)) {
        budget--;
        if ('@type' in value) nodes.push(value);
        const values = Object.values(value);
        for (let item = values.length - 1; item >= 0; item--) stack.push(values[item]);
      }
    }
  }
  return nodes;
}

/** The node's types without vocabulary prefixes: `"schema:NewsArticle"` and `"https://schema.org/NewsArticle"` are both `NewsArticle`. */
export function readJsonLdTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const types = Array.isArray(raw) ? raw : [raw];
  return types
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1));
}

/** Whether the node describes an article (any of `ARTICLE_TYPES`). */
export function isArticleJsonLd(node: JsonLdNode): boolean {
  return readJsonLdTypes(node).some((type) => ARTICLE_TYPES.has(type));
}

/** A string property, trimmed; undefined when absent, empty or not a string. */
export function readJsonLdString(node: JsonLdNode, key: string): string | undefined {
  let value = node[key];
  // Some sites give a one-element array, or a language-tagged `{ "@value": … }`.
  if (Array.isArray(value)) value = value[0];
  if (isObject(value)) value = value['@value'];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}
