/**
 * For the message tests: well-formed requests, and walking and changing JSON-like values by path,
 * to make malformed variants of well-formed messages and answers.
 */
import { GET_PAGE_VIEW, GET_TIMINGS, REVEAL_MENTION, START_NAVIGATION } from './protocol';

/** The id the tests give Kontext, as `runtime.id`. */
export const EXTENSION_ID = 'kontext-extension-id';

/** One well-formed request of each kind the content script takes (the page view in both languages). */
export const VALID_REQUESTS = [
  { type: GET_PAGE_VIEW, language: 'de' },
  { type: GET_PAGE_VIEW, language: 'en' },
  { type: REVEAL_MENTION, packId: 'kim-putin-2023', entityId: 'vladimir-putin', index: 3 },
  { type: START_NAVIGATION },
  { type: GET_TIMINGS },
] as const;

/** What kind of JSON value `value` is: "array", "null", or its `typeof`. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** Every path into `value` (object keys and array indices), the root left out. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

/** A copy of `value` with the value at `path` replaced (or removed, for undefined). */
export function replaceAt(
  value: unknown,
  path: readonly (string | number)[],
  next: unknown,
): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const replaced = replaceAt(copy[key!], rest, next);
  if (replaced === undefined) delete copy[key!];
  else copy[key!] = replaced;
  return copy;
}
