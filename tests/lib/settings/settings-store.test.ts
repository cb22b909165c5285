import { beforeEach, describe, expect, test } from 'vitest';
// WXT's fake browser, for the storage the code under test is handed: the test lives here, not
// beside the code, because lib/ never imports WXT.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../lib/settings/settings';
import {
  loadSettings,
  saveSettings,
  SETTINGS_AREA_KEY,
} from '../../../lib/settings/settings-store';
import { withTypeShown } from '../../../lib/settings/site-settings';

const area = fakeBrowser.storage.local;

describe('the settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('nothing stored: the defaults, without a notice', async () => {
    expect(await loadSettings(area)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  test('what is saved is what is loaded, and other contexts see the change', async () => {
    const seen: unknown[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      seen.push(changes[SETTINGS_AREA_KEY]?.newValue);
    });
    const next: Settings = {
      ...withTypeShown(DEFAULT_SETTINGS, 'place', false),
      cardOpening: { mode: 'modifier', delayMs: 600, modifier: 'Shift' },
      cardLanguage: 'de',
      packsOff: ['kim-putin-2023'],
      colors: { ...DEFAULT_SETTINGS.colors, person: '#ff0000' },
    };
    await saveSettings(area, next);
    expect(await loadSettings(area)).toEqual({ settings: next });
    expect(seen).toEqual([next]);
  });

  test('version 1 settings in storage load migrated', async () => {
    await area.set({ [SETTINGS_AREA_KEY]: { version: 1, sitesOff: ['zdf.de'] } });
    const read = await loadSettings(area);
    expect(read.notice).toBeUndefined();
    expect(read.settings.version).toBe(SETTINGS_VERSION);
    expect(read.settings.sitesOff).toEqual(['zdf.de']);
    expect(read.settings.cardOpening).toEqual(DEFAULT_SETTINGS.cardOpening);
  });

  test.each([
    ['a number', 42],
    ['a string of JSON', JSON.stringify(DEFAULT_SETTINGS)],
    ['a colour that is no colour', { ...DEFAULT_SETTINGS, colors: { person: 'red' } }],
    [
      'a hover delay of an hour',
      { ...DEFAULT_SETTINGS, cardOpening: { mode: 'hover', delayMs: 3.6e6, modifier: 'Alt' } },
    ],
    ['an unknown card language', { ...DEFAULT_SETTINGS, cardLanguage: 'fr' }],
    ['a pack list that is no list', { ...DEFAULT_SETTINGS, packsOff: 'all' }],
  ])('corrupt: %s loads as the defaults, with a notice', async (_, stored) => {
    await area.set({ [SETTINGS_AREA_KEY]: stored });
    const read = await loadSettings(area);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(/could not be read/);
  });

  test('an unknown, newer version loads as the defaults, with a notice that says so', async () => {
    await area.set({ [SETTINGS_AREA_KEY]: { version: SETTINGS_VERSION + 1 } });
    const read = await loadSettings(area);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(/newer Kontext/);
  });

  test('a storage that fails to answer: the defaults, with a notice, never a throw', async () => {
    const failing = { ...area, get: () => Promise.reject(new Error('storage is gone')) };
    const read = await loadSettings(failing);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toBeDefined();
  });
});
