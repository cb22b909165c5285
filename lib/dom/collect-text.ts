/**
 * Flattens the readable text under a root into one string, with a map back to the Text nodes it
 * came from. The page's DOM is only read, never changed.
 *
 * The string is the nodes' data verbatim (soft hyphens, zero-width characters and all), so an
 * offset inside a Text node's run maps 1:1 to an offset in that node. Between runs the collector
 * puts a single `BLOCK_SEPARATOR` (U+2029) where a block boundary or a `<br>` separates them, so words never run
 * across blocks while inline markup (`Kim <b>Jong</b> Un`) stays one run of words. The walk is
 * iterative (an explicit stack, no recursion), so deep or huge pages cannot overflow the call
 * stack, and it can run in slices (`createTextCollector`).
 */

import { BLOCK_SEPARATOR } from '../text/block-separator';

/** A run of the flattened text that comes from one Text node. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the flattened text. */
  start: number;
}

export interface CollectedText {
  text: string;
  /** One per collected Text node, in text order (so sorted by `start`). */
  segments: TextSegment[];
  /** Where each Text node's characters start in `text`. */
  startByNode: Map<Text, number>;
}

export interface CollectTextOptions {
  /**
   * Leaves out `element` and everything under it, on top of the built-in skip list: for example
   * the parts of an article region that are not the article (`findArticleRegion`). Called once
   * per element met on the way down, the root included.
   */
  isExcluded?: (element: Element) => boolean;
}

/** A text collection that runs in slices, so a big page never blocks its main thread for long. */
export interface TextCollector {
  /**
   * Walks at most `budgetNodes` more nodes (at least one). True when the walk is done. The tree is
   * read as it is at each step: a caller that sees the page change between slices starts over.
   */
  step(budgetNodes: number): boolean;
  /** The collected text; finishes the walk first if it is not done yet. */
  result(): CollectedText;
}

/** Marks Kontext's own UI, which is never read as page text. */
export const KONTEXT_HOST_ATTRIBUTE = 'data-kontext-host';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';

/** Elements (by `localName`) whose content is not article text, or is not ours to touch. */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head', // title, meta and scripts, when the root is a whole document
  'script', // code, not text
  'style', // CSS
  'noscript', // shown only without JavaScript; parsed as text when scripting is on
  'template', // inert content, never rendered
  'textarea', // the reader's own input
  'input', // the reader's own input (its value is an attribute anyway)
  'select', // form control: the option labels are choices, not prose
  'option', // also inside <datalist>, outside any <select>
  'datalist', // suggestions for an input, never rendered
  'button', // controls, not prose
  'code', // program text
  'pre', // preformatted code blocks
  'kbd', // keyboard input
  'samp', // program output
  'xmp', // obsolete <pre>
  'listing', // obsolete <pre>
  'plaintext', // obsolete <pre>
  'svg', // graphics; also caught by namespace below
  'math', // formulas; by name too, as happy-dom 21 parses <math> into the HTML namespace
  'iframe', // another document, with its own content script if any
  'frame', // another document
  'frameset', // frames only
  'object', // embedded content; its children are fallback text
  'embed', // embedded content
  'canvas', // children are fallback content for browsers without canvas
  'video', // children are fallback content ("Your browser cannot play this video")
  'audio', // children are fallback content
  'rt', // ruby annotation (pronunciation); it would split the annotated name
  'rp', // ruby fallback parentheses
]);

/** Namespaces whose elements are never prose, whatever their tag is called. */
const SKIPPED_NAMESPACES: ReadonlySet<string | null> = new Set([
  SVG_NAMESPACE, // <text> in a chart is a label, and <foreignObject> a rendering trick
  MATHML_NAMESPACE, // formulas
]);

/** `contenteditable` values that make an element editable (the attribute is case-insensitive). */
const EDITABLE_VALUES: ReadonlySet<string> = new Set([
  '', // bare attribute: same as "true"
  'true',
  'plaintext-only',
]);

/**
 * Elements (by `localName`) that end a line of text in the default style sheet: words do not run
 * across them. By tag, because computed `display` is neither cheap on a real page nor available in
 * happy-dom.
 */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  // Line breaks and rules.
  'br',
  'hr',
  // Not <wbr>: it marks where a long word may wrap ("Donau<wbr>dampfschiff"), inside the word.
  // Document and sections.
  'html',
  'body',
  'main',
  'article',
  'section',
  'nav',
  'aside',
  'header',
  'footer',
  'address',
  'hgroup',
  'search',
  'dialog',
  'details',
  'summary',
  // Headings and paragraphs.
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'center',
  'blockquote',
  'figure',
  'figcaption',
  // Lists.
  'ul',
  'ol',
  'li',
  'menu',
  'dir',
  'dl',
  'dt',
  'dd',
  // Tables: every cell is its own block of text.
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  // Forms (their controls are skipped; labels and legends are text).
  'form',
  'fieldset',
  'legend',
]);

/**
 * Whether the text model skips `element` and all under it (code, controls, graphics, editable
 * regions, Kontext's own UI), whatever region it lies in.
 */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_ELEMENTS.has(element.localName)) return true;
  if (SKIPPED_NAMESPACES.has(element.namespaceURI)) return true;
  if (element.hasAttribute(KONTEXT_HOST_ATTRIBUTE)) return true;
  // Editable regions belong to the reader (and to the page's editor), never to Kontext. A
  // contenteditable="false" island inside one stays skipped, as its editable ancestor was.
  const editable = element.getAttribute('contenteditable');
  return editable !== null && EDITABLE_VALUES.has(editable.toLowerCase());
}

function isWhitespace(data: string): boolean {
  return /^[ \t\n\f\r]*$/.test(data);
}

/** Stands in the walk's stack for the end of a block element. */
const BLOCK_END = 0;

/**
 * Starts collecting the text under `root` (an element, a document, a document fragment or a
 * shadow root) in the order it is rendered: an element with an open shadow root is read through
 * that shadow tree, whose `<slot>`s show the host's children assigned to them (or their own
 * fallback content when none are). Closed shadow roots cannot be reached, and a host's children
 * that no slot shows are not rendered, so neither is collected. Whitespace-only Text nodes next to
 * a block boundary render nothing and are left out too.
 */
export function createTextCollector(root: Node, options: CollectTextOptions = {}): TextCollector {
  const { isExcluded } = options;
  const segments: TextSegment[] = [];
  const startByNode = new Map<Text, number>();
  const parts: string[] = [];
  let length = 0;
  // A block boundary was passed since the last text: the next text starts with a separator.
  let isBreakPending = false;
  // Whitespace-only nodes after the last text, kept only if more text follows in the same block.
  let pendingSpaces: Text[] = [];
  const stack: (Node | typeof BLOCK_END)[] = [root];
  let collected: CollectedText | undefined;

  const appendNode = (node: Text): void => {
    segments.push({ node, start: length });
    startByNode.set(node, length);
    parts.push(node.data);
    length += node.data.length;
  };

  const visitText = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    if (isWhitespace(data)) {
      // At the start of a block this collapses to nothing; elsewhere it may separate two words.
      if (length > 0 && !isBreakPending) pendingSpaces.push(node);
      return;
    }
    if (isBreakPending && length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += 1;
    }
    isBreakPending = false;
    for (const space of pendingSpaces) appendNode(space);
    pendingSpaces = [];
    appendNode(node);
  };

  const breakLine = (): void => {
    isBreakPending = true;
    pendingSpaces = [];
  };

  /** Pushes `nodes` so that the first of them is walked next. */
  const pushChildren = (nodes: ArrayLike<Node>): void => {
    for (let index = nodes.length - 1; index >= 0; index--) stack.push(nodes[index]!);
  };

  const pushChildNodes = (parent: Node): void => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
  };

  const visitElement = (element: Element): void => {
    if (isSkipped(element) || isExcluded?.(element)) return;
    const isBlock = BLOCK_ELEMENTS.has(element.localName);
    if (isBlock) {
      breakLine();
      stack.push(BLOCK_END);
    }
    if (element.shadowRoot) {
      pushChildNodes(element.shadowRoot);
    } else if (element.localName === 'slot' && 'assignedNodes' in element) {
      const assigned = (element as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) pushChildren(assigned);
      else pushChildNodes(element);
    } else {
      pushChildNodes(element);
    }
  };

  const step = (budgetNodes: number): boolean => {
    let budget = Math.max(1, budgetNodes);
    while (stack.length > 0 && budget > 0) {
      const entry = stack.pop()!;
      budget--;
      if (entry === BLOCK_END) {
        breakLine();
        continue;
      }
      switch (entry.nodeType) {
        case 3: // Node.TEXT_NODE
          visitText(entry as Text);
          break;
        case 1: // Node.ELEMENT_NODE
          visitElement(entry as Element);
          break;
        case 9: // Node.DOCUMENT_NODE
        case 11: // Node.DOCUMENT_FRAGMENT_NODE, shadow roots included
          pushChildNodes(entry);
          break;
        // Comments, processing instructions and doctypes hold no text; attributes are never walked.
      }
    }
    return stack.length === 0;
  };

  return {
    step,
    result() {
      while (!step(Number.MAX_SAFE_INTEGER));
      collected ??= { text: parts.join(''), segments, startByNode };
      return collected;
    },
  };
}

/** Collects the text under `root` in one pass; see `createTextCollector` for what is read. */
export function collectText(root: Node, options: CollectTextOptions = {}): CollectedText {
  return createTextCollector(root, options).result();
}
