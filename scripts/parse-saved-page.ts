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

/** How far into a page its `<meta charset>` is looked for, as browsers do (the HTML standard's prescan). */
const CHARSET_PRESCAN_BYTES = 1024;

/**
 * The encoding of a saved page's bytes: its byte order mark, else the charset its first kilobyte
 * declares (`<meta charset>` or `http-equiv` Content-Type), else UTF-8. A browser would fall back
 * to windows-1252 where the server's header said nothing, but a saved page has lost that header,
 * and pages saved today are UTF-8 (dw.com, reuters.com and mirror.co.uk declare nothing in it).
 */
export function detectPageEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared) return 'utf-8';
  try {
    // A label TextDecoder does not know is no encoding: UTF-8, as without one.
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

/** Parses `html` as a page; bytes are decoded in the encoding `detectPageEncoding` finds. */
export function parseSavedPage(html: string | Uint8Array, options: ParseOptions = {}): SavedPage {
  const text =
    typeof html === 'string' ? html : new TextDecoder(detectPageEncoding(html)).decode(html);
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
