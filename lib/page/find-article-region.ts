/**
 * Finds the part of a news page that is the article: its headline, kicker, teaser, body and
 * captions, without the site's navigation, header and footer, sidebars, "more on this topic"
 * boxes, comments, cookie banners, forms and promos. Heuristics over markup only (no layout, no
 * computed style), so they run the same in happy-dom as on the page.
 *
 * The region is a root plus a predicate for the parts under it that are left out, which is what
 * `collectText(root, { isExcluded })` takes.
 */
import { runToEnd, type Steps } from '../async/run-sliced';
import { findFurnitureSteps, isFurnitureLabel, MAX_LABELLED_BOX_CHARS } from './find-furniture';
import {
  ARTICLE_TYPES,
  isArticleJsonLd,
  readJsonLd,
  readJsonLdString,
  type JsonLdNode,
} from './read-json-ld';

/** Which heuristic found the region, strongest first. */
export type ArticleRegionSource = 'article' | 'articleBody' | 'json-ld' | 'densest-block' | 'body';

/** The article on a page: `root` minus the elements `isExcluded` says are not article text. */
export interface ArticleRegion {
  root: Element;
  /**
   * Whether `element`, met on the way down from `root`, starts a part that is not article text
   * (its whole subtree is left out). Looks at the element alone, not at its ancestors; `root`
   * itself is never excluded.
   */
  isExcluded(element: Element): boolean;
  source: ArticleRegionSource;
}

/**
 * Below this much paragraph text an `<article>` that does not hold the headline is taken for a
 * teaser card (many sites mark every teaser up as an `<article>`).
 */
export const MIN_ARTICLE_PROSE = 300;
/** Below this much paragraph text the densest block is no article, unless JSON-LD says there is one. */
export const MIN_DENSE_PROSE = 400;
/** How many levels above the found root the region may widen to take in a headline outside it. */
export const MAX_WIDEN_LEVELS = 3;
/**
 * Widening to take in the headline may add at most this share of the root's paragraph text: more
 * means the wrapper holds other articles too.
 */
export const MAX_WIDEN_EXTRA_SHARE = 0.25;
/** Paragraphs shorter than this say little about where the article is (bylines, datelines). */
export const MIN_PARAGRAPH_LENGTH = 25;
/** Titles and headings shorter than this are not compared: too many headings would match. */
const MIN_TITLE_LENGTH = 12;
/** At most this many paragraphs are compared against a JSON-LD `articleBody`. */
export const MAX_HINT_PARAGRAPHS = 500;
/** At most this much of a JSON-LD `articleBody` is searched: longer ones are no news article. */
export const MAX_HINT_CHARS = 100_000;
/** Paragraphs measured between pauses: a few milliseconds of work. */
const PARAGRAPHS_PER_STEP = 300;

/** Elements (by `localName`) that are never article text. */
const EXCLUDED_ELEMENTS: ReadonlySet<string> = new Set([
  'nav', // site, section and in-article navigation
  'aside', // sidebars, "more on this topic" boxes
  'form', // search, login, comment and newsletter forms (but see `isPageForm`)
  'dialog', // overlays: consent, newsletter and paywall prompts
]);

/** ARIA roles (tokens of `role`) whose element is never article text. */
const EXCLUDED_ROLES: ReadonlySet<string> = new Set([
  'navigation', // a <nav> by another name
  'banner', // the site header
  'contentinfo', // the site footer
  'complementary', // an <aside> by another name
  'search', // the site search
  'dialog', // consent and paywall overlays
  'alertdialog', // consent overlays that demand an answer
  'menu', // menus
  'menubar', // menu bars
  'toolbar', // share bars and article tools
]);

/**
 * Ancestors under which a `<header>` or `<footer>` belongs to a section of the page rather than
 * to the whole site (the rule by which browsers give them the banner and contentinfo roles).
 */
const SECTIONING_ELEMENTS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'main',
  'nav',
  'section',
]);

/**
 * Words in an element's `class` or `id` that mark it as no article text. Class and id are split
 * into words at non-letters and at camelCase humps and compared whole, so that "article-commentary"
 * or "recomment" do not match "comment".
 */
const EXCLUDED_CLASS_WORDS: ReadonlySet<string> = new Set([
  'comment', // a reader comment
  'comments', // comment sections
  'kommentare', // German comment sections; not the singular "Kommentar", the opinion genre
  'leserkommentar', // a German reader comment
  'leserkommentare', // German comment sections
  'kommentarbereich', // German comment sections
  'disqus', // the Disqus comment widget ("disqus_thread")
  'cookie', // cookie banners
  'cookies', // cookie banners
  'cookiebot', // the Cookiebot banner ("CybotCookiebotDialog")
  'consent', // consent managers
  'cmpbox', // the consentmanager.net banner (not "cmp" alone: Adobe AEM prefixes every component with it)
  'cmpwrapper', // the consentmanager.net banner
  'gdpr', // consent banners
  'didomi', // the Didomi consent manager
  'onetrust', // the OneTrust consent manager
  'usercentrics', // the Usercentrics consent manager
  'related', // "related articles"
  'recommended', // recommendation boxes
  'recommendations', // recommendation boxes
  'outbrain', // the Outbrain recommendation widget
  'taboola', // the Taboola recommendation widget
  'newsletter', // newsletter promos
  'subscribe', // subscription promos
  'promo', // promos
  'share', // share bars
  'sharing', // share bars
  'partage', // share bars, in French (euronews: "c-article-partage-commentaire-popup")
  'commentaire', // a reader comment, in French
  'commentaires', // comment sections, in French
  'shariff', // the Shariff share bar (heise.de's privacy-friendly buttons)
  'social', // social media buttons
  'breadcrumb', // breadcrumb navigation
  'breadcrumbs', // breadcrumb navigation
  'masthead', // the site header
  'ad', // advertisements
  'ads', // advertisements
  'advert', // advertisements
  'advertisement', // advertisements
  'anzeige', // advertisements (German)
  'sponsored', // sponsored content
  'teaserlist', // lists of teasers to other articles
  'tags', // topic tag lists, which repeat names the article already has
  'keyword', // topic tag lists (yna.co.kr's "keyword-zone")
  'keywords', // topic tag lists
  'schlagworte', // topic tag lists (German)
  'credit', // photo credits ("Foto: REUTERS"), which name agencies, not what the story is about
  'credits', // photo credits
  'copyright', // photo credits ("Bildrechte: Reuters" on br.de)
  'bildnachweis', // photo credits (German)
  'bildrechte', // photo credits (German)
  'playlist', // video playlists
  'recirculation', // links to other stories (cbsnews.com)
  'recirc', // links to other stories
  'trending', // most-read lists
]);

/** Runs of words (see `EXCLUDED_CLASS_WORDS`) that mark an element as no article text. */
const EXCLUDED_CLASS_PHRASES: readonly string[] = [
  'paywall-prompt', // paywall prompts (not "paywall" alone: on some sites the article text that
  'paywall-overlay', // subscribers read sits in a "paywall" box)
  'paywall-banner', // paywall prompts
  'paywall-teaser', // paywall prompts
  'sp-message', // the Sourcepoint consent overlay ("sp_message_container_123")
  'qc-cmp2', // the Quantcast consent overlay
  'more-on-this-topic', // related articles (English)
  'mehr-zum-thema', // related articles (German)
  'teaser-list', // lists of teasers to other articles
  'read-more', // links to other articles
  'most-read', // most-read lists
  'site-header', // the site header, when it is a <div>
  'site-footer', // the site footer, when it is a <div>
  'tag-list', // topic tag lists
  'topic-tags', // topic tag lists (zdfheute.de's data-testid)
  'author-box', // the author's box under the story
  'author-bio', // the author's box under the story
  'latest-news', // latest-news lists
  'more-stories', // links to other stories
];

/** Elements whose first child heading (or `aria-label`) is checked against the furniture labels. */
const LABELLED_CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'ul', 'ol']);

/** Headings that label a container (an `<h1>` is the article's own). */
const LABEL_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Splits a `class` or `id` into lower-case words joined by `-`, with a `-` at either end. */
function toWordString(value: string): string {
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9äöüß]+/)
    .filter(Boolean);
  return `-${words.join('-')}-`;
}

/** Runs of words that contain an excluded word but say nothing about their element. */
const IGNORED_CLASS_PHRASES: readonly string[] = [
  'comments-open', // WordPress marks a post's state with it, on the post and on <body>
  'comments-closed', // likewise
];

function hasExcludedWords(value: string | null): boolean {
  if (!value) return false;
  let wordString = toWordString(value);
  for (const phrase of IGNORED_CLASS_PHRASES) wordString = wordString.replace(`-${phrase}-`, '-');
  for (const word of wordString.split('-')) if (EXCLUDED_CLASS_WORDS.has(word)) return true;
  return EXCLUDED_CLASS_PHRASES.some((phrase) => wordString.includes(`-${phrase}-`));
}

/** Text squeezed to single spaces and trimmed, as a reader sees it. */
function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hasExcludedLabel(element: Element): boolean {
  const label = element.getAttribute('aria-label');
  if (label !== null && isFurnitureLabel(label)) return true;
  if (!LABELLED_CONTAINERS.has(element.localName)) return false;
  const heading = element.firstElementChild;
  if (!heading || !LABEL_HEADINGS.has(heading.localName)) return false;
  // A long part under a label such as "Latest news" is a live page's own text, not a box: the
  // furniture's walk judges those by their links (lib/page/find-furniture.ts).
  return (
    isFurnitureLabel(heading.textContent ?? '') &&
    (element.textContent ?? '').length <= MAX_LABELLED_BOX_CHARS
  );
}

/**
 * A form around the whole page (ASP.NET WebForms pages wrap everything in one) holds the article;
 * any other form does not.
 */
function isPageForm(form: Element): boolean {
  return form.querySelector('article, main, h1, [itemprop~="articleBody"]') !== null;
}

function isPageRoot(element: Element): boolean {
  return element.localName === 'body' || element === element.ownerDocument.documentElement;
}

/**
 * A `<header>` or `<footer>` (or a pre-HTML5 `id="header"`) that belongs to the whole site: not
 * inside a sectioning element, nor inside an article root found by other means.
 */
function isSiteChrome(element: Element, root: Element | undefined): boolean {
  const isLandmark =
    element.localName === 'header' ||
    element.localName === 'footer' ||
    element.id === 'header' ||
    element.id === 'footer';
  if (!isLandmark) return false;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (SECTIONING_ELEMENTS.has(ancestor.localName)) return false;
    if (ancestor === root && !isPageRoot(root)) return false;
  }
  return true;
}

/** Whether the element alone (not its ancestors) is no article text, by the lists above. */
function isChrome(element: Element, root: Element | undefined): boolean {
  if (EXCLUDED_ELEMENTS.has(element.localName)) {
    return element.localName !== 'form' || !isPageForm(element);
  }
  if (isSiteChrome(element, root)) return true;
  const role = element.getAttribute('role');
  if (role && role.split(/\s+/).some((token) => EXCLUDED_ROLES.has(token.toLowerCase()))) {
    return true;
  }
  const itemprop = element.getAttribute('itemprop');
  if (itemprop && /(?:^|\s)comment(?:\s|$)/i.test(itemprop)) return true;
  if (/Comment$/.test(element.getAttribute('itemtype') ?? '')) return true;
  // Sites whose classes are generated name their parts in test ids (zdfheute.de, t-online.de).
  const named =
    hasExcludedWords(element.getAttribute('class')) ||
    hasExcludedWords(element.id) ||
    hasExcludedWords(element.getAttribute('data-testid'));
  return named || hasExcludedLabel(element);
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/** The exclusion test of a region: `isChrome`, but never the root nor what holds the headline. */
function createIsExcluded(
  root: Element | undefined,
  headline: Element | undefined,
): (element: Element) => boolean {
  return (element) => {
    if (element === root) return false;
    // The page itself is never left out, whatever its classes say.
    if (element.localName === 'body' || element.localName === 'html') return false;
    if (isHidden(element)) return true;
    if (!isChrome(element, root)) return false;
    // A header (or a wrapper with a "share" or "ad" class) that holds the headline is the
    // article's own (fr.de's article sits in an "id-Article--layoutAdRight").
    return !(headline && element.contains(headline));
  };
}

/**
 * Whether an element lies in an excluded part of the page (itself or an ancestor excluded),
 * memoized so that asking for every paragraph of a deep page costs one walk up per element.
 */
function createIsInExcludedPart(
  isExcluded: (element: Element) => boolean,
): (element: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (element) => {
    const unresolved: Element[] = [];
    let inherited = false;
    for (let current: Element | null = element; current; current = current.parentElement) {
      const known = memo.get(current);
      if (known !== undefined) {
        inherited = known;
        break;
      }
      unresolved.push(current);
    }
    for (let index = unresolved.length - 1; index >= 0; index--) {
      const current = unresolved[index]!;
      inherited = inherited || isExcluded(current);
      memo.set(current, inherited);
    }
    return inherited;
  };
}

/** Whether a heading sits in a breadcrumb trail, where many sites repeat the title as an `<h1>`. */
function isInBreadcrumb(heading: Element): boolean {
  for (let ancestor = heading.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (ancestor.localName === 'body') return false;
    for (const value of [
      ancestor.getAttribute('class'),
      ancestor.id,
      ancestor.getAttribute('data-testid'),
    ]) {
      if (value && /-breadcrumbs?-/.test(toWordString(value))) return true;
    }
  }
  return false;
}

/** The page's JSON-LD article, parsed once and only when first asked for. */
type ArticleJsonLd = () => JsonLdNode | undefined;

function createArticleJsonLd(doc: Document): ArticleJsonLd {
  let found: { node: JsonLdNode | undefined } | undefined;
  return () => (found ??= { node: readJsonLd(doc).find(isArticleJsonLd) }).node;
}

/** The titles the page gives itself (`og:title`, JSON-LD `headline`), squeezed. */
function readTitleHints(doc: Document, articleJsonLd: ArticleJsonLd): string[] {
  const hints: string[] = [];
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (ogTitle) hints.push(ogTitle);
  const jsonLd = articleJsonLd();
  const headline = jsonLd && readJsonLdString(jsonLd, 'headline');
  if (headline) hints.push(headline);
  return hints.map(normalizeSpace).filter((hint) => hint.length >= MIN_TITLE_LENGTH);
}

function matchesTitle(heading: Element, hints: readonly string[]): boolean {
  const text = normalizeSpace(heading.textContent ?? '');
  if (text.length < MIN_TITLE_LENGTH) return false;
  return hints.some((hint) => hint.includes(text) || text.includes(hint));
}

/**
 * The article's headline: the first `<h1>` inside an `<article>`, `<main>` or schema.org article,
 * else the first `<h1>` outside the site's navigation, sidebars, footer and navigation-bearing
 * header (where a logo `<h1>` sits), else an `itemprop="headline"`. An `<h1>` in a breadcrumb
 * trail is no headline (fr.de, welt.de, t-online.de and zdfheute.de repeat the title there): the
 * heading that carries the page's own title (`og:title`, JSON-LD) is, `<h1>` or `<h2>`.
 */
function findHeadline(doc: Document, articleJsonLd: ArticleJsonLd): Element | undefined {
  const headings = Array.from(doc.querySelectorAll('h1')).filter(
    (heading) => normalizeSpace(heading.textContent ?? '').length > 0 && !isInBreadcrumb(heading),
  );
  const inArticle = headings.find((heading) =>
    heading.closest('article, main, [itemtype*="Article"]'),
  );
  if (inArticle) return inArticle;
  const isOutsideChrome = (heading: Element): boolean =>
    !heading.closest('nav, aside, footer, [role~="navigation"], [role~="banner"]') &&
    !heading.closest('header')?.querySelector('nav');
  const outsideChrome = headings.find(isOutsideChrome);
  if (outsideChrome) return outsideChrome;
  const hints = readTitleHints(doc, articleJsonLd);
  const titled = Array.from(doc.querySelectorAll('h1, h2')).find(
    (heading) =>
      isOutsideChrome(heading) && !isInBreadcrumb(heading) && matchesTitle(heading, hints),
  );
  return titled ?? doc.querySelector('[itemprop~="headline"]') ?? undefined;
}

/**
 * The paragraphs of `container` that lie in no excluded part, with their "prose": text length
 * minus link text, in document order.
 */
function* measureParagraphs(
  container: ParentNode,
  isInExcludedPart: (element: Element) => boolean,
): Steps<Map<Element, number>> {
  const measured = new Map<Element, number>();
  let visited = 0;
  for (const paragraph of Array.from(container.querySelectorAll('p'))) {
    // A page of ten thousand paragraphs takes tens of milliseconds to measure: in steps.
    visited += 1;
    if (visited % PARAGRAPHS_PER_STEP === 0) yield;
    if (isInExcludedPart(paragraph)) continue;
    const length = normalizeSpace(paragraph.textContent ?? '').length;
    if (length === 0) continue;
    let linkLength = 0;
    for (const link of Array.from(paragraph.querySelectorAll('a'))) {
      linkLength += normalizeSpace(link.textContent ?? '').length;
    }
    // Link text counts against a paragraph: a list of links is navigation, not prose.
    measured.set(paragraph, Math.max(0, length - linkLength));
  }
  return measured;
}

/** What the pickers share: the page, its headline and the exclusion test without a root. */
interface PageContext {
  doc: Document;
  articleJsonLd: ArticleJsonLd;
  headline: Element | undefined;
  isInExcludedPart: (element: Element) => boolean;
  /** The page's paragraphs outside excluded parts, measured once. */
  proseByParagraph: Map<Element, number>;
}

/** The prose of the measured paragraphs under `container`. */
function measureProse(context: PageContext, container: Element): number {
  let prose = 0;
  for (const paragraph of Array.from(container.querySelectorAll('p'))) {
    prose += context.proseByParagraph.get(paragraph) ?? 0;
  }
  return prose;
}

function isInExcludedAncestor(context: PageContext, element: Element): boolean {
  return element.parentElement !== null && context.isInExcludedPart(element.parentElement);
}

/**
 * The `<article>` with the most paragraph text, counted double for the one holding the headline;
 * nested articles (comments, by the HTML spec) lose to the one around them. Teaser cards (little
 * text, no headline in or just outside them) do not count.
 */
function pickArticleElement(context: PageContext): Element | undefined {
  let best: Element | undefined;
  let bestScore = -1;
  let bestProse = 0;
  for (const article of Array.from(context.doc.querySelectorAll('article'))) {
    // Its own class is not held against it: "kommentar", "comment" name opinion pieces too.
    if (isInExcludedAncestor(context, article)) continue;
    const prose = measureProse(context, article);
    const holdsHeadline = context.headline !== undefined && article.contains(context.headline);
    const score = holdsHeadline ? 2 * prose + 1 : prose;
    if (score > bestScore) {
      best = article;
      bestScore = score;
      bestProse = prose;
    }
  }
  if (!best || bestProse >= MIN_ARTICLE_PROSE) return best;
  // A short article counts when the headline is its own, or sits just outside it.
  const { headline } = context;
  return headline && widenToHeadline(context, best).contains(headline) ? best : undefined;
}

/** Whether an `itemtype` names one of the article types ("https://schema.org/NewsArticle"). */
function isArticleItemType(itemtype: string | null): boolean {
  if (!itemtype) return false;
  return itemtype
    .split(/\s+/)
    .some((type) => ARTICLE_TYPES.has(type.slice(type.lastIndexOf('/') + 1)));
}

/**
 * The schema.org `articleBody`, widened to its `itemscope` article (or the `<article>` around it)
 * so the headline beside the body counts too.
 */
function pickArticleBody(context: PageContext): Element | undefined {
  const body = Array.from(context.doc.querySelectorAll('[itemprop~="articleBody"]')).find(
    (element) => !context.isInExcludedPart(element),
  );
  if (!body) return undefined;
  for (let ancestor = body.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (ancestor.localName === 'body') break;
    if (
      ancestor.hasAttribute('itemscope') &&
      isArticleItemType(ancestor.getAttribute('itemtype'))
    ) {
      return ancestor;
    }
  }
  return body.closest('article') ?? body;
}

/**
 * The container with the most paragraph text: each paragraph scores its text length minus its
 * link text for its parent and half that for its grandparent (paragraphs split into a few
 * wrappers still add up in the wrappers' parent). Only paragraphs that `accept` counts.
 */
function pickDensestBlock(
  context: PageContext,
  accept: (paragraph: Element) => boolean = () => true,
): { block: Element; score: number } | undefined {
  const scores = new Map<Element, number>();
  const add = (element: Element | null, score: number): void => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + score);
  };
  for (const [paragraph, prose] of context.proseByParagraph) {
    if (prose < MIN_PARAGRAPH_LENGTH || !accept(paragraph)) continue;
    add(paragraph.parentElement, prose);
    add(paragraph.parentElement?.parentElement ?? null, prose / 2);
  }
  let best: { block: Element; score: number } | undefined;
  for (const [block, score] of scores) {
    if (!best || score > best.score) best = { block, score };
  }
  return best;
}

/**
 * The block whose paragraphs are those of the JSON-LD `articleBody`: its text says which
 * paragraphs are the article's, though it is often shortened or differently spaced, so it is a
 * hint, not the text itself.
 */
function pickByJsonLdBody(context: PageContext, articleBody: string): Element | undefined {
  const bodyText = normalizeSpace(articleBody.slice(0, MAX_HINT_CHARS));
  let checked = 0;
  const picked = pickDensestBlock(context, (paragraph) => {
    if (checked++ >= MAX_HINT_PARAGRAPHS) return false;
    return bodyText.includes(normalizeSpace(paragraph.textContent ?? ''));
  });
  return picked?.block;
}

/**
 * Takes in a headline that sits just outside the found root (`<main><header><h1>…</header>
 * <article>…`): the nearest ancestor, at most `MAX_WIDEN_LEVELS` up, that holds both, as long as
 * it adds little paragraph text of its own.
 */
function widenToHeadline(context: PageContext, root: Element): Element {
  const { headline } = context;
  if (!headline || root.contains(headline)) return root;
  const rootProse = measureProse(context, root);
  let ancestor = root.parentElement;
  for (let level = 0; ancestor && level < MAX_WIDEN_LEVELS; level++) {
    if (ancestor.localName === 'body' || ancestor.localName === 'html') break;
    if (ancestor.contains(headline)) {
      const prose = measureProse(context, ancestor);
      return prose - rootProse <= MAX_WIDEN_EXTRA_SHARE * rootProse ? ancestor : root;
    }
    ancestor = ancestor.parentElement;
  }
  return root;
}

/**
 * The region around `root`: the page's exclusions, and the furniture among the article's own
 * text (`findFurnitureSteps`).
 */
function* createRegion(
  context: PageContext,
  root: Element,
  source: ArticleRegionSource,
): Steps<ArticleRegion> {
  // Asked of every element twice, by the furniture's walk and by the text model's: the words of
  // its class, id and test id are worked out once.
  const decided = new Map<Element, boolean>();
  const isExcludedByKind = createIsExcluded(root, context.headline);
  const isExcludedHere = (element: Element): boolean => {
    let excluded = decided.get(element);
    if (excluded === undefined) {
      excluded = isExcludedByKind(element);
      decided.set(element, excluded);
    }
    return excluded;
  };
  const furniture = yield* findFurnitureSteps(root, {
    isExcluded: isExcludedHere,
    headline: context.headline,
  });
  const isExcluded =
    furniture.size === 0
      ? isExcludedHere
      : (element: Element) => furniture.has(element) || isExcludedHere(element);
  return { root, source, isExcluded };
}

/**
 * The article region of `doc`, found by the first of these that applies: the main `<article>`;
 * the schema.org `articleBody` microdata; the block whose paragraphs a JSON-LD article's
 * `articleBody` contains; the block with the most paragraph text (accepted with less text when
 * JSON-LD says the page is an article); else the body. A headline just outside the found block is
 * taken in, and the page furniture inside it (teaser cards, link lists, labelled boxes) left out.
 * Never throws; on a page without a body the root is the document element.
 */
export function findArticleRegion(doc: Document): ArticleRegion {
  return runToEnd(findArticleRegionSteps(doc));
}

/** The same work as `findArticleRegion`, as steps that may pause (see `runInSlices`). */
export function* findArticleRegionSteps(doc: Document): Steps<ArticleRegion> {
  const articleJsonLd = createArticleJsonLd(doc);
  const headline = findHeadline(doc, articleJsonLd);
  const isInExcludedPart = createIsInExcludedPart(createIsExcluded(undefined, headline));
  const context: PageContext = {
    doc,
    articleJsonLd,
    headline,
    isInExcludedPart,
    proseByParagraph: yield* measureParagraphs(doc.body ?? doc.documentElement, isInExcludedPart),
  };
  const { root, source } = pickRoot(context);
  return yield* createRegion(context, root, source);
}

/** The region's root, by the first heuristic that applies (see `findArticleRegion`). */
function pickRoot(context: PageContext): { root: Element; source: ArticleRegionSource } {
  const { doc } = context;
  const article = pickArticleElement(context);
  const articleBody = pickArticleBody(context);
  if (article && (!articleBody || article.contains(articleBody))) {
    return { root: widenToHeadline(context, article), source: 'article' };
  }
  if (articleBody) {
    // Outside any main <article>: the microdata marks the real one; those <article>s are teasers.
    return { root: widenToHeadline(context, articleBody), source: 'articleBody' };
  }

  const jsonLd = context.articleJsonLd();
  const jsonLdBody = jsonLd && readJsonLdString(jsonLd, 'articleBody');
  const hinted = jsonLdBody ? pickByJsonLdBody(context, jsonLdBody) : undefined;
  if (hinted && !isPageRoot(hinted)) {
    return { root: widenToHeadline(context, hinted), source: 'json-ld' };
  }

  const densest = pickDensestBlock(context);
  const minProse = jsonLd ? 0 : MIN_DENSE_PROSE;
  if (densest && densest.score >= minProse && !isPageRoot(densest.block)) {
    return { root: widenToHeadline(context, densest.block), source: 'densest-block' };
  }

  return { root: doc.body ?? doc.documentElement, source: 'body' };
}
