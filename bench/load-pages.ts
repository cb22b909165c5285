/**
 * The pages of the page-load cases, served by the fixture proxy from a temporary folder: the seed
 * article and the page that names no one (copies of tests/fixtures/pages/), and a generated ~1 MB
 * news page. Each is served twice: under a news site's host, where Kontext's content script runs,
 * and under a host the content script's matches leave out, for the mark.js baseline and for the
 * page's heap without Kontext.
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPack } from '../lib/knowledge/check-pack';
import { compilePack } from '../lib/knowledge/compile-pack';
import { KNOWLEDGE_DIR } from '../scripts/vite-plugin-bundled-packs';
import type { FixtureRoute } from '../tests/browser/harness/fixture-server';
import { FIXTURES_DIR, NO_NAMES_URL, SEED_ARTICLE_URL } from '../tests/fixtures/sites';
import { makeLargePage } from './bench-pages';

/** A host that no content script of Kontext matches (lib/sites/news-sites.ts lists none like it). */
const OFF_HOST = 'bench.example.org';

/** The generated large page, under a listed news site. */
const LARGE_PAGE_URL = 'http://www.tagesschau.de/bench/grosse-seite-100.html';

export type LoadPageName = 'seed-article' | 'large-page' | 'no-names';

export interface LoadPage {
  name: LoadPageName;
  /** The page where Kontext runs. */
  url: string;
  /** The same page where it does not. */
  offUrl: string;
  /** Characters of HTML. */
  bytes: number;
}

export interface LoadPages {
  pages: Record<LoadPageName, LoadPage>;
  dir: string;
  routes: FixtureRoute[];
  /** Removes the folder. */
  remove(): Promise<void>;
}

/** The URL of `url`'s page under the host that Kontext leaves alone. */
function toOffHost(url: string): string {
  const parsed = new URL(url);
  return `http://${OFF_HOST}${parsed.pathname}`;
}

/** Writes the pages to a new temporary folder and returns their routes. */
export async function writeLoadPages(): Promise<LoadPages> {
  const dir = await mkdtemp(join(tmpdir(), 'kontext-bench-pages-'));
  const sources: { name: LoadPageName; url: string; file: string }[] = [
    { name: 'seed-article', url: SEED_ARTICLE_URL, file: 'seed-article.html' },
    { name: 'no-names', url: NO_NAMES_URL, file: 'no-names.html' },
    { name: 'large-page', url: LARGE_PAGE_URL, file: 'large-page.html' },
  ];
  await copyFile(join(FIXTURES_DIR, 'seed-article.html'), join(dir, 'seed-article.html'));
  await copyFile(join(FIXTURES_DIR, 'no-names.html'), join(dir, 'no-names.html'));
  await copyFile(join(FIXTURES_DIR, 'article.css'), join(dir, 'article.css'));
  await writeFile(join(dir, 'large-page.html'), makeLargePage().html);

  const routes: FixtureRoute[] = [];
  const pages = {} as Record<LoadPageName, LoadPage>;
  for (const { name, url, file } of sources) {
    const offUrl = toOffHost(url);
    routes.push({ url, file }, { url: offUrl, file });
    // The seed article's stylesheet, under both hosts.
    routes.push({ url: new URL('/static/article.css', url).href, file: 'article.css' });
    routes.push({ url: new URL('/static/article.css', offUrl).href, file: 'article.css' });
    const bytes = (await readFile(join(dir, file), 'utf8')).length;
    pages[name] = { name, url, offUrl, bytes };
  }
  return { pages, dir, routes, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The alias texts of the bundled packs, compiled as the build compiles them. */
export async function readBundledAliases(): Promise<string[]> {
  const files = (await readdir(KNOWLEDGE_DIR))
    // The schema is the only JSON file there that is not a pack.
    .filter((name) => name.endsWith('.json') && name !== 'pack.schema.json')
    .sort();
  const aliases: string[] = [];
  for (const file of files) {
    const result = checkPack(await readFile(join(KNOWLEDGE_DIR, file)), file);
    if (!result.ok) throw new Error(`${file} fails checkPack: npm run knowledge:check`);
    aliases.push(...compilePack(result.pack).aliases.map(([text]) => text));
  }
  return aliases;
}
