import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readSettings } from './read-settings';
import { DEFAULT_SETTINGS, isSiteKey, SETTINGS_VERSION, settingsSchema } from './settings';

describe('readSettings', () => {
  test('nothing stored: the defaults, quietly', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  test('stored settings come back as they were', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      sitesOff: ['tagesschau.de'],
      sitesAdded: ['notes.example.org'],
      entityTypes: { person: true, organization: false, state: true, place: false },
    };
    expect(readSettings(stored)).toEqual({ settings: stored });
  });

  test('fields left out read as their defaults', () => {
    expect(
      readSettings({ version: SETTINGS_VERSION, entityTypes: { place: false } }).settings,
    ).toEqual({
      ...DEFAULT_SETTINGS,
      entityTypes: { ...DEFAULT_SETTINGS.entityTypes, place: false },
    });
  });

  test.each([
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['no version', { sitesOff: [] }],
    ['version 0', { version: 0 }],
    ['a site list that is not a list', { version: SETTINGS_VERSION, sitesOff: 'tagesschau.de' }],
    [
      'a site that is no host name',
      { version: SETTINGS_VERSION, sitesOff: ['https://tagesschau.de/'] },
    ],
    [
      'a type switch that is not a boolean',
      { version: SETTINGS_VERSION, entityTypes: { person: 'no' } },
    ],
  ])('%s: the defaults, with a notice', (_, stored) => {
    const read = readSettings(stored);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(/could not be read/);
  });

  test('settings of a newer version: the defaults, and a notice that says so', () => {
    const read = readSettings({ version: SETTINGS_VERSION + 1, sitesOff: 42 });
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(new RegExp(`newer Kontext \\(version ${SETTINGS_VERSION + 1}\\)`));
  });

  test('never throws, and always gives settings the schema accepts', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const read = readSettings(stored);
        expect(settingsSchema.safeParse(read.settings).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('site keys are bare host names', () => {
    expect(isSiteKey('notes.example.org')).toBe(true);
    expect(isSiteKey('Notes.example.org')).toBe(false);
    expect(isSiteKey('notes.example.org:8080')).toBe(false);
    expect(isSiteKey('')).toBe(false);
  });
});
