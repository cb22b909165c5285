/**
 * Reads JSON text once, without building it, to find what `JSON.parse` would choke on and say it
 * in a curator's words, at a line and a JSON path: a missing comma, a trailing comma, a file cut
 * off. It also finds what `JSON.parse` lets pass but loses data (a key given twice) and what
 * would harm the reader (brackets nested thousands deep). Iterative: no input exhausts the stack.
 */
import { MAX_NESTING_DEPTH, MAX_PROBLEMS } from './pack-limits';

/** A problem in JSON text: where (an index into the text, and the path there) and what. */
export interface JsonScanProblem {
  index: number;
  path: (string | number)[];
  reason: string;
}

interface Frame {
  kind: 'object' | 'array';
  /** The key or index being read, so a problem can say where it is. */
  at: string | number | undefined;
  /** Keys seen so far in an object, to catch one given twice. */
  keys: Set<string>;
}

type ScanError = { index: number; reason: string };

const ENDS_EARLY =
  'the file ends too early: it looks cut off, or a closing } or ] is missing at the end';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function describeChar(char: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)
    ? `"${char}"`
    : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where a string that starts at `start` (on its opening quote) ends, just past its closing quote. */
function scanString(text: string, start: number): number | ScanError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (
        !ESCAPES.includes(next) ||
        (next === 'u' && !/^[\da-f]{4}$/i.test(text.slice(i + 2, i + 6)))
      ) {
        return {
          index: i,
          reason:
            'a backslash inside quotes must start \\" \\\\ \\/ \\n \\t \\r \\b \\f or \\u0000',
        };
      }
      i += next === 'u' ? 5 : 1;
      continue;
    }
    if (code === 0x0a || code === 0x0d) {
      return { index: i, reason: 'text in quotes is not closed before the end of the line' };
    }
    if (code < 0x20) {
      return {
        index: i,
        reason: 'an invisible control character is inside quotes; write a tab as \\t',
      };
    }
  }
  return { index: start, reason: 'this text in quotes is never closed (is the file cut off?)' };
}

/** What to say about `char` where a value should start. */
function describeBadValueStart(char: string): string {
  if (char === "'") return 'texts need double quotes ("), not single quotes';
  if (char === '/') return 'JSON does not allow comments';
  if (char === '}' || char === ']') return `a value is missing before this ${char}`;
  if (/\p{L}/u.test(char)) {
    return `unexpected ${describeChar(char)}: texts must be in double quotes`;
  }
  return `unexpected ${describeChar(char)}: a value should come here (text in double quotes, a number, true, false, null, { … } or [ … ])`;
}

/**
 * The problems in JSON `text`: at most one syntax error (the first; what follows it cannot be read
 * reliably), and every key given twice in one object before it. Empty when `JSON.parse` will read
 * the text and lose nothing.
 */
export function scanJson(text: string): JsonScanProblem[] {
  const problems: JsonScanProblem[] = [];
  const frames: Frame[] = [];
  let i = 0;
  let expectValue = true;

  const pathHere = () => frames.flatMap((frame) => (frame.at === undefined ? [] : [frame.at]));
  const fail = (reason: string, index = i) => {
    // A file cut off is a problem of the whole file, not of the field it happens to end in.
    problems.push({ index, path: reason === ENDS_EARLY ? [] : pathHere(), reason });
    return problems;
  };
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  /** Reads `"key" :` at i into the object on top; an error, or undefined when it went well. */
  const readKey = (frame: Frame): ScanError | undefined => {
    const char = text[i];
    if (char === undefined) return { index: i, reason: ENDS_EARLY };
    if (char === "'") {
      return { index: i, reason: 'names need double quotes ("), not single quotes' };
    }
    if (char !== '"') {
      return {
        index: i,
        reason: `unexpected ${describeChar(char)}: a name in double quotes should come here, like "id"`,
      };
    }
    const end = scanString(text, i);
    if (typeof end !== 'number') return end;
    const key = JSON.parse(text.slice(i, end)) as string;
    frame.at = key;
    if (frame.keys.has(key) && problems.length < MAX_PROBLEMS) {
      problems.push({
        index: i,
        path: pathHere(),
        reason: `"${key}" appears twice in this object; only the last one would count`,
      });
    }
    frame.keys.add(key);
    i = end;
    skipSpace();
    if (text[i] !== ':') return { index: i, reason: `a colon (:) is missing after "${key}"` };
    i++;
    return undefined;
  };

  for (;;) {
    skipSpace();
    const char = text[i];
    const top = frames.at(-1);

    if (expectValue) {
      if (char === undefined) return fail(text.trim() === '' ? 'the file is empty' : ENDS_EARLY);
      if (char === '{' || char === '[') {
        if (frames.length >= MAX_NESTING_DEPTH) {
          return fail(
            `brackets are nested more than ${MAX_NESTING_DEPTH} levels deep here; a pack never needs that many`,
          );
        }
        const frame: Frame =
          char === '{'
            ? { kind: 'object', at: undefined, keys: new Set() }
            : { kind: 'array', at: 0, keys: new Set() };
        frames.push(frame);
        i++;
        skipSpace();
        if (text[i] === (char === '{' ? '}' : ']')) {
          i++;
          frames.pop();
          expectValue = false;
        } else if (char === '{') {
          const error = readKey(frame);
          if (error) return fail(error.reason, error.index);
        }
        continue;
      }
      if (char === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.reason, end.index);
        i = end;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
      } else if (text.startsWith('false', i)) {
        i += 5;
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail(describeBadValueStart(char));
        i = NUMBER.lastIndex;
      }
      expectValue = false;
      continue;
    }

    if (top === undefined) {
      if (char === undefined) return problems;
      return fail('there is more after the end of the pack: is there one } or ] too many?');
    }
    const close = top.kind === 'object' ? '}' : ']';
    if (char === ',') {
      i++;
      skipSpace();
      if (text[i] === close) {
        return fail(`remove the comma before this ${close}: JSON does not allow it`);
      }
      if (top.kind === 'array') {
        top.at = (top.at as number) + 1;
      } else {
        const error = readKey(top);
        if (error) return fail(error.reason, error.index);
      }
      expectValue = true;
      continue;
    }
    if (char === close) {
      i++;
      frames.pop();
      continue;
    }
    if (char === undefined) return fail(ENDS_EARLY);
    if (char === '}' || char === ']') return fail(`a ${close} is missing before this ${char}`);
    if (char === '"') return fail('a comma is missing before this');
    return fail(`unexpected ${describeChar(char)}: a comma or ${close} should come here`);
  }
}
