/**
 * What the built extension weighs: bytes and gzip of every script, stylesheet and page in
 * `.output/chrome-mv3` and `.output/firefox-mv3` (entrypoints and the chunks they share), and the
 * content script without its knowledge data, the number its size budget is about.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { EXTENSION_DIRS, type BrowserName } from '../tests/browser/harness/browsers';
import {
  MAX_CONTENT_SCRIPT_GZIP_BYTES,
  measureContentScriptWithoutPacks,
  measureFiles,
  type FileSize,
} from './content-script-size';

/** The files that are code or pages; locales, icons and the manifest are left out. */
const CODE_FILE = /\.(js|css|html)$/;

export interface BuildSizes {
  /** Per browser, every code file of its build, by path. */
  builds: Partial<Record<BrowserName, FileSize[]>>;
  /** The content script (script and styles) built without knowledge data. */
  contentScriptWithoutPacks: FileSize[];
  /** Its budget in bytes of gzip. */
  budget: number;
  /** Per browser, the bytes of the build as a store zip (`zipBytes`). */
  zips: Partial<Record<BrowserName, number>>;
}

/** A zip's fixed bytes per file (local header 30, central directory entry 46) and at its end. */
const ZIP_FILE_OVERHEAD = 76;
const ZIP_END_RECORD = 22;

/**
 * The bytes of `dir` as a zip of every file, deflated at zlib's default level (what `wxt zip`
 * hands the stores, give or take its compression level): each file's deflated data, its name
 * twice (local header and central directory) and the fixed header bytes.
 */
export async function zipBytes(dir: string): Promise<number> {
  let total = ZIP_END_RECORD;
  for (const file of await readdir(dir, { recursive: true })) {
    const path = join(dir, file);
    if (!(await stat(path)).isFile()) continue;
    const data = await readFile(path);
    const stored = Math.min(data.length, deflateRawSync(data).length);
    total += ZIP_FILE_OVERHEAD + 2 * Buffer.byteLength(file) + stored;
  }
  return total;
}

async function measureBuild(dir: string): Promise<FileSize[]> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((file) => CODE_FILE.test(file))
    .sort();
  return measureFiles(dir, files);
}

/** Measures both builds (those that exist) and builds the content script without packs. */
export async function measureBuildSizes(): Promise<BuildSizes> {
  const builds: BuildSizes['builds'] = {};
  const zips: BuildSizes['zips'] = {};
  for (const name of ['chromium', 'firefox'] as const) {
    if (existsSync(join(EXTENSION_DIRS[name], 'manifest.json'))) {
      builds[name] = await measureBuild(EXTENSION_DIRS[name]);
      zips[name] = await zipBytes(EXTENSION_DIRS[name]);
    }
  }
  return {
    builds,
    zips,
    contentScriptWithoutPacks: await measureContentScriptWithoutPacks(),
    budget: MAX_CONTENT_SCRIPT_GZIP_BYTES,
  };
}
