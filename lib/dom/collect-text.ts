/**
 * Flattens the readable text under a root into one string, with a map back to the Text nodes it
 * came from. The page's DOM is only read, never changed.
 */

/** A run of the flattened text that comes from one Text node. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the flattened text. */
  start: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
  /** Where each Text node's characters start in `text`. */
  startByNode: Map<Text, number>;
}

/** Elements whose content is not article text, or is not ours to touch. */
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT', // code, not text
  'STYLE', // CSS
  'NOSCRIPT', // shown only without JavaScript; parsed as text when scripting is on
  'TEMPLATE', // inert content
  'TEXTAREA', // the reader's own input
  'INPUT', // the reader's own input
  'SELECT', // form controls
  'BUTTON', // controls, not prose
  'CODE', // program text
  'PRE', // preformatted code blocks
  'KBD', // keyboard input
  'SAMP', // program output
  'SVG', // graphics (upper case in HTML documents)
  'svg', // graphics (tag name as written in XML documents)
  'MATH', // formulas
  'math', // formulas (XML documents)
  'IFRAME', // other documents
]);

/** Elements that end a line of text: words do not run across them. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Marks Kontext's own UI, which is never read as page text. */
export const KONTEXT_HOST_ATTRIBUTE = 'data-kontext-host';

function isSkipped(element: Element): boolean {
  if (SKIPPED_ELEMENTS.has(element.tagName)) return true;
  if (element.hasAttribute(KONTEXT_HOST_ATTRIBUTE)) return true;
  // Editable regions belong to the reader (and to the page's editor), never to Kontext.
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Collects the text under `root` in document order, skipping the elements above. */
export function collectText(root: Node): CollectedText {
  const segments: TextSegment[] = [];
  const startByNode = new Map<Text, number>();
  const parts: string[] = [];
  let length = 0;

  const append = (piece: string): void => {
    parts.push(piece);
    length += piece.length;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ node: node as Text, start: length });
      startByNode.set(node as Text, length);
      append(data);
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE && node.nodeType !== node.DOCUMENT_NODE) return;
    const element = node.nodeType === node.ELEMENT_NODE ? (node as Element) : null;
    if (element && isSkipped(element)) return;
    const isBlock = element !== null && BLOCK_ELEMENTS.has(element.tagName);
    if (isBlock) append('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) append('\n');
  };

  visit(root);
  return { text: parts.join(''), segments, startByNode };
}
