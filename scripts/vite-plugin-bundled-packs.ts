/**
 * The bundled knowledge packs, checked and compiled at build time. Two kinds:
 *
 * - Packs in `assets/knowledge/` (small ones, an article's pack) go into the content script
 *   whole: `virtual:kontext/bundled-packs` exports each with its compiled form.
 * - Packs in `assets/knowledge/generated/` (the world pack, which `npm run knowledge:world`
 *   writes) are too big for every page to load: the background stores them in the imported-pack
 *   layout (`lib/packs/stored-pack-layout.ts`), so that a page reads only what it names.
 *   `virtual:kontext/stored-pack-parts` exports them split into those parts, for the background;
 *   `virtual:kontext/stored-packs` exports them whole, for the options page;
 *   `virtual:kontext/stored-pack-heads` exports only their heads, for the content script: a page
 *   recognizes with them from its start, and reads the parts as soon as its words are known,
 *   without waiting for the index of stored packs to name them.
 *
 * A pack that fails `checkPack` fails the build with every problem listed, so no broken pack
 * ships; so does a missing `generated/` folder (the build runs the generator first).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkPack } from '../lib/knowledge/check-pack';
import { compilePack } from '../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../lib/knowledge/pack-types';
import { toBundledPackParts, type BundledPackParts } from '../lib/packs/pack-store';

const INLINE_MODULE = 'virtual:kontext/bundled-packs';
const PARTS_MODULE = 'virtual:kontext/stored-pack-parts';
const STORED_MODULE = 'virtual:kontext/stored-packs';
const HEADS_MODULE = 'virtual:kontext/stored-pack-heads';
const MODULES: ReadonlySet<string> = new Set([
  INLINE_MODULE,
  PARTS_MODULE,
  STORED_MODULE,
  HEADS_MODULE,
]);

export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../assets/knowledge');
/** The generated packs (git-ignored): bundled, but stored by the background. */
export const GENERATED_DIR = join(KNOWLEDGE_DIR, 'generated');

/** Files in the knowledge folder that are not packs. */
const NOT_PACKS: ReadonlySet<string> = new Set([
  'pack.schema.json', // the JSON Schema editors check packs with
]);

/** The names of the pack files in `dir`, in the order the build bundles them (by name). */
export async function listPackFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !NOT_PACKS.has(entry.name))
    .map(({ name }) => name)
    .sort();
}

/**
 * Every bundled pack file: those the content script carries first, then the generated ones
 * (none where `npm run knowledge:world` has not run yet).
 */
export async function listBundledPackFiles(
  dir: string = KNOWLEDGE_DIR,
  generatedDir: string = GENERATED_DIR,
): Promise<{ path: string; name: string; stored: boolean }[]> {
  const generated = await listPackFiles(generatedDir).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  });
  return [
    ...(await listPackFiles(dir)).map((name) => ({ path: join(dir, name), name, stored: false })),
    ...generated.map((name) => ({
      path: join(generatedDir, name),
      name: `generated/${name}`,
      stored: true,
    })),
  ];
}

/**
 * The plugin; `dir` is the folder of packs the content script carries, `generatedDir` that of
 * the packs the background stores (tests point them elsewhere).
 */
export function bundledPacksPlugin(dir = KNOWLEDGE_DIR, generatedDir = GENERATED_DIR): Plugin {
  // The background's parts and the content script's heads come from one split of each pack,
  // kept by the pack's text.
  const splits = new Map<string, BundledPackParts>();
  const split = (pack: KnowledgePack): BundledPackParts => {
    const text = JSON.stringify(pack);
    let parts = splits.get(text);
    if (!parts) {
      parts = toBundledPackParts(pack);
      splits.set(text, parts);
    }
    return parts;
  };
  return {
    name: 'kontext-bundled-packs',
    resolveId: (id) => (MODULES.has(id) ? `\0${id}` : undefined),
    async load(id) {
      const module = id.startsWith('\0') ? id.slice(1) : undefined;
      if (module === undefined || !MODULES.has(module)) return undefined;
      const folder = module === INLINE_MODULE ? dir : generatedDir;
      const files = await listPackFiles(folder).catch((error: unknown) => {
        const missing = (error as { code?: unknown }).code === 'ENOENT';
        this.error(
          missing
            ? `${folder} does not exist: run npm run knowledge:world (npm run build runs it first)`
            : String(error),
        );
      });
      const packs: KnowledgePack[] = [];
      const failures: string[] = [];
      for (const file of files) {
        const path = join(folder, file);
        this.addWatchFile(path);
        const result = checkPack(await readFile(path), file);
        if (result.ok) packs.push(result.pack);
        else failures.push(...result.problems.map((p) => `  ${file}: ${p.path} — ${p.message}`));
      }
      if (failures.length > 0) {
        this.error(
          `bundled knowledge packs have problems (npm run knowledge:check):\n${failures.join('\n')}`,
        );
      }
      if (module === INLINE_MODULE) {
        const entries = packs.map(
          (pack) =>
            `{ pack: ${JSON.stringify(pack)}, compiled: ${JSON.stringify(compilePack(pack))} }`,
        );
        return `export const bundledPacks = [${entries.join(',\n')}];\n`;
      }
      if (module === STORED_MODULE) {
        const entries = packs.map(
          (pack) =>
            `{ pack: ${JSON.stringify(pack)}, aliasCount: ${compilePack(pack).aliases.length} }`,
        );
        return `export const storedPacks = [${entries.join(',\n')}];\n`;
      }
      // The head's text is the one the background writes into the index: a page compares them.
      const entries = packs.map((pack) => {
        const parts = split(pack);
        const head = `id: ${JSON.stringify(parts.id)}, head: ${JSON.stringify(parts.head)}`;
        return module === HEADS_MODULE
          ? `{ ${head} }`
          : `{ ${head}, buckets: ${JSON.stringify(parts.buckets)}, chunks: ${JSON.stringify(parts.chunks)} }`;
      });
      const name = module === HEADS_MODULE ? 'storedPackHeads' : 'storedPackParts';
      return `export const ${name} = [${entries.join(',\n')}];\n`;
    },
  };
}
