/**
 * The settings in storage: read (never throwing, whatever is stored) and written. The key is the
 * one WXT storage's `local:settings` stands for, so `storage.watch(SETTINGS_STORAGE_KEY)` sees
 * every write.
 */
import { readSettings, type ReadSettings } from './read-settings';
import type { Settings } from './settings';
import type { StorageArea } from './storage-area';

/** The settings' key in `browser.storage.local` (WXT's `local:settings`). */
export const SETTINGS_AREA_KEY = 'settings';

/** The stored settings, or the defaults with a notice; a storage that fails reads as corrupt. */
export async function loadSettings(area: StorageArea): Promise<ReadSettings> {
  try {
    const items = await area.get(SETTINGS_AREA_KEY);
    return readSettings(items[SETTINGS_AREA_KEY]);
  } catch {
    return readSettings(Symbol('unreadable'));
  }
}

/** Writes `settings` as they are (already of the current version). */
export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_AREA_KEY]: settings });
}
