import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
// WXT's fake browser, for the storage the code under test is handed: the test lives here, not
// beside the code, because lib/ never imports WXT.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRecognizer } from '../../../lib/analysis/create-recognizer';
import type { SliceOptions } from '../../../lib/async/run-sliced';
import { compilePack } from '../../../lib/knowledge/compile-pack';
import { makeSmallPack } from '../../../lib/knowledge/small-pack.fixture';
import { createKnowledgeLoader } from '../../../lib/packs/page-knowledge';
import { createPackMap } from '../../../lib/packs/pack-map';
import {
  earlierHeadAreaKey,
  partAreaKeys,
  sourceAreaKey,
  STORED_LAYOUT,
} from '../../../lib/packs/stored-pack-layout';
import type { KnowledgePack } from '../../../lib/knowledge/pack-types';
import {
  exportPackJson,
  listPackRows,
  mergePacks,
  pickEnabledPacks,
} from '../../../lib/packs/installed-packs';
import {
  importPack,
  installBundledPacks,
  toBundledPackParts,
  loadImportedPacks,
  loadImportedPagePacks,
  PACK_INDEX_AREA_KEY,
  removePack,
  upgradeStoredPacks,
  type PackIndex,
} from '../../../lib/packs/pack-store';

const area = fakeBrowser.storage.local;
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/packs');
const validFile = readFileSync(resolve(FIXTURES, 'sample-import.json'));
const brokenFile = readFileSync(resolve(FIXTURES, 'broken-import.json'));
const bundledPack = makeSmallPack();
const bundled = [
  {
    pack: bundledPack,
    aliasCount: compilePack(bundledPack).aliases.length,
    source: 'bundled' as const,
  },
];

describe('imported packs in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a valid pack is stored in parts beside the whole pack, and loads again', async () => {
    const result = await importPack(area, validFile, 'sample-import.json', ['small-pack'], 1000);
    expect(result.ok).toBe(true);
    const index = (await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY] as PackIndex;
    const head = JSON.parse(index.packs[0]!.head!) as unknown;
    expect(head).toMatchObject({ layout: STORED_LAYOUT, base: { id: 'sample-import' } });
    // Every part is there, and no head apart from the index.
    const keys = partAreaKeys('sample-import', head as never);
    const parts = keys.filter((key) => key !== earlierHeadAreaKey('sample-import'));
    const stored = Object.entries(await area.get(keys)).filter(([, value]) => value !== undefined);
    expect(stored.map(([key]) => key).sort()).toEqual([...parts].sort());
    const loaded = await loadImportedPacks(area);
    expect(loaded.map(({ pack }) => pack.id)).toEqual(['sample-import']);
    expect(loaded[0]!.aliasCount).toBe(compilePack(loaded[0]!.pack).aliases.length);
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
    const index = (await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY] as PackIndex;
    expect(index.packs.map(({ id, importedAt }) => ({ id, importedAt }))).toEqual([
      { id: 'sample-import', importedAt: 2000 },
    ]);
  });

  test('removing a pack removes it and all its parts', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    await removePack(area, 'sample-import');
    expect(await loadImportedPacks(area)).toEqual([]);
    expect(await area.get(null as unknown as string)).toEqual({
      [PACK_INDEX_AREA_KEY]: { packs: [] },
    });
  });

  test('corrupt entries are left out, and never throw', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const { head } = ((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY] as PackIndex)
      .packs[0]!;
    await area.set({
      [PACK_INDEX_AREA_KEY]: {
        packs: [
          { id: 'sample-import', importedAt: 1, head },
          { id: 'gone', importedAt: 2, head },
          'junk',
        ],
      },
    });
    expect((await loadImportedPacks(area)).map(({ pack }) => pack.id)).toEqual(['sample-import']);
    expect((await loadImportedPagePacks(area)).map(({ id }) => id)).toEqual(['sample-import']);
    for (const broken of [undefined, 17, { head }, '{', '{"layout": 99}']) {
      await area.set({
        [PACK_INDEX_AREA_KEY]: { packs: [{ id: 'sample-import', importedAt: 1, head: broken }] },
      });
      expect(await loadImportedPacks(area)).toEqual([]);
      expect(await loadImportedPagePacks(area)).toEqual([]);
    }
    await area.set({ [PACK_INDEX_AREA_KEY]: 17 });
    expect(await loadImportedPacks(area)).toEqual([]);
  });

  test('a pack an earlier version stored whole is stored again in parts', async () => {
    const pack = JSON.parse(validFile.toString('utf8')) as { id: string };
    await area.set({
      [PACK_INDEX_AREA_KEY]: { packs: [{ id: pack.id, importedAt: 5 }] },
      [earlierHeadAreaKey(pack.id)]: {
        compiled: '{"compiledFormat": 1}',
        pack: JSON.stringify(pack),
      },
    });
    expect(await loadImportedPagePacks(area)).toEqual([]);
    expect(await upgradeStoredPacks(area)).toEqual([pack.id]);
    expect(await upgradeStoredPacks(area)).toEqual([]);
    expect((await loadImportedPagePacks(area)).map(({ id }) => id)).toEqual([pack.id]);
    expect(await area.get(sourceAreaKey(pack.id))).toEqual({
      [sourceAreaKey(pack.id)]: JSON.stringify(pack),
    });
    expect(await area.get(earlierHeadAreaKey(pack.id))).toEqual({});
  });

  test('a pack stored with its head apart (layout 2) is stored again with the head in the index', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 5);
    const index = (await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY] as PackIndex;
    const { head } = index.packs[0]!;
    const earlier = JSON.stringify({ ...JSON.parse(head!), layout: 2 });
    await area.set({
      [PACK_INDEX_AREA_KEY]: { packs: [{ id: 'sample-import', importedAt: 5 }] },
      [earlierHeadAreaKey('sample-import')]: { head: earlier },
    });
    expect(await loadImportedPagePacks(area)).toEqual([]);
    expect(await upgradeStoredPacks(area)).toEqual(['sample-import']);
    expect(await area.get(PACK_INDEX_AREA_KEY)).toEqual({ [PACK_INDEX_AREA_KEY]: index });
    expect(await area.get(earlierHeadAreaKey('sample-import'))).toEqual({});
    expect((await loadImportedPagePacks(area)).map(({ id }) => id)).toEqual(['sample-import']);
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

  /** Slices that never pause. */
  const AT_ONCE: SliceOptions = {
    maxSliceMs: Infinity,
    now: () => 0,
    pause: () => Promise.resolve(),
  };

  /** The storage area, counting the keys each read asks for. */
  function countingArea() {
    const reads: string[][] = [];
    return {
      reads,
      area: {
        get: async (keys: string | string[]) => {
          reads.push([keys].flat());
          return area.get(keys);
        },
        set: (items: Record<string, unknown>) => area.set(items),
        remove: (keys: string | string[]) => area.remove(keys),
      },
    };
  }

  test('a page reads the aliases its words may begin, then the entities it names', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const { area: counted, reads } = countingArea();
    const stored = await loadImportedPagePacks(counted);
    expect(stored.map(({ id }) => id)).toEqual(['sample-import']);
    // The index alone: the heads are in it.
    expect(reads).toEqual([[PACK_INDEX_AREA_KEY]]);
    const recognizer = createRecognizer(
      [],
      stored.map(({ id, head }) => ({ id, entityCount: head.entityCount })),
    );
    const loader = createKnowledgeLoader(counted, recognizer, stored);
    const text = 'Heute sprach Wladimir Putin in Moskau.';
    reads.length = 0;
    await loader.beforeRecognition(text, AT_ONCE);
    // One read, of buckets only: neither the whole pack nor any entity yet.
    expect(reads).toHaveLength(1);
    expect(reads[0]!.every((key) => /:a\d+$/.test(key))).toBe(true);
    const found = recognizer.recognize(text, { date: '2025-01-01' });
    expect(found.length).toBeGreaterThan(0);
    await loader.loadEntities(
      found.map(({ entity }) => entity),
      AT_ONCE,
    );
    expect(reads).toHaveLength(2);
    expect(reads[1]!.every((key) => /:e\d+$/.test(key))).toBe(true);
    expect(recognizer.entities[found[0]!.entity]).toMatchObject({ packId: 'sample-import' });

    // What was read is not read again.
    await loader.beforeRecognition(text, AT_ONCE);
    await loader.loadEntities(
      found.map(({ entity }) => entity),
      AT_ONCE,
    );
    expect(reads).toHaveLength(2);

    const packs = createPackMap(
      new Map([['sample-import', () => loader.readPack('sample-import')]]),
    );
    const partial = packs.get('sample-import')!;
    expect(partial.title.en).toBe('Sample pack to import');
    expect(partial.entities.map(({ id }) => id)).toContain(
      recognizer.entities[found[0]!.entity]!.id,
    );
    expect(packs.get('other')).toBeUndefined();
  });

  test('a look stopped before it was done is done again, in full, the next time', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const { area: counted, reads } = countingArea();
    const stored = await loadImportedPagePacks(counted);
    const recognizer = createRecognizer(
      [],
      stored.map(({ id, head }) => ({ id, entityCount: head.entityCount })),
    );
    const loader = createKnowledgeLoader(counted, recognizer, stored);
    const text = 'Heute sprach Wladimir Putin in Moskau.';
    reads.length = 0;
    // Stopped at its first pause: the page's blocks are not taken as looked up.
    const controller = new AbortController();
    controller.abort();
    const stopped: SliceOptions = { ...AT_ONCE, maxSliceMs: 0, signal: controller.signal };
    await loader.beforeRecognition(text, stopped);
    expect(recognizer.recognize(text, { date: '2025-01-01' })).toEqual([]);
    await loader.beforeRecognition(text, AT_ONCE);
    expect(reads.filter((keys) => keys.some((key) => /:a\d+$/.test(key)))).toHaveLength(1);
    expect(recognizer.recognize(text, { date: '2025-01-01' }).length).toBeGreaterThan(0);
  });

  test('parts that are not readable are left out, and never throw', async () => {
    await importPack(area, validFile, 'sample-import.json', [], 1000);
    const stored = await loadImportedPagePacks(area);
    const keys = partAreaKeys('sample-import', stored[0]!.head).filter((key) =>
      /:[ae]\d+$/.test(key),
    );
    await area.set(Object.fromEntries(keys.map((key) => [key, '{"aliases": ['])));
    const recognizer = createRecognizer([], [{ id: 'sample-import', entityCount: 2 }]);
    const loader = createKnowledgeLoader(area, recognizer, stored);
    await loader.beforeRecognition('Wladimir Putin und Russland', AT_ONCE);
    expect(recognizer.recognize('Wladimir Putin und Russland', { date: '2025-01-01' })).toEqual([]);
    await loader.loadEntities([0, 1], AT_ONCE);
    expect(recognizer.entities.filter(Boolean)).toEqual([]);
  });
});

describe('bundled packs the background stores', () => {
  beforeEach(() => fakeBrowser.reset());

  /** A pack split as the build splits it (`virtual:kontext/stored-pack-parts`). */
  function worldPack(version = '1.0.0'): KnowledgePack {
    return { ...makeSmallPack(), id: 'world', version };
  }

  async function readIndexIds() {
    const index = (await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY] as PackIndex;
    return index.packs.map(({ id }) => id);
  }

  test('stored in parts, listed before the imported packs, for pages to read in part', async () => {
    await importPack(area, validFile, 'sample-import.json', ['world'], 1000);
    expect(await installBundledPacks(area, [toBundledPackParts(worldPack())])).toEqual(['world']);
    expect(await readIndexIds()).toEqual(['world', 'sample-import']);
    const pages = await loadImportedPagePacks(area);
    expect(pages.map(({ id }) => id)).toEqual(['world', 'sample-import']);
    // The options page has the bundled pack from the build: storage holds no second copy.
    expect((await area.get(sourceAreaKey('world')))[sourceAreaKey('world')]).toBeUndefined();
    expect((await loadImportedPacks(area)).map(({ pack }) => pack.id)).toEqual(['sample-import']);
  });

  test('the same build stores nothing again; another build replaces its parts', async () => {
    await installBundledPacks(area, [toBundledPackParts(worldPack())]);
    expect(await installBundledPacks(area, [toBundledPackParts(worldPack())])).toEqual([]);

    const smaller = worldPack('1.0.1');
    smaller.entities = smaller.entities.slice(0, 1);
    smaller.statements = smaller.statements.filter(
      ({ subject }) => subject === smaller.entities[0]!.id,
    );
    smaller.events = [];
    const before = Object.keys(await area.get(null));
    expect(await installBundledPacks(area, [toBundledPackParts(smaller)])).toEqual(['world']);
    const after = Object.keys(await area.get(null));
    const head = (await loadImportedPagePacks(area))[0]!.head;
    expect(head.base.version).toBe('1.0.1');
    // What the new build has, and nothing the old one had beyond it.
    const expected = partAreaKeys('world', head).filter((key) => /:[ae]\d+$/.test(key));
    expect(after.filter((key) => key.startsWith('pack:world')).sort()).toEqual(expected.sort());
    expect(before.length).toBeGreaterThanOrEqual(after.length);
  });

  test('the same entity in a bundled pack and a stored one: one mention, the twin read too', async () => {
    await installBundledPacks(area, [toBundledPackParts(worldPack())]);
    const stored = await loadImportedPagePacks(area);
    const inline = compilePack(makeSmallPack());
    const recognizer = createRecognizer(
      [inline],
      stored.map(({ id, head }) => ({ id, entityCount: head.entityCount })),
    );
    const loader = createKnowledgeLoader(area, recognizer, stored);
    const text = 'Heute sprach Wladimir Putin in Moskau.';
    await loader.beforeRecognition(text, AT_ONCE_SLICES);
    const found = recognizer.recognize(text, { date: '2025-01-01' });
    const putin = found.filter(
      ({ entity }) => recognizer.entities[entity]?.id === 'vladimir-putin',
    );
    expect(putin).toHaveLength(1);
    expect(putin[0]).toMatchObject({ confidence: 1 });
    expect(recognizer.entities[putin[0]!.entity]!.packId).toBe('small-pack');
    const [twin] = recognizer.twinsOf(putin[0]!.entity);
    expect(twin).toBeDefined();
    await loader.loadEntities(
      found.map(({ entity }) => entity),
      AT_ONCE_SLICES,
    );
    expect(recognizer.entities[twin!]).toMatchObject({ id: 'vladimir-putin', packId: 'world' });
    expect(loader.readPack('world')!.entities.map(({ id }) => id)).toContain('vladimir-putin');
  });
});

/** Slices that never pause. */
const AT_ONCE_SLICES: SliceOptions = {
  maxSliceMs: Infinity,
  now: () => 0,
  pause: () => Promise.resolve(),
};
