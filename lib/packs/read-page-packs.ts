/**
 * What a page needs of the imported packs in `browser.storage.local` (see `pack-store.ts`): the
 * compiled forms, read without checking or compiling anything, and each whole pack parsed only
 * when a card first needs it. Kept apart from the store so that the content script carries none
 * of the checks an import runs.
 */
import { COMPILED_FORMAT, type CompiledPack } from '../knowledge/compile-pack';
import type { KnowledgePack } from '../knowledge/pack-types';
import type { StorageArea } from '../settings/storage-area';

/** The index's key in `browser.storage.local` (WXT's `local:packs`): watch it to see changes. */
export const PACK_INDEX_AREA_KEY = 'packs';

/** The key of one imported pack. */
export function packAreaKey(id: string): string {
  return `pack:${id}`;
}

/** The index: the imported packs' ids, each with when it was imported (a new import changes it). */
export interface PackIndex {
  packs: { id: string; importedAt: number }[];
}

/** One stored pack: both forms as JSON text. */
export interface StoredPack {
  compiled: string;
  pack: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The index as stored, or an empty one where nothing (or nothing readable) is stored. */
export function readPackIndex(stored: unknown): PackIndex {
  if (!isRecord(stored) || !Array.isArray(stored.packs)) return { packs: [] };
  const packs = stored.packs.filter(
    (entry): entry is PackIndex['packs'][number] =>
      isRecord(entry) && typeof entry.id === 'string' && typeof entry.importedAt === 'number',
  );
  return { packs };
}

/** An imported pack as a page loads it: compiled, and the whole pack parsed when first read. */
export interface PagePack {
  compiled: CompiledPack;
  /** Parses the whole pack (for cards); undefined where the stored text is not readable. */
  readPack: () => KnowledgePack | undefined;
}

/** A stored whole pack's text, parsed, if it is the pack `id`. */
function parsePack(text: string, id: string): KnowledgePack | undefined {
  try {
    const pack = JSON.parse(text) as unknown;
    return isRecord(pack) && pack.id === id && Array.isArray(pack.entities)
      ? (pack as unknown as KnowledgePack)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The imported packs' compiled forms, for recognition on a page, each with a way to read its
 * whole pack later; entries of another compiled format or not readable are left out (the options
 * page compiles them again when it next loads them). Never throws.
 */
export async function loadImportedPagePacks(area: StorageArea): Promise<PagePack[]> {
  try {
    const stored = (await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY];
    return await loadPagePacks(area, readPackIndex(stored));
  } catch {
    return [];
  }
}

/** The packs of an index read already (see `loadImportedPagePacks`). Never throws. */
export async function loadPagePacks(area: StorageArea, index: PackIndex): Promise<PagePack[]> {
  try {
    if (index.packs.length === 0) return [];
    const items = await area.get(index.packs.map(({ id }) => packAreaKey(id)));
    const packs: PagePack[] = [];
    for (const { id } of index.packs) {
      const stored = items[packAreaKey(id)];
      if (!isRecord(stored) || typeof stored.compiled !== 'string') continue;
      if (typeof stored.pack !== 'string') continue;
      const text = stored.pack;
      try {
        const compiled = JSON.parse(stored.compiled) as CompiledPack;
        if (!isRecord(compiled) || compiled.compiledFormat !== COMPILED_FORMAT) continue;
        if (compiled.id !== id || !Array.isArray(compiled.aliases)) continue;
        packs.push({ compiled, readPack: () => parsePack(text, id) });
      } catch {
        continue;
      }
    }
    return packs;
  } catch {
    return [];
  }
}
