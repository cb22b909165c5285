/**
 * Imported knowledge packs in `browser.storage.local`: an index (`packs`) of the imported ids,
 * and each pack under `pack:<id>`, compiled (what recognition needs, so a page never checks or
 * compiles a pack) beside the whole pack (what cards show), each as JSON text: storage copies one
 * long string many times faster than the same data as objects (a 50k-alias pack took about 1.7 s
 * as objects in Chromium and Firefox, which alone broke the 2 s import goal). A pack is checked by
 * `checkPack`, the same code as `npm run knowledge:check`, before anything is written; an invalid
 * one changes nothing. Reading never throws: a stored entry that is not what Kontext wrote is
 * left out.
 */
import { checkPack, type PackProblem } from '../knowledge/check-pack';
import { compilePack, COMPILED_FORMAT, type CompiledPack } from '../knowledge/compile-pack';
import type { KnowledgePack } from '../knowledge/pack-types';
import type { StorageArea } from '../settings/storage-area';
import type { InstalledPack } from './installed-packs';
import {
  isRecord,
  packAreaKey,
  PACK_INDEX_AREA_KEY,
  readPackIndex,
  type PackIndex,
  type StoredPack,
} from './read-page-packs';

export {
  loadImportedPagePacks,
  PACK_INDEX_AREA_KEY,
  packAreaKey,
  readPackIndex,
} from './read-page-packs';
export type { PackIndex, PagePack } from './read-page-packs';

/**
 * A stored pack, if it is one Kontext wrote for `id`. A compiled form of another format is
 * compiled again from the whole pack, which was checked when it was imported.
 */
function readStoredPack(stored: unknown, id: string): InstalledPack | undefined {
  if (!isRecord(stored) || typeof stored.pack !== 'string' || typeof stored.compiled !== 'string') {
    return undefined;
  }
  try {
    const pack = JSON.parse(stored.pack) as KnowledgePack;
    if (!isRecord(pack) || pack.id !== id || !Array.isArray(pack.entities)) return undefined;
    const compiled = JSON.parse(stored.compiled) as CompiledPack;
    const current =
      isRecord(compiled) &&
      compiled.compiledFormat === COMPILED_FORMAT &&
      compiled.id === id &&
      Array.isArray(compiled.entities) &&
      Array.isArray(compiled.aliases);
    return { pack, compiled: current ? compiled : compilePack(pack), source: 'imported' };
  } catch {
    return undefined;
  }
}

/** The imported packs, in the order they were imported; never throws. */
export async function loadImportedPacks(area: StorageArea): Promise<InstalledPack[]> {
  try {
    const index = readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
    if (index.packs.length === 0) return [];
    const keys = index.packs.map(({ id }) => packAreaKey(id));
    const items = await area.get(keys);
    return index.packs
      .map(({ id }) => readStoredPack(items[packAreaKey(id)], id))
      .filter((pack): pack is InstalledPack => pack !== undefined);
  } catch {
    return [];
  }
}

/** An imported pack, or everything wrong with the file (nothing was stored then). */
export type ImportResult =
  { ok: true; installed: InstalledPack } | { ok: false; problems: PackProblem[] };

/**
 * Checks the pack file `input` (its text or bytes) and, if it passes, stores it compiled beside
 * the whole pack. A pack of a bundled pack's id is refused; one of an imported pack's id replaces
 * it (an update).
 */
export async function importPack(
  area: StorageArea,
  input: string | Uint8Array,
  fileName: string,
  bundledIds: readonly string[],
  now: number = Date.now(),
): Promise<ImportResult> {
  const result = checkPack(input, fileName);
  if (!result.ok) return result;
  const { pack } = result;
  if (bundledIds.includes(pack.id)) {
    return {
      ok: false,
      problems: [
        {
          path: '$.id',
          message: `is "${pack.id}", the id of a pack that comes with Kontext; give your pack an id of its own`,
        },
      ],
    };
  }
  const compiled = compilePack(pack);
  const stored: StoredPack = { compiled: JSON.stringify(compiled), pack: JSON.stringify(pack) };
  const index = readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
  const packs = [
    ...index.packs.filter(({ id }) => id !== pack.id),
    { id: pack.id, importedAt: now },
  ];
  // The pack first, then the index: a reader of the index never finds a pack that is not there.
  await area.set({ [packAreaKey(pack.id)]: stored });
  await area.set({ [PACK_INDEX_AREA_KEY]: { packs } satisfies PackIndex });
  return { ok: true, installed: { pack, compiled, source: 'imported' } };
}

/** Removes an imported pack (bundled packs can only be turned off). */
export async function removePack(area: StorageArea, id: string): Promise<void> {
  const index = readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
  const packs = index.packs.filter((entry) => entry.id !== id);
  // The index first: from then on nobody reads the pack.
  await area.set({ [PACK_INDEX_AREA_KEY]: { packs } satisfies PackIndex });
  await area.remove(packAreaKey(id));
}
