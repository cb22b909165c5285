/**
 * Imported knowledge packs in `browser.storage.local`: an index (`packs`) of the imported ids,
 * and each pack in parts (`stored-pack-layout.ts`), so that a page reads only the part it needs.
 * A pack is checked by `checkPack`, the same code as `npm run knowledge:check`, before anything
 * is written; an invalid one changes nothing. Reading never throws: a stored entry that is not
 * what Kontext wrote is left out. A pack stored by an earlier version is stored again in the
 * current layout (`upgradeStoredPacks`, which the background runs after an update).
 */
import { checkPack, type PackProblem } from '../knowledge/check-pack';
import { compilePack } from '../knowledge/compile-pack';
import type { KnowledgePack } from '../knowledge/pack-types';
import type { StorageArea } from '../settings/storage-area';
import type { InstalledPack } from './installed-packs';
import {
  isRecord,
  PACK_INDEX_AREA_KEY,
  readPackIndex,
  readStoredHead,
  type PackIndex,
} from './read-page-packs';
import {
  bucketAreaKey,
  chunkAreaKey,
  headAreaKey,
  partAreaKeys,
  sourceAreaKey,
  splitPack,
} from './stored-pack-layout';

export { loadImportedPagePacks, PACK_INDEX_AREA_KEY, readPackIndex } from './read-page-packs';
export type { PackIndex } from './read-page-packs';

/** A stored whole pack's text, parsed, if it is the pack `id`. */
function parsePackText(text: unknown, id: string): KnowledgePack | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const pack = JSON.parse(text) as unknown;
    return isRecord(pack) && pack.id === id && Array.isArray(pack.entities)
      ? (pack as unknown as KnowledgePack)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The whole pack of an entry an earlier version stored (`{ compiled, pack }` under its head key). */
function readEarlierEntry(stored: unknown, id: string): KnowledgePack | undefined {
  return isRecord(stored) && !('head' in stored) ? parsePackText(stored.pack, id) : undefined;
}

/** Writes a checked pack in parts, then the index that lists it (`importedAt`). */
async function storePack(area: StorageArea, pack: KnowledgePack, importedAt: number) {
  const parts = splitPack(pack, compilePack(pack));
  const items: Record<string, unknown> = {
    [sourceAreaKey(pack.id)]: JSON.stringify(pack),
    [headAreaKey(pack.id)]: { head: JSON.stringify(parts.head) },
  };
  parts.buckets.forEach((bucket, index) => (items[bucketAreaKey(pack.id, index)] = bucket));
  parts.chunks.forEach((chunk, index) => (items[chunkAreaKey(pack.id, index)] = chunk));
  const index = readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
  const previous = index.packs.some(({ id }) => id === pack.id)
    ? readStoredHead((await area.get(headAreaKey(pack.id)))[headAreaKey(pack.id)])
    : undefined;
  const packs = [...index.packs.filter(({ id }) => id !== pack.id), { id: pack.id, importedAt }];
  // The parts first, then the index: a reader of the index never finds a pack that is not there.
  // A pack imported again may have fewer parts: those it no longer has go.
  if (previous) {
    const kept = new Set(Object.keys(items));
    const gone = partAreaKeys(pack.id, previous).filter((key) => !kept.has(key));
    if (gone.length > 0) await area.remove(gone);
  }
  await area.set(items);
  await area.set({ [PACK_INDEX_AREA_KEY]: { packs } satisfies PackIndex });
  return parts.head.aliasCount;
}

/** The imported packs, in the order they were imported, whole; never throws. */
export async function loadImportedPacks(area: StorageArea): Promise<InstalledPack[]> {
  try {
    const index = readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
    if (index.packs.length === 0) return [];
    const keys = index.packs.flatMap(({ id }) => [headAreaKey(id), sourceAreaKey(id)]);
    const items = await area.get(keys);
    const packs: InstalledPack[] = [];
    for (const { id } of index.packs) {
      const head = readStoredHead(items[headAreaKey(id)]);
      const pack = parsePackText(items[sourceAreaKey(id)], id);
      if (head && pack) packs.push({ pack, aliasCount: head.aliasCount, source: 'imported' });
    }
    return packs;
  } catch {
    return [];
  }
}

/**
 * Stores again, in the current layout, every imported pack that an earlier version of Kontext
 * stored otherwise; returns their ids. Packs that cannot be read are left as they are.
 */
export async function upgradeStoredPacks(area: StorageArea): Promise<string[]> {
  const index = readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
  const upgraded: string[] = [];
  for (const { id, importedAt } of index.packs) {
    const items = await area.get([headAreaKey(id), sourceAreaKey(id)]);
    if (readStoredHead(items[headAreaKey(id)])) continue;
    const pack =
      readEarlierEntry(items[headAreaKey(id)], id) ?? parsePackText(items[sourceAreaKey(id)], id);
    if (!pack) continue;
    await storePack(area, pack, importedAt);
    upgraded.push(id);
  }
  return upgraded;
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
  const aliasCount = await storePack(area, pack, now);
  return { ok: true, installed: { pack, aliasCount, source: 'imported' } };
}

/** Removes an imported pack (bundled packs can only be turned off), with all its parts. */
export async function removePack(area: StorageArea, id: string): Promise<void> {
  const index = readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
  const packs = index.packs.filter((entry) => entry.id !== id);
  const head = readStoredHead((await area.get(headAreaKey(id)))[headAreaKey(id)]);
  // The index first: from then on nobody reads the pack.
  await area.set({ [PACK_INDEX_AREA_KEY]: { packs } satisfies PackIndex });
  await area.remove(head ? partAreaKeys(id, head) : [headAreaKey(id), sourceAreaKey(id)]);
}
