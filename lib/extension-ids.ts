/** Firefox needs a fixed add-on id: storage is keyed by it, and the browser tests install under it. */
export const GECKO_ID = 'kontext@kontext-reader.org';

/** The keyboard shortcut's command in the manifest (readers can change its keys). */
export const NAVIGATE_COMMAND = 'navigate-mentions';

/** The port a content script holds open to notice that the extension went away. */
export const LIVENESS_PORT = 'kontext-liveness';
