/**
 * zod/mini (the small build of zod, for the content script) as Kontext uses it: without code
 * generation. zod would otherwise probe for `new Function` on its first parse, which the CSP of an
 * extension page forbids and a news page's CSP may report as a violation, to the page's own
 * scripts and servers.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
