import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
// WXT's fake browser, for the storage the code under test is handed: the test lives here, not
// beside the code, because lib/ never imports WXT.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMPILED_FORMAT, compilePack } from '../../../lib/knowledge/compile-pack';
import { makeSmallPack } from '../../../lib/knowledge/small-pack.fixture';
import { createLazyPackMap } from '../../../lib/packs/lazy-pack-map';
import {
  exportPackJson,
  listPackRows,
  mergePacks,
  pickEnabledPacks,
} from '../../../lib/packs/installed-packs';
import {
  importPack,
  loadImportedPacks,
  loadImportedPagePacks,
  packAreaKey,
  PACK_INDEX_AREA_KEY,
  removePack,
} from '../../../lib/packs/pack-store';

const area = fakeBrowser.storage.local;
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/packs');
const validFile = readFileSync(resolve(FIXTURES, 'sample-import.json'));
const brokenFile = readFileSync(resolve(FIXTURES, 'broken-import.json'));
const bundledPack = makeSmallPack();
const bundled = [
  { pack: bundledPack, compiled: compilePack(bundledPack), source: 'bundled' as const },
];

describe('imported packs in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a valid pack is stored compiled beside the whole pack, and loads again', async () => {
    const result = await importPack(area, validFile, 'sample-import.json', ['small-pack'], 1000);
    expect(result.ok).toBe(true);
    const stored = (await area.get(packAreaKey('sample-import')))[packAreaKey('sample-import')] as {
      compiled: string;
      pack: string;
    };
    expect(JSON.parse(stored.compiled)).toMatchObject({
      id: 'sample-import',
      compiledFormat: COMPILED_FORMAT,
    });
    expect(JSON.parse(stored.pack)).toMatchObject({ id: 'sample-import' });
    const loaded = await loadImportedPacks(area);
    expect(loaded.map(({ pack }) => pack.id)).toEqual(['sample-import']);
    expect(loaded[0]!.compiled).toEqual(compilePack(loaded[0]!.pack));
  });

  test('an invalid pack: every problem with its path, and nothing stored changes', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const before = await area.get(null as unknown as string);
    const result = await importPack(area, brokenFile, 'broken-import.json', []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ path }) => path)).toEqual([
      '$.asOf',
      '$.entities[0].type',
      '$.entities[1].aliases.de[0].kind',
    ]);
    expect(await area.get(null as unknown as string)).toEqual(before);
  });

  test('a file that is not JSON, and a pack that takes a bundled pack’s id, are refused', async () => {
    const notJson = await importPack(area, 'not json', 'x.json', []);
    expect(notJson.ok).toBe(false);
    const clash = await importPack(area, JSON.stringify(makeSmallPack()), 'small-pack.json', [
      'small-pack',
    ]);
    expect(clash).toMatchObject({ ok: false, problems: [{ path: '$.id' }] });
    expect(await loadImportedPacks(area)).toEqual([]);
  });

  test('importing a pack again replaces it and marks the index changed', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    await importPack(area, validFile, 'sample-import.json', [], 2000);
    const index = (await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY];
    expect(index).toEqual({ packs: [{ id: 'sample-import', importedAt: 2000 }] });
  });

  test('removing a pack removes it and its data', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    await removePack(area, 'sample-import');
    expect(await loadImportedPacks(area)).toEqual([]);
    expect(await area.get(packAreaKey('sample-import'))).toEqual({});
  });

  test('corrupt entries are left out; a compiled form of another format is compiled again', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const key = packAreaKey('sample-import');
    const { [key]: stored } = await area.get(key);
    const old = stored as { compiled: string; pack: string };
    await area.set({ [key]: { ...old, compiled: JSON.stringify({ compiledFormat: 0 }) } });
    const [recompiled] = await loadImportedPacks(area);
    expect(recompiled!.compiled).toEqual(compilePack(recompiled!.pack as never));

    await area.set({
      [PACK_INDEX_AREA_KEY]: {
        packs: [{ id: 'sample-import', importedAt: 1 }, { id: 'gone', importedAt: 2 }, 'junk'],
      },
      [key]: 'not a pack',
    });
    expect(await loadImportedPacks(area)).toEqual([]);
    await area.set({ [key]: { compiled: '{', pack: old.pack } });
    expect(await loadImportedPacks(area)).toEqual([]);
    await area.set({ [PACK_INDEX_AREA_KEY]: 17 });
    expect(await loadImportedPacks(area)).toEqual([]);
  });
});

describe('the installed packs', () => {
  test('bundled first, an imported pack never hides a bundled one; turned-off packs are left out', async () => {
    fakeBrowser.reset();
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const imported = await loadImportedPacks(area);
    const shadow = { ...imported[0]!, pack: { ...imported[0]!.pack, id: 'small-pack' } };
    const all = mergePacks(bundled, [...imported, shadow]);
    expect(all.map(({ pack, source }) => `${source}:${pack.id}`)).toEqual([
      'bundled:small-pack',
      'imported:sample-import',
    ]);
    expect(pickEnabledPacks(all, ['small-pack']).map(({ pack }) => pack.id)).toEqual([
      'sample-import',
    ]);
    expect(listPackRows(all, ['sample-import'])).toMatchObject([
      { id: 'small-pack', entities: 2, asOf: '2025-06-30', enabled: true, source: 'bundled' },
      { id: 'sample-import', entities: 2, asOf: '2025-03-31', enabled: false, source: 'imported' },
    ]);
  });

  test('an exported pack imports again as the same pack', async () => {
    fakeBrowser.reset();
    const result = await importPack(area, exportPackJson(bundledPack), 'small-pack.json', []);
    expect(result.ok && result.installed.pack).toEqual(bundledPack);
  });
});

describe('packs as a page loads them', () => {
  beforeEach(() => fakeBrowser.reset());

  test('compiled at once, the whole pack parsed only when a card asks, once', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const [page] = await loadImportedPagePacks(area);
    expect(page!.compiled.id).toBe('sample-import');
    let reads = 0;
    const map = createLazyPackMap(
      new Map([
        [
          'sample-import',
          () => {
            reads++;
            return page!.readPack();
          },
        ],
      ]),
    );
    expect(reads).toBe(0);
    expect(map.get('sample-import')!.title.en).toBe('Sample pack to import');
    expect(map.get('sample-import')).toBe(map.get('sample-import'));
    expect(reads).toBe(1);
    expect(map.get('other')).toBeUndefined();
    expect([...map.keys()]).toEqual(['sample-import']);
  });

  test('a stored whole pack that is not readable gives no pack, and no throw', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const key = packAreaKey('sample-import');
    const { [key]: stored } = await area.get(key);
    await area.set({ [key]: { ...(stored as object), pack: '{"id": "sample-import"' } });
    const [page] = await loadImportedPagePacks(area);
    const map = createLazyPackMap(new Map([['sample-import', page!.readPack]]));
    expect(map.get('sample-import')).toBeUndefined();
    expect(map.size).toBe(0);
    // A compiled form that is not readable leaves the pack out altogether.
    await area.set({ [key]: { ...(stored as object), compiled: 'oops' } });
    expect(await loadImportedPagePacks(area)).toEqual([]);
  });
});
