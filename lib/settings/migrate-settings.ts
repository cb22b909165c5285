/**
 * Brings settings stored by an older Kontext forward, one version at a time. Each step takes the
 * stored value of its version (as it was written then, unchecked) and returns the value of the
 * next; `readSettings` checks the result against the current schema.
 */

/** A step from version `n` (its key) to `n + 1`. */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

/** The steps, by the version they start from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 added colours, how cards open, their language and packs turned off; all have
  // defaults, so version 1's data only changes its number.
  1: (stored) => ({ ...stored, version: 2 }),
};

/**
 * The stored value raised to `target` by the steps of `migrations`, or undefined where a step is
 * missing (a version Kontext never wrote) or throws.
 */
export function migrateSettings(
  stored: Record<string, unknown>,
  target: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> | undefined {
  let value = stored;
  try {
    while (typeof value.version === 'number' && value.version < target) {
      const step = migrations[value.version];
      if (!step) return undefined;
      const from = value.version;
      value = step(value);
      // A step that does not raise the version would loop for ever.
      if (typeof value.version !== 'number' || value.version <= from) return undefined;
    }
  } catch {
    return undefined;
  }
  return value.version === target ? value : undefined;
}
