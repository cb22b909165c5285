/**
 * From the bytes or text of a pack file to a JSON value, or to the problems that stop it: too big,
 * the wrong encoding, a byte-order mark, broken JSON.
 */
import { MAX_PACK_BYTES } from './pack-limits';
import { formatJsonPath, type PackProblem } from './pack-problem';
import { scanJson } from './scan-json';

/** A pack file read as JSON, or why it cannot be. */
export type ParsedPackText = { ok: true; value: unknown } | { ok: false; problems: PackProblem[] };

/** The character a UTF-8 decoder puts where the bytes were not UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD';
const BYTE_ORDER_MARK = '\uFEFF';

const MEGABYTE = 1024 * 1024;

function formatMegabytes(size: number): string {
  return `${(size / MEGABYTE).toFixed(1)} MB`;
}

/** "line 3, column 14" for each index into `text` (in ascending order), both counted from 1. */
function describePositions(text: string, indexes: readonly number[]): string[] {
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  return indexes.map((index) => {
    // One pass over the text for all indexes: a hostile file may have many problems.
    while (newline !== -1 && newline < index) {
      line++;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    return `line ${line}, column ${index - lineStart + 1}`;
  });
}

/** The problem with a pack file of `size` bytes, if it is over the limit. */
export function findSizeProblem(size: number): PackProblem | undefined {
  if (size <= MAX_PACK_BYTES) return undefined;
  return {
    path: '$',
    message: `the file is ${formatMegabytes(size)}; a pack may be at most ${formatMegabytes(MAX_PACK_BYTES)}`,
  };
}

function fail(message: string, path = '$'): ParsedPackText {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * Reads a pack file. Bytes must be UTF-8; text is taken as decoded already. A byte-order mark is
 * rejected rather than skipped: a file without one is read the same by every tool (Vite,
 * browsers' JSON readers, `JSON.parse`), and re-saving it takes a curator one click.
 */
export function parsePackText(input: string | Uint8Array): ParsedPackText {
  const sizeProblem = findSizeProblem(typeof input === 'string' ? input.length : input.byteLength);
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  // ignoreBOM keeps a byte-order mark in the text, so the check below can name it.
  const text =
    typeof input === 'string' ? input : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);

  if (text.startsWith(BYTE_ORDER_MARK)) {
    return fail(
      'the file starts with a byte-order mark (an invisible character some editors add); save it as “UTF-8” without BOM',
    );
  }
  const broken = text.indexOf(REPLACEMENT_CHARACTER);
  if (broken !== -1) {
    return fail(
      `the file is not UTF-8: at ${describePositions(text, [broken])[0]} there are bytes of another encoding ` +
        '(such as Latin-1 or Windows-1252, where ä and ß are single bytes); save it as “UTF-8”',
    );
  }

  const problems = scanJson(text);
  if (problems.length > 0) {
    const positions = describePositions(
      text,
      problems.map((problem) => problem.index),
    );
    return {
      ok: false,
      problems: problems.map((problem, n) => ({
        path: formatJsonPath(problem.path),
        message: `${positions[n]}: ${problem.reason}`,
      })),
    };
  }
  return { ok: true, value: JSON.parse(text) as unknown };
}
