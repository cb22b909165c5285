/** Firefox needs a fixed add-on id: storage is keyed by it, and the browser tests install under it. */
export const GECKO_ID = 'kontext@kontext-reader.org';
