import { describe, expect, test } from 'vitest';
import { migrateSettings, MIGRATIONS } from './migrate-settings';
import { readSettings } from './read-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './settings';

describe('migrateSettings', () => {
  test('there is a step from every version before the current one', () => {
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      expect(MIGRATIONS[version], `step from version ${version}`).toBeTypeOf('function');
    }
  });

  test('version 1 settings keep what the reader chose and gain the new defaults', () => {
    const v1 = {
      version: 1,
      sitesOff: ['tagesschau.de'],
      sitesAdded: ['notes.example.org'],
      entityTypes: { person: true, organization: false, state: true, place: true },
    };
    const read = readSettings(v1);
    expect(read.notice).toBeUndefined();
    expect(read.settings).toEqual({
      ...DEFAULT_SETTINGS,
      sitesOff: ['tagesschau.de'],
      sitesAdded: ['notes.example.org'],
      entityTypes: { person: true, organization: false, state: true, place: true },
    });
  });

  test('steps run in order, each from the version the last one reached', () => {
    const steps = {
      1: (s: Record<string, unknown>) => ({ ...s, version: 2, a: 1 }),
      2: (s: Record<string, unknown>) => ({ ...s, version: 3, b: (s.a as number) + 1 }),
    };
    expect(migrateSettings({ version: 1 }, 3, steps)).toEqual({ version: 3, a: 1, b: 2 });
    expect(migrateSettings({ version: 2, a: 5 }, 3, steps)).toEqual({ version: 3, a: 5, b: 6 });
  });

  test('a missing step, a step that throws, or one that does not move on: no settings', () => {
    expect(migrateSettings({ version: 0 }, 2)).toBeUndefined();
    const throwing = {
      1: () => {
        throw new Error('broken step');
      },
    };
    expect(migrateSettings({ version: 1 }, 2, throwing)).toBeUndefined();
    expect(migrateSettings({ version: 1 }, 2, { 1: (s) => s })).toBeUndefined();
  });

  test('a version 1 value that is corrupt after migrating: the defaults, with a notice', () => {
    const read = readSettings({ version: 1, sitesOff: 'tagesschau.de' });
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(/could not be read/);
  });
});
