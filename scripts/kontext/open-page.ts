/**
 * A saved page as a Document, in a happy-dom Window of its own that runs nothing of the page and
 * asks the network for nothing: the DOM `annotateDocument` reads, outside a browser.
 */
import { Window, type IOptionalBrowserSettings } from 'happy-dom';
import { parseHtml } from './parse-html';
import type { PageFile } from './read-page-file';

/**
 * happy-dom's settings for a page that is only read (happy-dom 21; most of these are its defaults
 * already, and are said here so that an upgrade cannot turn them on).
 */
const READ_ONLY_SETTINGS: IOptionalBrowserSettings = {
  // Page scripts never run: neither inline nor from files, neither classic nor modules.
  enableJavaScriptEvaluation: false,
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  // No style sheets (nor their preloads), images or frames are loaded.
  enableCSSFileLoading: false,
  disableCSSFileLoading: true,
  enableImageFileLoading: false,
  enableIframePageLoading: false,
  disableIframePageLoading: true,
  // Nothing here reads computed styles (the article region looks at markup only).
  disableComputedStyleRendering: true,
  // A script or style sheet left unloaded is not an error for the page's console.
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
  fetch: {
    // Whatever the settings above leave: `<link rel="preload" as="fetch">` is fetched by
    // happy-dom 21 even with every kind of loading off. Every request is answered here, as a
    // network error, before it leaves the process.
    interceptor: {
      beforeAsyncRequest: async ({ window }) => window.Response.error(),
      beforeSyncRequest: ({ request, window }) => ({
        status: 0,
        statusText: '',
        ok: false,
        url: request.url,
        redirected: false,
        headers: new window.Headers(),
        body: null,
      }),
    },
  },
};

/** A page's document, and how to let go of it. */
export interface OpenPage {
  doc: Document;
  /** Closes the page's Window; the document is not to be used after. */
  close(): Promise<void>;
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
 * HTML page as its markup says, a plain text as a body of `<p>` paragraphs. A fresh Window per
 * page, so nothing of one page carries over to the next; close it when done.
 */
export function openPage(page: PageFile, url: string): OpenPage {
  const window = new Window({ url, settings: READ_ONLY_SETTINGS });
  const doc = parseHtml(window, page.format === 'html' ? page.text : '');
  if (page.format === 'text') {
    for (const paragraph of splitParagraphs(page.text)) {
      const element = doc.createElement('p');
      element.textContent = paragraph;
      doc.body.append(element);
    }
  }
  return {
    doc,
    close: () => window.happyDOM.close(),
  };
}
