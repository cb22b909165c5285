/**
 * Page furniture inside an article's root: the parts that sit among the article's own text but
 * are not the article. Sites wrap their stories with teaser cards, "more on this topic" boxes,
 * tag lists, most-read lists and recirculation, often in markup whose classes say nothing
 * (zdfheute.de's and t-online.de's are generated). What gives them away is their shape, as
 * Readability and trafilatura judge it: text that is mostly links, a box headed by a label such
 * as "Mehr zum Thema", a card whose heading is a link to another story.
 *
 * Heuristics over markup only (no layout), so they run the same in happy-dom as on the page.
 */
import type { Steps } from '../async/run-sliced';
import { isSkipped } from '../dom/collect-text';

/** A block whose link text is more than this share of its text is a list of links, not prose. */
export const MAX_LINK_DENSITY = 0.5;
/** A card (a teaser to another story) holds at most this many characters of text. */
export const MAX_CARD_CHARS = 400;
/** A box headed by a furniture label holds at most this much text, unless it is mostly links. */
export const MAX_LABELLED_BOX_CHARS = 2_000;
/** A labelled box with more text is still furniture from this link density on. */
const MIN_LABELLED_BOX_LINK_DENSITY = 0.25;
/**
 * A part that holds more than this share of the root's text is never furniture: whatever its
 * shape, it is where the article is.
 */
export const MAX_FURNITURE_SHARE = 0.5;
/** Elements walked between pauses. */
const ELEMENTS_PER_STEP = 2_000;

/** Elements that may be furniture as a whole: blocks and lists, never inline text or a paragraph. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'dd',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'header',
  'li',
  'ol',
  'section',
  'table',
  'tbody',
  'td',
  'tr',
  'ul',
]);

/** Elements that are a card when their heading links elsewhere and their text is short. */
const CARD_ELEMENTS: ReadonlySet<string> = new Set(['article', 'li']);

const HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Headings (lower case, without a trailing colon or count) that announce a part of the page that
 * is no article text.
 */
export const FURNITURE_LABELS: ReadonlySet<string> = new Set([
  'mehr zum thema', // related articles (German)
  'more on this topic', // related articles
  'more on this story', // related articles
  'related', // related articles
  'related articles', // related articles
  'related stories', // related articles
  'related content', // related articles
  'related topics', // topic links
  'read more', // links to other articles
  'read next', // links to other articles
  'more from', // links to other articles ("More from BBC")
  'lesen sie auch', // links to other articles (German)
  'lesen sie mehr', // links to other articles (German)
  'auch interessant', // recommendations (German)
  'das könnte sie auch interessieren', // recommendations (German)
  'das könnte sie interessieren', // recommendations (German)
  'die redaktion empfiehlt', // recommendations (dw.com)
  'empfehlungen', // recommendations (German)
  'weitere artikel', // links to other articles (German)
  'weitere nachrichten', // links to other articles (German)
  'artikel zum thema', // related articles (jungle.world)
  'zum selben thema', // related articles (euronews, German)
  'audio und video zum thema', // related media (dw.com)
  'mehr videos', // video playlists (German)
  'weitere videos', // video playlists (German)
  'more videos', // video playlists
  'neueste artikel', // latest articles (t-online.de)
  'neueste nachrichten', // latest articles (German)
  'latest news', // latest articles
  'latest stories', // latest articles
  'top stories', // front-page teasers
  'meistgelesen', // most-read lists (German)
  'meistgelesene artikel', // most-read lists (German)
  'meist gelesen', // most-read lists (German)
  'most read', // most-read lists
  'most viewed', // most-read lists (yna.co.kr)
  'most popular', // most-read lists
  'trending', // most-read lists
  'you may also like', // recommendations
  'recommended', // recommendations
  'recommended for you', // recommendations
  'themen', // topic tags (German)
  'schlagwörter', // topic tags (German)
  'keywords', // topic tags
  'tags', // topic tags
  'topics', // topic tags
  'kommentare', // comment sections (German)
  'leserkommentare', // comment sections (German)
  'comments', // comment sections
  'newsletter', // newsletter promos
]);

/** Text squeezed to single spaces and trimmed, lower case, without a trailing colon or count. */
function normalizeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^\d+\s+/, '') // "12 Kommentare"
    .replace(/\s*\(\d+\)$/, '') // "Kommentare (12)"
    .replace(/\s*[:.…]+$/, ''); // "Mehr zum Thema:"
}

/** Longer headings are the article's own sub-headings, not box labels. */
const MAX_LABEL_LENGTH = 80;

/** Whether `text` (a heading, an `aria-label`) announces furniture (see `FURNITURE_LABELS`). */
export function isFurnitureLabel(text: string): boolean {
  return text.length <= MAX_LABEL_LENGTH && FURNITURE_LABELS.has(normalizeLabel(text));
}

/** What the walk learns of an element's subtree. */
interface Shape {
  /** Characters of text, white space not counted. */
  text: number;
  /** Of those, the characters inside links. */
  linkText: number;
  /** The heading the subtree's text starts with, if it starts with one. */
  leadHeading?: string;
  /** Whether it holds a heading that is a link or sits in one (a teaser's title). */
  hasLinkedHeading: boolean;
}

export interface FurnitureOptions {
  /** Parts already left out: not walked, and not counted. */
  isExcluded: (element: Element) => boolean;
  /** The article's headline: what holds it is never furniture. */
  headline?: Element;
}

/**
 * Whether `element` links to another page: an `<a>` with an `href` that is not a place in this
 * one. An anchor without one, a jump to a footnote or a heading of the article ("#fn1"), or a
 * live-blog entry's link to itself is article text like the words around it.
 */
function isLinkElsewhere(element: Element): boolean {
  if (element.localName !== 'a') return false;
  const href = element.getAttribute('href')?.trim();
  if (href === undefined || href === '' || href.startsWith('#')) return false;
  // A live blog's entries link their headings to themselves: this page's address and a fragment.
  let target: URL;
  try {
    target = new URL(href, element.baseURI);
  } catch {
    // A page without an address of its own (a saved page read without --url) cannot place a
    // relative link: it leads elsewhere, as nearly every link does.
    return true;
  }
  const page = element.ownerDocument.URL;
  return target.href.split('#')[0] !== page.split('#')[0];
}

function countText(data: string): number {
  let count = 0;
  for (let index = 0; index < data.length; index++) {
    const code = data.charCodeAt(index);
    // Space, tab, line breaks, form feed and no-break space: what a reader does not count.
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 160) {
      count += 1;
    }
  }
  return count;
}

/**
 * The element to close once its children are done, in the walk's stack. A class, so that it is
 * told from the nodes beside it by `instanceof` (an `<a>` has a `shape` property of its own).
 */
class Open {
  /** Whether the subtree's text has begun (its lead heading, if any, is settled). */
  started = false;
  readonly shape: Shape = { text: 0, linkText: 0, hasLinkedHeading: false };

  constructor(
    readonly element: Element,
    /** Whether the element links elsewhere (`isLinkElsewhere`). */
    readonly isLink: boolean,
    /** Whether it or one of its ancestors in the walk does. */
    readonly isInLink: boolean,
  ) {}
}

/**
 * The furniture under `root` (never `root` itself): elements whose whole subtree is no article
 * text. Steps that may pause every few thousand elements.
 */
export function* findFurnitureSteps(root: Element, options: FurnitureOptions): Steps<Set<Element>> {
  const { headline, isExcluded } = options;
  const shapes: { element: Element; shape: Shape }[] = [];
  // An explicit stack (deep pages must not overflow the call stack): elements are opened on the
  // way down and closed, their shape added to their parent's, on the way back up.
  const path: Open[] = [];
  const pending: (Node | Open)[] = [root];
  let walked = 0;
  const addToParent = (shape: Shape, node: Element | undefined): void => {
    const parent = path[path.length - 1];
    if (!parent) return;
    parent.shape.text += shape.text;
    parent.shape.linkText += shape.linkText;
    parent.shape.hasLinkedHeading ||= shape.hasLinkedHeading;
    // A part that starts with a label left out still starts its parent with that label.
    if (!parent.started && (shape.text > 0 || shape.leadHeading !== undefined)) {
      parent.started = true;
      parent.shape.leadHeading =
        node && HEADINGS.has(node.localName) ? (node.textContent ?? '') : shape.leadHeading;
    }
  };
  while (pending.length > 0) {
    const entry = pending.pop()!;
    if (entry instanceof Open) {
      path.pop();
      const { element, shape } = entry;
      if (entry.isLink) shape.linkText = shape.text;
      if (HEADINGS.has(element.localName) && (shape.linkText > 0 || entry.isInLink)) {
        shape.hasLinkedHeading = true;
      }
      shapes.push({ element, shape });
      addToParent(shape, element);
      continue;
    }
    if (entry.nodeType === 3) {
      const text = countText((entry as Text).data);
      if (text > 0) addToParent({ text, linkText: 0, hasLinkedHeading: false }, undefined);
      continue;
    }
    if (entry.nodeType !== 1) continue;
    const element = entry as Element;
    if (element !== root && isSkipped(element)) continue;
    if (element !== root && isExcluded(element)) {
      // Left out, and not counted; but a label it starts with ("<div><h2>Die Redaktion
      // empfiehlt</h2></div>", left out as a labelled box of its own) still heads the box
      // around it (dw.com).
      const label = findLeadLabel(element);
      const parent = path[path.length - 1];
      if (label !== undefined && parent && !parent.started) {
        parent.started = true;
        parent.shape.leadHeading = label;
      }
      continue;
    }
    walked += 1;
    if (walked % ELEMENTS_PER_STEP === 0) yield;
    const isLink = isLinkElsewhere(element);
    const open = new Open(element, isLink, isLink || (path[path.length - 1]?.isInLink ?? false));
    path.push(open);
    pending.push(open);
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  }

  const rootText = shapes[shapes.length - 1]?.shape.text ?? 0;
  // What holds the headline is never furniture: its ancestors, found once.
  const holdsHeadline = new Set<Element>();
  for (
    let ancestor: Element | null = headline ?? null;
    ancestor;
    ancestor = ancestor.parentElement
  ) {
    holdsHeadline.add(ancestor);
  }
  const furniture = new Set<Element>();
  for (let index = 0; index < shapes.length; index++) {
    if (index > 0 && index % ELEMENTS_PER_STEP === 0) yield;
    const { element, shape } = shapes[index]!;
    if (element === root || shape.text === 0) continue;
    if (!BLOCK_CONTAINERS.has(element.localName)) continue;
    if (shape.text > MAX_FURNITURE_SHARE * rootText) continue;
    if (holdsHeadline.has(element)) continue;
    if (isFurniture(element, shape)) furniture.add(element);
  }
  return furniture;
}

/**
 * The furniture label a left-out element is: a heading with one, or a wrapper of nothing but one
 * (dw.com's "<div><h2>Die Redaktion empfiehlt</h2></div>"). A left-out box that holds more than
 * its label is furniture of its own, and says nothing of what stands around it.
 */
function findLeadLabel(element: Element): string | undefined {
  let heading: Element | null = element;
  while (heading && !HEADINGS.has(heading.localName)) heading = heading.firstElementChild;
  const text = heading?.textContent ?? '';
  if (!heading || !isFurnitureLabel(text)) return undefined;
  const squeeze = (value: string) => value.replace(/\s+/g, ' ').trim();
  return squeeze(element.textContent ?? '') === squeeze(text) ? text : undefined;
}

function isFurniture(element: Element, shape: Shape): boolean {
  const linkDensity = shape.linkText / shape.text;
  if (linkDensity > MAX_LINK_DENSITY) return true;
  if (shape.leadHeading !== undefined && isFurnitureLabel(shape.leadHeading)) {
    return shape.text <= MAX_LABELLED_BOX_CHARS || linkDensity >= MIN_LABELLED_BOX_LINK_DENSITY;
  }
  return (
    CARD_ELEMENTS.has(element.localName) && shape.hasLinkedHeading && shape.text <= MAX_CARD_CHARS
  );
}
