/**
 * Zod's findings in a curator's words. Zod's own messages ("Invalid input: expected string,
 * received number") are for programmers; these say what the field should hold and what it holds.
 * The schema's own messages (a date, an id, a link) take precedence over these, as zod applies a
 * schema's `error` before the error map given to `safeParse`.
 */
import type { z } from 'zod';
import { findClosest } from './find-closest';
import { describeKind, formatJsonPath, quoteValue, type PackProblem } from './pack-problem';
import { LANGUAGES } from './pack-schema';

type RawIssue = z.core.$ZodRawIssue;

/** What a field of each type should hold, in words. */
const EXPECTED: Record<string, string> = {
  string: 'a text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

function listValues(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

function formatCount(count: number | bigint): string {
  return count.toLocaleString('en-US');
}

/** The keys an object schema allows; zod hands the schema over as `inst`. */
function getAllowedKeys(issue: RawIssue): string[] {
  const shape: unknown = issue.inst && 'shape' in issue.inst ? issue.inst.shape : undefined;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

function describeUnknownKeys(keys: readonly string[], allowed: readonly string[]): string {
  const allowedText = allowed.length > 0 ? ` Fields allowed here: ${allowed.join(', ')}.` : '';
  const [key] = keys;
  if (keys.length === 1 && key !== undefined) {
    const closest = findClosest(key, allowed);
    const hint = closest === undefined ? '' : ` Did you mean "${closest}"?`;
    return `${quoteValue(key)} is not a field the pack format knows here.${hint}${allowedText}`;
  }
  return `${keys.map((each) => quoteValue(each)).join(', ')} are not fields the pack format knows here.${allowedText}`;
}

/**
 * An error map for `safeParse`: the message for one of zod's issues. A missing field says so;
 * otherwise the message says what the field should hold and quotes what it holds.
 */
export function describeRawIssue(issue: RawIssue): string {
  const { input } = issue;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, but is ${describeKind(input)}`;
    case 'too_big': {
      const length = typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
      if (issue.origin === 'string' && length !== undefined) {
        return `is ${formatCount(length)} characters long; at most ${formatCount(issue.maximum)} are allowed`;
      }
      if (issue.origin === 'array' && length !== undefined) {
        return `has ${formatCount(length)} entries; at most ${formatCount(issue.maximum)} are allowed`;
      }
      return `is too large: at most ${formatCount(issue.maximum)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'is empty';
      if (issue.origin === 'array') return 'is an empty list; it needs at least one entry';
      return `is too small: at least ${formatCount(issue.minimum)}`;
    case 'invalid_value':
      if (input === undefined) return `is missing; it must be ${listValues(issue.values)}`;
      return `is ${quoteValue(input)}, but it must be ${listValues(issue.values)}`;
    case 'invalid_union':
      if (issue.discriminator !== undefined && Array.isArray(issue.options)) {
        // Zod hands over the whole object; the path already ends in the discriminating field.
        const options = listValues(issue.options);
        const value: unknown =
          typeof input === 'object' && input !== null
            ? Object.getOwnPropertyDescriptor(input, issue.discriminator)?.value
            : undefined;
        if (value === undefined) return `is missing; it must be ${options}`;
        return `is ${quoteValue(value)}, but it must be ${options}`;
      }
      if (input === undefined) return 'is missing';
      return 'does not have any of the allowed forms';
    case 'unrecognized_keys':
      return describeUnknownKeys(issue.keys, getAllowedKeys(issue));
    default:
      return 'is not valid here';
  }
}

function isLanguage(key: PropertyKey | undefined): boolean {
  return LANGUAGES.some((language) => language === key);
}

/**
 * Zod's issues as pack problems. An unknown key's path names the key itself
 * (`$.entities[0].nmae`), so the curator finds the typo where it is.
 */
export function toPackProblems(issues: readonly z.core.$ZodIssue[]): PackProblem[] {
  return issues.map((issue) => {
    const [key] = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const isOneKey = issue.code === 'unrecognized_keys' && issue.keys.length === 1;
    const path = isOneKey && key !== undefined ? [...issue.path, key] : issue.path;
    if (path.length === 0 && issue.code === 'invalid_type') {
      return {
        path: '$',
        message: `a pack is one JSON object { "format": 1, … }, but this is ${describeKind(issue.input)}`,
      };
    }
    const last = path.at(-1);
    if (issue.code === 'invalid_type' && issue.input === undefined && isLanguage(last)) {
      return {
        path: formatJsonPath(path),
        message: `is missing: every text needs a version in each of Kontext's languages (${LANGUAGES.join(', ')})`,
      };
    }
    return { path: formatJsonPath(path), message: issue.message };
  });
}
