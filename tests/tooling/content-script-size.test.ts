/**
 * The content script's size budget (issue 8): at most 40 KB gzip with the knowledge data left out,
 * since every news page the reader opens pays for it. The content script is built here as
 * `npm run build` builds it, with an empty list of bundled packs (see
 * bench/content-script-size.ts); `npm run bench` prints the same number beside every built file.
 */
import { expect, test } from 'vitest';
import {
  MAX_CONTENT_SCRIPT_GZIP_BYTES,
  measureContentScriptWithoutPacks,
} from '../../bench/content-script-size';

test(
  'the content script is at most 40 KB gzip without its knowledge data',
  async () => {
    const files = await measureContentScriptWithoutPacks();
    // The manifest names at least the script.
    expect(files.some(({ file }) => file.endsWith('.js'))).toBe(true);
    const total = files.reduce((sum, { gzip }) => sum + gzip, 0);
    const detail = files.map(({ file, gzip }) => `${file} ${gzip} B`).join(', ');
    expect(
      total,
      `the content script is ${total} B gzip without knowledge data (${detail}); ` +
        `the budget is ${MAX_CONTENT_SCRIPT_GZIP_BYTES} B`,
    ).toBeLessThanOrEqual(MAX_CONTENT_SCRIPT_GZIP_BYTES);
  },
  // A build takes a few seconds, more on a busy machine.
  60_000,
);
