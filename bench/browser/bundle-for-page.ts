/**
 * Bundles a bench entry for a browser page with Vite's build API: one classic script (IIFE) that
 * defines the entry's exports as one global, returned as code for `page.addScriptTag`. Nothing is
 * written to disk.
 */
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** The code of `entry` (a path from the repository root), bundled as the global `globalName`. */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const output = await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'esnext',
      // Readable names in the page's profiles; the extension's minified build runs the same code.
      minify: false,
      lib: { entry: resolve(ROOT, entry), formats: ['iife'], name: globalName },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error(`Vite made no script of ${entry}`);
  return chunk.code;
}
