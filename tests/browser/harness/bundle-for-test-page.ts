/**
 * Bundles an entry (a test's, or the bench's) for a plain browser page with Vite's build API, as
 * the extension's build would see it: Preact's JSX, CSS imported `?inline`, and the bundled knowledge packs
 * (`virtual:kontext/bundled-packs`), checked and compiled by the build's own plugin. The result is
 * one classic script (IIFE) that defines the entry's exports as one global, returned as code for
 * `page.addScriptTag`; nothing is written to disk.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Rollup } from 'vite';
import { bundledPacksPlugin } from '../../../scripts/vite-plugin-bundled-packs';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The code of `entry` (a path from the repository root), bundled as the global `globalName`. */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const output = await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [preact(), bundledPacksPlugin()],
    // Library mode leaves `process.env.NODE_ENV` to the page, which has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'esnext',
      // Readable stacks when a test fails; the extension's minified build runs the same code.
      minify: false,
      lib: { entry: resolve(ROOT, entry), formats: ['iife'], name: globalName },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error(`Vite made no script of ${entry}`);
  return chunk.code;
}
