/** A file's annotation as a table for people: what was read, then one row per mention. */
import type { DocumentAnnotation } from '../../lib/annotate/annotate-document';

const HEADER = ['offset', 'text', 'entity', 'type', 'kind', 'confidence'];
/** Columns whose cells are numbers, aligned to the right. */
const NUMERIC_COLUMNS: ReadonlySet<number> = new Set([0, 5]);
/** Characters that take no column of a terminal: marks, soft hyphens, zero-width characters. */
const ZERO_WIDTH = /[\p{M}\u00ad\u200b-\u200f\u2060\ufeff]/gu;
/** Control characters, which a page's text must not send to a terminal. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The columns `text` takes (code points that show), so that columns line up. */
function measureWidth(text: string): number {
  return [...text.replace(ZERO_WIDTH, '')].length;
}

/** A cell of page text on one line: white space (line and block breaks too) as one space. */
function toCell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(CONTROL, '\uFFFD');
}

function pad(cell: string, width: number, isNumeric: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - measureWidth(cell)));
  return isNumeric ? fill + cell : cell + fill;
}

/**
 * The table for `file`: its name; the region's source, the language and the date it was read
 * in; then offset, text, entity, type, kind and confidence of each mention, in aligned columns.
 * Ends without a newline.
 */
export function formatAnnotationTable(file: string, annotation: DocumentAnnotation): string {
  const { region, language, date, mentions } = annotation;
  const count = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
  const lines = [
    toCell(file),
    `region ${region.source}, ${region.text.length} characters; language ${language}; date ${date}; ${count}`,
  ];
  if (mentions.length === 0) return lines.join('\n');
  const rows = [
    HEADER,
    ...mentions.map((mention) => [
      String(mention.start),
      toCell(mention.text),
      mention.entity,
      mention.type,
      mention.kind,
      mention.confidence.toFixed(2),
    ]),
  ];
  const widths = HEADER.map((_, column) =>
    Math.max(...rows.map((row) => measureWidth(row[column]!))),
  );
  for (const row of rows) {
    const cells = row.map((cell, column) =>
      pad(cell, widths[column]!, NUMERIC_COLUMNS.has(column)),
    );
    lines.push(cells.join('  ').trimEnd());
  }
  return lines.join('\n');
}
