/** Firefox needs a fixed add-on id: storage is keyed by it, and the browser tests install under it. */
export const GECKO_ID = 'kontext@kontext-reader.org';

/** The keyboard shortcut's command in the manifest (readers can change its keys). */
export const NAVIGATE_COMMAND = 'navigate-mentions';

/** The port a content script holds open to notice that the extension went away. */
export const LIVENESS_PORT = 'kontext-liveness';

/**
 * The content script and its stylesheet, as built (entrypoints/kontext, assets/public/kontext.css):
 * the manifest runs them on the news sites, the background registers them for added sites, the
 * popup injects them on request.
 */
export const CONTENT_SCRIPT_FILE = 'kontext.js' as const;
export const CONTENT_STYLE_FILE = 'kontext.css' as const;

/** The card UI's script (entrypoints/kontext-cards), injected into a frame when a card opens. */
export const CARD_UI_SCRIPT_FILE = 'kontext-cards.js' as const;
