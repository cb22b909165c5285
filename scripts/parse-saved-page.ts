/**
 * A saved page as a browser would have parsed it, for the tools that run Kontext's lib/ code in
 * Node (`npm run kontext -- annotate`, `npm run region:eval`). jsdom, because its parser is the
 * HTML standard's (parse5): happy-dom, which the unit tests use on the project's own fixtures,
 * puts the whole article of some real pages out of reach (on welt.de and apnews.com an inline
 * SVG sprite swallows the body). Nothing on the page runs and nothing is loaded: no scripts, no
 * style sheets, no frames, no images, so no request leaves the machine.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface SavedPage {
  doc: Document;
  /** Frees the page's window; the document must not be used after. */
  close(): void;
}

export interface ParseOptions {
  /** The page's address: its host and base for links, as on the page. */
  url?: string;
}

/**
 * Parses `html` as a page. Bytes are decoded as a browser decodes them (a byte order mark, else
 * the `<meta charset>`, else windows-1252); a string is taken as it is.
 */
export function parseSavedPage(html: string | Uint8Array, options: ParseOptions = {}): SavedPage {
  const dom = new JSDOM(html, {
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
