/**
 * The pages of a folder that say what their article is, in the formats article-extraction test
 * suites save them in: beside `<name>.html`, the expected article as plain text
 * (`<name>.expected.txt`: title, lead, body), as extracted HTML (`<name>.expected.html`), and/or
 * snippets that must and must not be in it (`<name>.expected-snippets.json`:
 * `{"with": [...], "without": [...]}`). Pages with none of these are not evaluated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Snippets {
  with: string[];
  without: string[];
}

export interface EvalPage {
  name: string;
  path: string;
  /** The expected article text, where a file gives it whole. */
  expectedText?: string;
  /** The expected article as HTML, where a file gives it so (its text is read with a DOM). */
  expectedHtml?: string;
  snippets?: Snippets;
}

const EXPECTED_SUFFIXES = ['.expected.txt', '.expected.html', '.expected-snippets.json'];

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Reads a snippets file, or throws naming the file and what is wrong with it. */
function readSnippets(path: string): Snippets {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const record = (parsed ?? {}) as Record<string, unknown>;
  const wanted = record.with ?? [];
  const unwanted = record.without ?? [];
  if (!isStringList(wanted) || !isStringList(unwanted)) {
    throw new Error(`${path}: "with" and "without" must be lists of strings`);
  }
  return { with: wanted, without: unwanted };
}

function readIfPresent(files: ReadonlySet<string>, dir: string, file: string): string | undefined {
  return files.has(file) ? readFileSync(join(dir, file), 'utf8') : undefined;
}

/** Every page of `dir` (not recursive) with an expected file, sorted by name. */
export function readEvalPages(dir: string): EvalPage[] {
  const files = new Set(readdirSync(dir));
  const pages: EvalPage[] = [];
  for (const file of [...files].sort()) {
    if (!file.endsWith('.html') || EXPECTED_SUFFIXES.some((suffix) => file.endsWith(suffix))) {
      continue;
    }
    const name = file.slice(0, -'.html'.length);
    const page: EvalPage = {
      name,
      path: join(dir, file),
      expectedText: readIfPresent(files, dir, `${name}.expected.txt`),
      expectedHtml: readIfPresent(files, dir, `${name}.expected.html`),
    };
    if (files.has(`${name}.expected-snippets.json`)) {
      page.snippets = readSnippets(join(dir, `${name}.expected-snippets.json`));
    }
    if (page.expectedText !== undefined || page.expectedHtml !== undefined || page.snippets) {
      pages.push(page);
    }
  }
  return pages;
}
