/**
 * `npm run region:eval -- DIR [--dump OUT]`: how well Kontext finds the article on saved pages.
 * For every page of DIR with an expected file (see `readEvalPages`), the text of Kontext's article
 * region (`findArticleRegion`, then the text model the content script reads) is scored against
 * the expected article text: token precision, recall and F1, and for snippet files which wanted
 * snippets are in and which unwanted ones are. Beside it, in the same run and on the same page,
 * `@mozilla/readability` (Firefox's reader view), whose title is counted with its text as
 * Kontext's headline is. Prints a row per page and the means. `--dump OUT` writes both texts of
 * every page to OUT, to see what each kept. A tool, not a test: the pages are not the project's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { formatColumns } from '../bench/report';
import { collectText } from '../lib/dom/collect-text';
import { findArticleRegion, type ArticleRegionSource } from '../lib/page/find-article-region';
import { parseSavedPage } from './parse-saved-page';
import { readEvalPages, type EvalPage, type Snippets } from './region-eval/read-eval-pages';
import { scoreTokens, squeezeSpace, type TokenScore } from './region-eval/score-tokens';

const USAGE = 'usage: npm run region:eval -- DIR [--dump OUT]';

interface SnippetCheck {
  /** Wanted snippets that are in the text, and those that are not. */
  wantedIn: string[];
  wantedMissing: string[];
  /** Unwanted snippets that are in the text. */
  unwantedIn: string[];
  unwanted: number;
}

interface Extraction {
  text: string;
  score?: TokenScore;
  snippets?: SnippetCheck;
}

interface PageResult {
  name: string;
  source: ArticleRegionSource;
  kontext: Extraction;
  readability: Extraction;
}

/** The text of a whole HTML fragment, read as the text model reads a page (blocks apart). */
function readHtmlText(html: string): string {
  const { doc, close } = parseSavedPage(html);
  const text = collectText(doc.body ?? doc.documentElement).text;
  close();
  return text;
}

function checkSnippets(text: string, snippets: Snippets): SnippetCheck {
  const squeezed = squeezeSpace(text);
  const isIn = (snippet: string): boolean => squeezed.includes(squeezeSpace(snippet));
  return {
    wantedIn: snippets.with.filter(isIn),
    wantedMissing: snippets.with.filter((snippet) => !isIn(snippet)),
    unwantedIn: snippets.without.filter(isIn),
    unwanted: snippets.without.length,
  };
}

function evaluate(text: string, expectedText: string | undefined, page: EvalPage): Extraction {
  return {
    text,
    score: expectedText === undefined ? undefined : scoreTokens(text, expectedText),
    snippets: page.snippets && checkSnippets(text, page.snippets),
  };
}

function extractWithKontext(html: Uint8Array): { text: string; source: ArticleRegionSource } {
  const { doc, close } = parseSavedPage(html);
  const region = findArticleRegion(doc);
  const { text } = collectText(region.root, region);
  close();
  return { text, source: region.source };
}

function extractWithReadability(html: Uint8Array): string {
  const { doc, close } = parseSavedPage(html);
  const article = new Readability(doc).parse();
  close();
  if (!article) return '';
  return [article.title ?? '', article.textContent ?? ''].join('\n\n');
}

function evaluatePage(page: EvalPage): PageResult {
  const html = readFileSync(page.path);
  const expectedText =
    page.expectedText ??
    (page.expectedHtml === undefined ? undefined : readHtmlText(page.expectedHtml));
  const kontext = extractWithKontext(html);
  return {
    name: page.name,
    source: kontext.source,
    kontext: evaluate(kontext.text, expectedText, page),
    readability: evaluate(extractWithReadability(html), expectedText, page),
  };
}

const format = (value: number): string => value.toFixed(3);

function formatScore(score: TokenScore | undefined): string[] {
  return score ? [score.precision, score.recall, score.f1].map(format) : ['', '', ''];
}

function formatSnippets(check: SnippetCheck | undefined): string {
  if (!check) return '';
  const wanted = check.wantedIn.length + check.wantedMissing.length;
  return `${check.wantedIn.length}/${wanted} in, ${check.unwantedIn.length}/${check.unwanted} unwanted`;
}

function mean(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / Math.max(1, values.length);
}

function formatMeans(scores: readonly TokenScore[]): string[] {
  return [
    mean(scores.map((score) => score.precision)),
    mean(scores.map((score) => score.recall)),
    mean(scores.map((score) => score.f1)),
  ].map(format);
}

function printReport(results: readonly PageResult[]): void {
  const rows: string[][] = [
    ['page', 'found by', 'P', 'R', 'F1', 'snippets', 'Readability P', 'R', 'F1', 'snippets'],
  ];
  for (const result of results) {
    rows.push([
      result.name,
      result.source,
      ...formatScore(result.kontext.score),
      formatSnippets(result.kontext.snippets),
      ...formatScore(result.readability.score),
      formatSnippets(result.readability.snippets),
    ]);
  }
  const scored = results.filter((result) => result.kontext.score && result.readability.score);
  rows.push([
    `mean of ${scored.length} pages with a full text`,
    '',
    ...formatMeans(scored.map((result) => result.kontext.score!)),
    '',
    ...formatMeans(scored.map((result) => result.readability.score!)),
    '',
  ]);
  console.log(formatColumns(rows).join('\n'));

  if (scored.length > 0) {
    const lowest = Math.min(...scored.map((result) => result.kontext.score!.f1));
    console.log(`\nKontext's lowest F1: ${format(lowest)}`);
  }
  for (const result of results) {
    for (const [tool, extraction] of [
      ['Kontext', result.kontext],
      ['Readability', result.readability],
    ] as const) {
      const check = extraction.snippets;
      if (!check) continue;
      for (const snippet of check.wantedMissing) {
        console.log(`${result.name}: ${tool} misses wanted "${snippet}"`);
      }
      for (const snippet of check.unwantedIn) {
        console.log(`${result.name}: ${tool} keeps unwanted "${snippet}"`);
      }
    }
  }
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { dump: { type: 'string' } },
    });
  } catch (error) {
    console.error(`region:eval: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [dir, ...rest] = parsed.positionals;
  if (!dir || rest.length > 0) {
    console.error(`region:eval: give exactly one folder of pages\n${USAGE}`);
    return 2;
  }
  let pages: EvalPage[];
  try {
    pages = readEvalPages(dir);
  } catch (error) {
    console.error(`region:eval: ${(error as Error).message}`);
    return 2;
  }
  if (pages.length === 0) {
    console.error(`region:eval: ${dir} has no page with an expected file\n${USAGE}`);
    return 2;
  }
  const results = pages.map(evaluatePage);
  printReport(results);
  const dumpDir = parsed.values.dump;
  if (dumpDir) {
    mkdirSync(dumpDir, { recursive: true });
    for (const result of results) {
      writeFileSync(join(dumpDir, `${result.name}.kontext.txt`), result.kontext.text);
      writeFileSync(join(dumpDir, `${result.name}.readability.txt`), result.readability.text);
    }
  }
  return 0;
}

process.exitCode = main();
