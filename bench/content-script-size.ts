/**
 * The content script's size without its knowledge data, which the size budget is about (issue 8:
 * at most 40 KB gzip), since every news page the reader opens pays for it.
 *
 * The content script is built the way `npm run build` builds it (WXT, the project's own
 * `wxt.config.ts`, Chromium's target) with one change: the bundled-pack plugin reads an empty
 * folder, for the packs it carries and for the generated ones, so `virtual:kontext/bundled-packs`
 * exports no pack, `virtual:kontext/stored-pack-heads` no head, and the script carries no
 * knowledge data. Everything else (code, styles, the engine, the card) is measured as it ships;
 * the popup and options pages are not built, since no news page loads them. The build runs in a
 * temporary root with its own `.wxt/` and output folder, so the repository's build and generated
 * types are left alone. Used by the size test (tests/tooling/) and the bench.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PluginOption } from 'vite';
import { build, type InlineConfig, type Logger } from 'wxt';
import { bundledPacksPlugin } from '../scripts/vite-plugin-bundled-packs';
import config from '../wxt.config';

/** The budget in bytes of gzip: 40 KB, read as 40,000 bytes (the stricter reading). */
export const MAX_CONTENT_SCRIPT_GZIP_BYTES = 40_000;

const ROOT = resolve(import.meta.dirname, '..');
/** The bundled-pack plugin's name (scripts/vite-plugin-bundled-packs.ts). */
const PACKS_PLUGIN = 'kontext-bundled-packs';

/** WXT's build report stays out of the caller's output; only errors reach it. */
const QUIET_LOGGER: Logger = {
  debug: () => undefined,
  log: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  success: () => undefined,
  error: (...args) => console.error(...args),
  fatal: (...args) => console.error(...args),
  level: 1,
};

/** A built file: its path in the output folder, its bytes, and its bytes after gzip. */
export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** Bytes after gzip at zlib's default level, as `gzip` and most servers compress. */
export function measureGzip(content: Uint8Array): number {
  return gzipSync(content).length;
}

/** The sizes of `files` of the output folder `dir`. */
export function measureFiles(dir: string, files: readonly string[]): Promise<FileSize[]> {
  return Promise.all(
    files.map(async (file) => {
      const content = await readFile(join(dir, file));
      return { file, bytes: content.length, gzip: measureGzip(content) };
    }),
  );
}

/**
 * The names of the entrypoints that are scripts, not pages: WXT names each after its file or
 * folder in entrypoints/ ("background.ts", "kontext/index.tsx", "overlay.content.ts").
 */
async function listScriptEntrypoints(): Promise<string[]> {
  const dir = join(ROOT, 'entrypoints');
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) =>
      entry.isDirectory()
        ? !existsSync(join(dir, entry.name, 'index.html'))
        : !entry.name.endsWith('.html'),
    )
    .map((entry) => entry.name.replace(/\.[jt]sx?$/, '').replace(/\.content$/, ''));
}

/**
 * `plugins` with the bundled-pack plugin reading `packsDir` instead of assets/knowledge/ and of its
 * generated/ folder.
 */
function withPacksFrom(plugins: PluginOption[], packsDir: string): PluginOption[] {
  const isPacksPlugin = (plugin: PluginOption) =>
    Boolean(plugin && 'name' in plugin && plugin.name === PACKS_PLUGIN);
  // Without it found, the knowledge data would be measured as code.
  if (!plugins.some(isPacksPlugin)) {
    throw new Error(`wxt.config.ts has no Vite plugin named "${PACKS_PLUGIN}" to empty`);
  }
  return plugins.map((plugin) =>
    isPacksPlugin(plugin) ? bundledPacksPlugin(packsDir, packsDir) : plugin,
  );
}

/** Builds the extension for Chromium with no bundled pack into `temp`; its output folder. */
async function buildWithoutPacks(temp: string): Promise<string> {
  const packsDir = join(temp, 'no-packs');
  await mkdir(packsDir);
  // WXT reads package.json and resolves its modules from the root, and writes .wxt/ there.
  await symlink(join(ROOT, 'package.json'), join(temp, 'package.json'));
  await symlink(join(ROOT, 'node_modules'), join(temp, 'node_modules'));
  const inline: InlineConfig = {
    // The project's config, given whole, so that only the plugin below differs from it.
    ...config,
    configFile: false,
    root: temp,
    srcDir: ROOT,
    publicDir: join(ROOT, 'assets/public'),
    outDir: join(temp, 'out'),
    // The manifest then says which files are the content script, whatever its entrypoint is
    // called. Pages are left out: Vite builds no HTML from outside its root.
    filterEntrypoints: await listScriptEntrypoints(),
    browser: 'chrome',
    logger: QUIET_LOGGER,
    vite: async (env) => {
      const vite = (await config.vite?.(env)) ?? {};
      return { ...vite, logLevel: 'error', plugins: withPacksFrom(vite.plugins ?? [], packsDir) };
    },
  };
  // Vitest sets NODE_ENV=test, which Vite would build into the bundle (the script came out 3 KB
  // larger); the production build runs without it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(inline);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return join(temp, 'out/chrome-mv3');
}

/**
 * Every file the manifest injects into a news page (the script and its styles), built without
 * knowledge data, with its size.
 */
export async function measureContentScriptWithoutPacks(): Promise<FileSize[]> {
  const temp = await mkdtemp(join(tmpdir(), 'kontext-size-'));
  try {
    const outDir = await buildWithoutPacks(temp);
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as {
      content_scripts: { js?: string[]; css?: string[] }[];
    };
    const files = manifest.content_scripts.flatMap((entry) => [
      ...(entry.js ?? []),
      ...(entry.css ?? []),
    ]);
    return await measureFiles(outDir, files);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
