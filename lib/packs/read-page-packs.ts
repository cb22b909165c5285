/**
 * What a page reads of the imported packs in `browser.storage.local` (laid out as
 * `stored-pack-layout.ts` says): the index, with each pack's head, then the alias buckets its
 * words may begin, then the entity chunks of the names it found; nothing is checked or compiled on
 * the page. Kept apart from the store so that the content script carries none of the checks an
 * import runs.
 */
import { runInSlices, type SliceOptions, type Steps } from '../async/run-sliced';
import { COMPILED_FORMAT } from '../knowledge/compile-pack';
import type { KnowledgePack } from '../knowledge/pack-types';
import type { StorageArea } from '../settings/storage-area';
import {
  assemblePartialPack,
  bloomHas,
  bucketAreaKey,
  bucketOf,
  chunkAreaKey,
  chunkOf,
  ENTITIES_PER_CHUNK,
  STORED_LAYOUT,
  type AliasBucket,
  type EntityChunk,
  type StoredPackHead,
} from './stored-pack-layout';

/** The index's key in `browser.storage.local` (WXT's `local:packs`): watch it to see changes. */
export const PACK_INDEX_AREA_KEY = 'packs';

/**
 * The index: the imported packs' ids, each with when it was imported (a new import changes it)
 * and its head as JSON text (`StoredPackHead`); an entry an earlier layout wrote has no head.
 */
export interface PackIndex {
  packs: { id: string; importedAt: number; head?: string }[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The index as stored, or an empty one where nothing (or nothing readable) is stored. */
export function readPackIndex(stored: unknown): PackIndex {
  if (!isRecord(stored) || !Array.isArray(stored.packs)) return { packs: [] };
  const packs = stored.packs.flatMap((entry): PackIndex['packs'] => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.importedAt !== 'number') {
      return [];
    }
    const { id, importedAt, head } = entry;
    return [typeof head === 'string' ? { id, importedAt, head } : { id, importedAt }];
  });
  return { packs };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A stored head (its JSON text), if it is one this version of Kontext wrote. */
export function readStoredHead(text: unknown): StoredPackHead | undefined {
  const head = parsePart(text);
  if (!isRecord(head) || head.layout !== STORED_LAYOUT) return undefined;
  if (head.compiledFormat !== COMPILED_FORMAT || !isRecord(head.base)) return undefined;
  if (typeof head.base.id !== 'string' || !isCount(head.entityCount)) return undefined;
  if (!isCount(head.aliasCount) || !isCount(head.buckets) || head.buckets === 0) return undefined;
  const starts = head.starts;
  if (!isRecord(starts) || !isCount(starts.bits) || typeof starts.data !== 'string') {
    return undefined;
  }
  return head as unknown as StoredPackHead;
}

/** An imported pack as a page finds it: its head. */
export interface StoredPagePack {
  id: string;
  head: StoredPackHead;
}

/** What a page has read of a stored pack so far: its alias buckets and entity chunks. */
export interface PackReading {
  pack: StoredPagePack;
  buckets: Set<number>;
  chunks: Map<number, EntityChunk>;
}

export function startReading(pack: StoredPagePack): PackReading {
  return { pack, buckets: new Set(), chunks: new Map() };
}

/** The packs of `index` with their heads; packs without a readable head are left out. */
export function readStoredPagePacks(index: PackIndex): StoredPagePack[] {
  return index.packs.flatMap(({ id, head: text }) => {
    const head = readStoredHead(text);
    return head && head.base.id === id ? [{ id, head }] : [];
  });
}

/**
 * The packs of `index` a page reads: imported packs with their heads, and a bundled pack the
 * background stores (`bundledHeads`: its id, with its head's text as this build has it) only where
 * the index holds this build's head. Another head is an earlier build's, whose parts an update is
 * about to store anew: the page does without the pack until the index changes.
 */
export function pickPagePacks(
  index: PackIndex,
  bundledHeads: ReadonlyMap<string, string>,
): StoredPagePack[] {
  const current = index.packs.filter(
    ({ id, head }) => !bundledHeads.has(id) || head === bundledHeads.get(id),
  );
  return readStoredPagePacks({ packs: current });
}

/** The imported packs as a page finds them (one storage call); never throws. */
export async function loadImportedPagePacks(area: StorageArea): Promise<StoredPagePack[]> {
  try {
    const stored = (await area.get(PACK_INDEX_AREA_KEY))[PACK_INDEX_AREA_KEY];
    return readStoredPagePacks(readPackIndex(stored));
  } catch {
    return [];
  }
}

/** Parses a stored part's JSON text; undefined where it is not text or not JSON. */
export function parsePart(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads, in one storage call, the alias buckets of `readings` that may hold aliases filed under
 * `keys` (`aliasKeysOf` a page's text), and that were not read before; each is handed to `add`,
 * a bucket a step, in `slicing`'s slices. A bucket counts as read once it was handed over. False
 * when `slicing`'s signal stopped the work first.
 */
export async function loadAliasBuckets(
  area: StorageArea,
  readings: readonly PackReading[],
  keys: Iterable<number>,
  add: (pack: StoredPagePack, bucket: AliasBucket) => void,
  slicing: SliceOptions,
): Promise<boolean> {
  const wanted = new Map<string, { reading: PackReading; bucket: number }>();
  for (const key of keys) {
    if (key < 0) continue;
    for (const reading of readings) {
      const { head } = reading.pack;
      if (!bloomHas(head.starts, key)) continue;
      const bucket = bucketOf(key, head.buckets);
      if (!reading.buckets.has(bucket)) {
        wanted.set(bucketAreaKey(reading.pack.id, bucket), { reading, bucket });
      }
    }
  }
  if (wanted.size === 0) return true;
  const items = await area.get([...wanted.keys()]);
  const handed = takeParts(
    items,
    wanted,
    ({ reading, bucket }) => reading.buckets.has(bucket),
    ({ reading, bucket }, stored) => {
      reading.buckets.add(bucket);
      const parsed = readBucket(stored);
      if (parsed) add(reading.pack, parsed);
    },
  );
  return (await runInSlices(handed, slicing)) ?? false;
}

/**
 * Reads, in one storage call, the entity chunks that hold the `wanted` entities (numbered within
 * their pack) and were not read before; each is kept in its reading and handed to `add`, a chunk
 * a step, in `slicing`'s slices.
 */
export async function loadEntityChunks(
  area: StorageArea,
  wanted: readonly { reading: PackReading; entity: number }[],
  add: (pack: StoredPagePack, chunk: EntityChunk) => void,
  slicing: SliceOptions,
): Promise<void> {
  const reads = new Map<string, { reading: PackReading; chunk: number }>();
  for (const { reading, entity } of wanted) {
    const chunk = chunkOf(entity);
    if (!reading.chunks.has(chunk)) {
      reads.set(chunkAreaKey(reading.pack.id, chunk), { reading, chunk });
    }
  }
  if (reads.size === 0) return;
  const items = await area.get([...reads.keys()]);
  const kept = takeParts(
    items,
    reads,
    ({ reading, chunk }) => reading.chunks.has(chunk),
    ({ reading, chunk }, stored) => {
      const parsed = readChunk(stored, chunk);
      if (!parsed) return;
      reading.chunks.set(chunk, parsed);
      add(reading.pack, parsed);
    },
  );
  await runInSlices(kept, slicing);
}

/**
 * Hands each part of `items` over to `take`, parsed, a part a step; a part `isTaken` says another
 * page read took meanwhile is left.
 */
function* takeParts<Part>(
  items: Record<string, unknown>,
  parts: ReadonlyMap<string, Part>,
  isTaken: (part: Part) => boolean,
  take: (part: Part, stored: unknown) => void,
): Steps<true> {
  for (const [key, part] of parts) {
    yield;
    if (!isTaken(part)) take(part, parsePart(items[key]));
  }
  return true;
}

/** A stored alias bucket, if it has the shape of one. */
function readBucket(stored: unknown): AliasBucket | undefined {
  return isRecord(stored) &&
    Array.isArray(stored.aliases) &&
    Array.isArray(stored.firstHashes) &&
    Array.isArray(stored.secondHashes)
    ? (stored as unknown as AliasBucket)
    : undefined;
}

/** Stored entity chunk `number`, if it has the shape of one. */
function readChunk(stored: unknown, number: number): EntityChunk | undefined {
  if (
    !isRecord(stored) ||
    !Array.isArray(stored.entities) ||
    stored.first !== number * ENTITIES_PER_CHUNK
  ) {
    return undefined;
  }
  return {
    first: stored.first,
    entities: stored.entities as EntityChunk['entities'],
    statements: Array.isArray(stored.statements)
      ? (stored.statements as EntityChunk['statements'])
      : [],
    events: Array.isArray(stored.events) ? (stored.events as EntityChunk['events']) : [],
    sources: Array.isArray(stored.sources) ? (stored.sources as EntityChunk['sources']) : [],
  };
}

/** The pack as far as a page has read it: its entities with what cards and the popup say. */
export function readPartialPack({ pack, chunks }: PackReading): KnowledgePack {
  return assemblePartialPack(pack.head.base, chunks.values());
}
