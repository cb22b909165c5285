/**
 * What the built extension weighs: bytes and gzip of every script, stylesheet and page in
 * `.output/chrome-mv3` and `.output/firefox-mv3` (entrypoints and the chunks they share), and the
 * content script without its knowledge data, the number its size budget is about.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
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
  for (const name of ['chromium', 'firefox'] as const) {
    if (existsSync(join(EXTENSION_DIRS[name], 'manifest.json'))) {
      builds[name] = await measureBuild(EXTENSION_DIRS[name]);
    }
  }
  return {
    builds,
    contentScriptWithoutPacks: await measureContentScriptWithoutPacks(),
    budget: MAX_CONTENT_SCRIPT_GZIP_BYTES,
  };
}
