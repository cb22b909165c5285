/**
 * A saved page as a browser would have parsed it, for the tools that run Kontext's lib/ code in
 * Node (`npm run kontext -- annotate`, `npm run region:eval`). jsdom, because its parser is the
 * HTML standard's (parse5): happy-dom, which the unit tests use on the project's own fixtures,
 * loses the rest of a page after a `<` and a letter in a script or style, a `<style>` in an
 * inline SVG (an icon sprite) or a `<3` in text, which put the whole article of welt.de and most
 * of apnews.com out of reach. Nothing on the page runs and nothing is loaded: no scripts, no style
 * sheets, no frames, no images, no preloads, so no request leaves the machine.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from './decode-html';

export interface SavedPage {
  doc: Document;
  /** Frees the page's window; the document must not be used after. */
  close(): void;
}

export interface ParseOptions {
  /** The page's address: its host and base for links, as on the page. */
  url?: string;
}

/** Parses `html` as a page; bytes are decoded as `decodeHtml` decodes them. */
export function parseSavedPage(html: string | Uint8Array, options: ParseOptions = {}): SavedPage {
  const text = typeof html === 'string' ? html : decodeHtml(html);
  const dom = new JSDOM(text, {
    url: options.url,
    contentType: 'text/html',
    // jsdom's defaults, said out loud: scripts are not run and subresources are not loaded.
    runScripts: undefined,
    resources: undefined,
    // Pages are full of CSS jsdom cannot parse; what it says about them is noise here.
    virtualConsole: new VirtualConsole(),
  });
  return {
    doc: dom.window.document as unknown as Document,
    close: () => dom.window.close(),
  };
}
