/**
 * For the message tests: walking and changing JSON-like values by path, to make malformed
 * variants of well-formed messages and answers.
 */

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
