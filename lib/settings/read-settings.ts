import { migrateSettings } from './migrate-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from './settings';

export interface ReadSettings {
  settings: Settings;
  /** Why the stored value was not used, for the reader (and the console); absent when it was. */
  notice?: string;
}

/**
 * The settings in a stored value: the defaults when nothing is stored; settings of an older
 * version migrated (`migrate-settings.ts`); the defaults with a notice when the value is corrupt
 * or from a newer Kontext. Never throws: whatever storage holds, Kontext keeps working.
 */
export function readSettings(stored: unknown): ReadSettings {
  if (stored === null || stored === undefined) return { settings: DEFAULT_SETTINGS };
  const version =
    typeof stored === 'object' && !Array.isArray(stored)
      ? (stored as { version?: unknown }).version
      : undefined;
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return {
      settings: DEFAULT_SETTINGS,
      notice: `The settings were saved by a newer Kontext (version ${version}); the defaults apply until it is back.`,
    };
  }
  const migrated =
    typeof version === 'number' && version < SETTINGS_VERSION
      ? migrateSettings(stored as Record<string, unknown>, SETTINGS_VERSION)
      : stored;
  const parsed = settingsSchema.safeParse(migrated);
  if (!parsed.success) {
    return {
      settings: DEFAULT_SETTINGS,
      notice: 'The saved settings could not be read; the defaults apply.',
    };
  }
  return { settings: parsed.data };
}
