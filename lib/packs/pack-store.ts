/**
 * Imported knowledge packs in `browser.storage.local`: an index (`packs`) of the imported ids with
 * their heads, and each pack in parts (`stored-pack-layout.ts`), so that a page reads only the part
 * it needs.
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
  parsePart,
  readPackIndex,
  readStoredHead,
  type PackIndex,
} from './read-page-packs';
import {
  bucketAreaKey,
  chunkAreaKey,
  earlierHeadAreaKey,
  BUNDLED_MIN_BUCKETS,
  partAreaKeys,
  sourceAreaKey,
  splitPack,
} from './stored-pack-layout';

export { loadImportedPagePacks, PACK_INDEX_AREA_KEY, readPackIndex } from './read-page-packs';
export type { PackIndex } from './read-page-packs';

/** A stored whole pack's text, parsed, if it is the pack `id`. */
function parsePackText(text: unknown, id: string): KnowledgePack | undefined {
  const pack = parsePart(text);
  return isRecord(pack) && pack.id === id && Array.isArray(pack.entities)
    ? (pack as unknown as KnowledgePack)
    : undefined;
}

/** The whole pack of an entry layout 1 stored (`{ compiled, pack }` under the head's key). */
function readEarlierEntry(stored: unknown, id: string): KnowledgePack | undefined {
  return isRecord(stored) && !('head' in stored) ? parsePackText(stored.pack, id) : undefined;
}

/** The index as stored. */
async function readIndex(area: StorageArea): Promise<PackIndex> {
  return readPackIndex((await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY]);
}

/** Writes a checked pack in parts, then the index that lists it (`importedAt`) with its head. */
async function storePack(area: StorageArea, pack: KnowledgePack, importedAt: number) {
  const parts = splitPack(pack, compilePack(pack));
  const items: Record<string, unknown> = { [sourceAreaKey(pack.id)]: JSON.stringify(pack) };
  parts.buckets.forEach((bucket, index) => (items[bucketAreaKey(pack.id, index)] = bucket));
  parts.chunks.forEach((chunk, index) => (items[chunkAreaKey(pack.id, index)] = chunk));
  const index = await readIndex(area);
  const previous = readStoredHead(index.packs.find(({ id }) => id === pack.id)?.head);
  const entry = { id: pack.id, importedAt, head: JSON.stringify(parts.head) };
  const packs = [...index.packs.filter(({ id }) => id !== pack.id), entry];
  // The parts first, then the index: a reader of the index never finds a pack that is not there.
  // A pack imported again may have fewer parts: those it no longer has go, and so does the head
  // an earlier layout kept apart.
  const kept = new Set(Object.keys(items));
  const gone = previous
    ? partAreaKeys(pack.id, previous).filter((key) => !kept.has(key))
    : [earlierHeadAreaKey(pack.id)];
  await area.remove(gone);
  await area.set(items);
  await area.set({ [PACK_INDEX_AREA_KEY]: { packs } satisfies PackIndex });
  return parts.head.aliasCount;
}

/** The imported packs, in the order they were imported, whole; never throws. */
export async function loadImportedPacks(area: StorageArea): Promise<InstalledPack[]> {
  try {
    const index = await readIndex(area);
    if (index.packs.length === 0) return [];
    const items = await area.get(index.packs.map(({ id }) => sourceAreaKey(id)));
    const packs: InstalledPack[] = [];
    for (const { id, head: text } of index.packs) {
      const head = readStoredHead(text);
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
  const index = await readIndex(area);
  const upgraded: string[] = [];
  for (const { id, importedAt, head } of index.packs) {
    if (readStoredHead(head)) continue;
    const items = await area.get([earlierHeadAreaKey(id), sourceAreaKey(id)]);
    const pack =
      readEarlierEntry(items[earlierHeadAreaKey(id)], id) ??
      parsePackText(items[sourceAreaKey(id)], id);
    if (!pack) continue;
    await storePack(area, pack, importedAt);
    upgraded.push(id);
  }
  return upgraded;
}

/** A bundled pack split for storage at build time (`virtual:kontext/stored-pack-parts`). */
export interface BundledPackParts {
  id: string;
  /** The head's JSON text. */
  head: string;
  buckets: readonly string[];
  chunks: readonly string[];
}

/** `pack` split as the build splits a bundled pack for the background to store. */
export function toBundledPackParts(pack: KnowledgePack): BundledPackParts {
  const { head, buckets, chunks } = splitPack(pack, compilePack(pack), BUNDLED_MIN_BUCKETS);
  return { id: pack.id, head: JSON.stringify(head), buckets, chunks };
}

/**
 * Stores the bundled packs too big for the content script (the world pack) as imported packs are
 * stored, so that a page reads only the parts its words need; the background runs it whenever it
 * starts. A pack whose stored head is this build's is left as it is; one of another build is
 * stored again, and listed before the imported packs (the order pages recognize them in). Returns
 * the ids it stored. An imported pack never has a bundled pack's id (`importPack` refuses it).
 */
export async function installBundledPacks(
  area: StorageArea,
  bundled: readonly BundledPackParts[],
): Promise<string[]> {
  const stored: string[] = [];
  for (const parts of bundled) {
    const index = await readIndex(area);
    const entry = index.packs.find(({ id }) => id === parts.id);
    if (entry?.head === parts.head) continue;
    const previous = readStoredHead(entry?.head);
    const items: Record<string, unknown> = {};
    parts.buckets.forEach((bucket, at) => (items[bucketAreaKey(parts.id, at)] = bucket));
    parts.chunks.forEach((chunk, at) => (items[chunkAreaKey(parts.id, at)] = chunk));
    const kept = new Set(Object.keys(items));
    const gone = previous
      ? partAreaKeys(parts.id, previous).filter((key) => !kept.has(key))
      : [earlierHeadAreaKey(parts.id), sourceAreaKey(parts.id)];
    // As `storePack`: the parts first, then the index that lists them.
    await area.remove(gone);
    await area.set(items);
    const others = (await readIndex(area)).packs.filter(({ id }) => id !== parts.id);
    const bundledFirst = others.filter(({ id }) => bundled.some((pack) => pack.id === id));
    const rest = others.filter(({ id }) => !bundled.some((pack) => pack.id === id));
    const packs = [...bundledFirst, { id: parts.id, importedAt: 0, head: parts.head }, ...rest];
    await area.set({ [PACK_INDEX_AREA_KEY]: { packs } satisfies PackIndex });
    stored.push(parts.id);
  }
  return stored;
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
  const index = await readIndex(area);
  const packs = index.packs.filter((entry) => entry.id !== id);
  const head = readStoredHead(index.packs.find((entry) => entry.id === id)?.head);
  // The index first: from then on nobody reads the pack.
  await area.set({ [PACK_INDEX_AREA_KEY]: { packs } satisfies PackIndex });
  await area.remove(head ? partAreaKeys(id, head) : [earlierHeadAreaKey(id), sourceAreaKey(id)]);
}
