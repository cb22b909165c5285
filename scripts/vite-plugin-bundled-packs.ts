/**
 * The bundled knowledge packs, checked and compiled at build time: `virtual:kontext/bundled-packs`
 * exports every pack in `assets/knowledge/` with its compiled form. A pack that fails
 * `checkPack` fails the build with every problem listed, so no broken pack ships.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkPack } from '../lib/knowledge/check-pack';
import { compilePack } from '../lib/knowledge/compile-pack';

const MODULE_ID = 'virtual:kontext/bundled-packs';
const RESOLVED_ID = `\0${MODULE_ID}`;
export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../assets/knowledge');

/** Files in the knowledge folder that are not packs. */
const NOT_PACKS: ReadonlySet<string> = new Set([
  'pack.schema.json', // the JSON Schema editors check packs with
]);

/** The names of the pack files in `dir`, in the order the build bundles them (by name). */
export async function listPackFiles(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((name) => name.endsWith('.json') && !NOT_PACKS.has(name))
    .sort();
}

/** The plugin; `dir` is the folder of bundled packs (tests point it elsewhere). */
export function bundledPacksPlugin(dir = KNOWLEDGE_DIR): Plugin {
  return {
    name: 'kontext-bundled-packs',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = await listPackFiles(dir);
      const entries: string[] = [];
      const failures: string[] = [];
      for (const file of files) {
        const path = join(dir, file);
        this.addWatchFile(path);
        const result = checkPack(await readFile(path), file);
        if (!result.ok) {
          failures.push(...result.problems.map((p) => `  ${file}: ${p.path} — ${p.message}`));
          continue;
        }
        const compiled = compilePack(result.pack);
        entries.push(
          `{ pack: ${JSON.stringify(result.pack)}, compiled: ${JSON.stringify(compiled)} }`,
        );
      }
      if (failures.length > 0) {
        this.error(
          `bundled knowledge packs have problems (npm run knowledge:check):\n${failures.join('\n')}`,
        );
      }
      return `export const bundledPacks = [${entries.join(',\n')}];\n`;
    },
  };
}
