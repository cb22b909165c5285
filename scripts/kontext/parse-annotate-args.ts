/** The options of `kontext annotate`, read from its arguments, or why they cannot be. */
import { parseArgs } from 'node:util';
import type { Language } from '../../lib/knowledge/pack-types';
import { parsePublicationDate } from '../../lib/page/read-page-metadata';

export const ANNOTATE_USAGE = `Usage: npm run -s kontext -- annotate [options] FILE...

Annotates saved pages as the Kontext content script would: finds the article, recognizes the
people, organizations and states it names, and prints each mention.

FILE          a page: .html or .htm (its article is found as in the browser), or .txt (the
              whole text is the article, paragraphs split at blank lines)
--url URL     the pages' address (http or https; its host is the page's host)
--date DATE   the articles' date (YYYY-MM-DD) where a page gives none; default: today
--lang LANG   the pages' language (de or en) where a page does not say
--pack FILE   a knowledge pack to use as if imported, after the bundled ones (repeatable)
--json        one JSON object per file and line, instead of a table
--help        this text

Exit status: 0 when every file was annotated, 1 when a file could not be, 2 for bad options
or a bad pack.`;

export interface AnnotateArgs {
  files: string[];
  /** Omitted for the file's own address. */
  url?: string;
  /** "YYYY-MM-DD". */
  date: string;
  language?: Language;
  packs: string[];
  json: boolean;
}

export type ParsedAnnotateArgs =
  { ok: true; args: AnnotateArgs } | { ok: true; help: true } | { ok: false; reason: string };

const LANGUAGES: readonly Language[] = ['de', 'en'];

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

function fail(reason: string): ParsedAnnotateArgs {
  return { ok: false, reason };
}

/**
 * Reads the arguments after `annotate`. `today` ("YYYY-MM-DD") is the date where `--date` is not
 * given. Options may come before, between or after the files; `--` ends them.
 */
export function parseAnnotateArgs(argv: readonly string[], today: string): ParsedAnnotateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        date: { type: 'string' },
        lang: { type: 'string' },
        pack: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's own words: "Unknown option '--foo'", "Option '--date <value>' argument missing".
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true };

  const { url, date = today, lang } = values;
  if (url !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(url).protocol;
    } catch {
      return fail(`--url ${url}: not an address (write it whole: https://www.example.com/page)`);
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      return fail(`--url ${url}: not an http or https address`);
    }
  }
  // A real day: parsePublicationDate refuses 2023-02-30 as the page metadata does.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || parsePublicationDate(date)?.date !== date) {
    return fail(`--date ${date}: not a date of the form YYYY-MM-DD`);
  }
  if (lang !== undefined && !isLanguage(lang)) {
    return fail(`--lang ${lang}: Kontext reads de or en`);
  }
  if (positionals.length === 0) return fail('no FILE to annotate');
  return {
    ok: true,
    args: {
      files: positionals,
      ...(url !== undefined && { url }),
      date,
      ...(lang !== undefined && { language: lang }),
      packs: values.pack ?? [],
      json: values.json ?? false,
    },
  };
}
