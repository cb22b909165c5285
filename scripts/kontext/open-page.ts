/**
 * A saved page as a Document, in a window of its own that runs nothing of the page and asks the
 * network for nothing (`parseSavedPage`): the DOM `annotateDocument` reads, outside a browser.
 */
import { parseSavedPage, type SavedPage } from '../parse-saved-page';
import type { PageFile } from './read-page-file';

/** A page's document, and how to let go of it. */
export interface OpenPage {
  doc: Document;
  /** Closes the page's window; the document is not to be used after. */
  close(): void;
}

/**
 * Plain text's paragraphs: the text between blank lines, line breaks normalized as an HTML
 * parser does, each paragraph without the white space around it.
 */
function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Opens `page` at the address `url` (its document's URL, so `location.hostname` is its host): an
 * HTML page as its markup says, in a fresh window, so nothing of one page carries over to the
 * next; a plain text as a document of `<p>` paragraphs. Close it when done.
 */
export function openPage(page: PageFile, url: string): OpenPage {
  if (page.format === 'text') return openText(page.text);
  const { doc, close } = parseSavedPage(page.text, { url });
  return { doc, close };
}

/**
 * The window plain texts are read in: a new document of it each, which costs far less than a
 * window each (1,000 texts took 10.6 s with one window each). A text runs no script and links
 * nothing, so nothing of one carries over to the next.
 */
let textWindow: SavedPage | undefined;

function openText(text: string): OpenPage {
  textWindow ??= parseSavedPage('');
  const doc = textWindow.doc.implementation.createHTMLDocument('');
  for (const paragraph of splitParagraphs(text)) {
    const element = doc.createElement('p');
    element.textContent = paragraph;
    doc.body.append(element);
  }
  // The document goes with its last reference; the window stays for the next text.
  return { doc, close: () => undefined };
}
