/**
 * `kontext annotate`: annotates saved pages as the content script annotates a page, one after
 * the other in this process, with one recognizer for all of them (see `ANNOTATE_USAGE`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotateDocument, type DocumentAnnotation } from '../../lib/annotate/annotate-document';
import { formatAnnotationTable } from './format-annotation-table';
import { loadKnowledge } from './load-knowledge';
import { openPage } from './open-page';
import { ANNOTATE_USAGE, parseAnnotateArgs } from './parse-annotate-args';
import { readPageFile } from './read-page-file';

/** Where the command writes: `out` the annotations, `err` what went wrong. Text, no newline added. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

const PREFIX = 'kontext annotate';

/**
 * Runs `kontext annotate` with `argv` (the arguments after `annotate`) and resolves with its exit
 * status: 2 for bad options or a bad pack (before any page is read), 1 when any file could not
 * be annotated (each named on `err`, the others annotated all the same), else 0. `today`
 * ("YYYY-MM-DD") is the date where `--date` is not given.
 */
export async function runAnnotate(
  argv: readonly string[],
  output: CommandOutput,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const parsed = parseAnnotateArgs(argv, today);
  if (!parsed.ok) {
    output.err(`${PREFIX}: ${parsed.reason}\n\n${ANNOTATE_USAGE}\n`);
    return 2;
  }
  if ('help' in parsed) {
    output.out(`${ANNOTATE_USAGE}\n`);
    return 0;
  }
  const { args } = parsed;
  const knowledge = await loadKnowledge(args.packs);
  if (!knowledge.ok) {
    for (const { file, problems } of knowledge.failures) {
      for (const { path, message } of problems) {
        output.err(`${PREFIX}: ${file}: ${path} — ${message}\n`);
      }
    }
    return 2;
  }

  let failed = false;
  let printed = 0;
  for (const file of args.files) {
    const read = await readPageFile(file);
    if (!read.ok) {
      output.err(`${PREFIX}: ${file}: ${read.reason}\n`);
      failed = true;
      continue;
    }
    // A saved page's own address, unless --url says where it was.
    const page = openPage(read.page, args.url ?? pathToFileURL(resolve(file)).href);
    let annotation: DocumentAnnotation;
    try {
      annotation = annotateDocument(page.doc, {
        recognizer: knowledge.recognizer,
        packs: knowledge.packs,
        today: args.date,
        ...(args.language && { language: args.language }),
        isPlainText: read.page.format === 'text',
      });
    } catch (error) {
      output.err(`${PREFIX}: ${file}: could not be annotated: ${String(error)}\n`);
      failed = true;
      continue;
    } finally {
      // Closed at once: thousands of pages in one run must not keep their documents.
      page.close();
    }
    if (args.json) output.out(`${JSON.stringify({ file, ...annotation })}\n`);
    else output.out(`${printed > 0 ? '\n' : ''}${formatAnnotationTable(file, annotation)}\n`);
    printed += 1;
  }
  return failed ? 1 : 0;
}
