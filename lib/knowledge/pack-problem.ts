/**
 * A problem in a knowledge pack, as the curator sees it: where (a JSON path) and what (a sentence
 * that makes sense without knowing any programming).
 */

/** One problem in a pack. */
export interface PackProblem {
  /** Where, as a JSON path: `$` is the whole pack, `$.entities[3].aliases.de[0].text` one field. */
  path: string;
  /** What is wrong and, where it helps, how to fix it. Never a stack trace. */
  message: string;
}

/** A key that can follow a dot in a path; others go in brackets (`$["two words"]`). */
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** The JSON path of a place in the pack, from its keys and indexes: `$.entities[3].id`. */
export function formatJsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

/** How many characters of a value a message quotes before it cuts it off. */
const QUOTE_LENGTH = 60;

/**
 * A value as a message quotes it: text in quotes and cut to a readable length, numbers and
 * booleans as written, objects and lists by what they are (never "[object Object]").
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > QUOTE_LENGTH ? `${value.slice(0, QUOTE_LENGTH)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return describeKind(value);
}

/** What kind of JSON value `value` is, in a curator's words: "a text", "a list", "a number". */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list [ … ]';
  switch (typeof value) {
    case 'string':
      return 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object { … }';
    case 'undefined':
      return 'missing';
    default:
      return 'not a JSON value';
  }
}
