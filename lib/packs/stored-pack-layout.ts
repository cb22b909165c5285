/**
 * How an imported pack lies in `browser.storage.local`, so that a page reads only the part of it
 * that the page needs: storage hands over about 14 ms per megabyte, and a 50,000-alias pack is
 * some 8 MB whole, where an article needs a few kilobytes of it.
 *
 * - The head, in the pack's entry of the index of imported packs (`packs`), which a page reads
 *   with the reader's settings in its first storage call: the pack's fields but its lists, its
 *   counts, and a Bloom filter of the keys its aliases are filed under (`aliasKey`): a page looks
 *   up its own words there first.
 * - Alias buckets (`pack:<id>:a<k>`): the compiled aliases, by their key.
 * - Entity chunks (`pack:<id>:e<j>`): a run of entities (without their aliases) with everything a
 *   card and the popup say about them: the statements whose subject they are, and the events and
 *   sources those name.
 * - The whole pack (`pack:<id>:source`), for export and the options page.
 *
 * Every part is JSON text: storage copies one long string many times faster than the same data
 * as objects. Nothing here touches storage; `pack-store.ts` writes the parts, `read-page-packs.ts`
 * reads them for a page.
 */
import { COMPILED_FORMAT, type CompiledAlias, type CompiledPack } from '../knowledge/compile-pack';
import type { EntityType, KnowledgePack } from '../knowledge/pack-types';

/**
 * Bumped whenever the layout changes; a pack stored in another is stored again from its source.
 * Layout 3 keeps the head in the index, where layout 2 had it under a key of its own. Alias
 * buckets name their entities' Wikidata items from compiled format 4 on (`AliasBucket`). Layout 4
 * names their entities' types in the buckets too, so that a page draws its highlights before it
 * reads an entity; its Bloom filter has twice the bits, and a small pack more, smaller buckets.
 * From compiled format 5 on, buckets also name the states their entities' roles are in.
 */
export const STORED_LAYOUT = 4;

/**
 * Aliases a bucket at most, on average: a page's words fetch some ten kilobytes each, and an
 * import writes a few hundred parts, not thousands (storage writes many small items slowly: 1.5 s
 * against 1.0 s for a 50,000-alias pack at 48 a bucket and 16 entities a chunk).
 */
const MAX_ALIASES_PER_BUCKET = 160;
/**
 * Buckets a pack has at least, where it has that many aliases: an article's names fetch a few
 * dozen of them, and of a small pack those should be a few kilobytes, not most of the pack.
 */
const MIN_BUCKETS = 256;
/**
 * Buckets of a pack the extension bundles, which the background stores once and no reader waits
 * for: four times as many, so that an article's few dozen buckets are a quarter of the bytes to
 * read and parse (the world pack's 17,000 aliases: 17 a bucket, not 68). An imported pack keeps
 * `MIN_BUCKETS`, as its import writes every bucket while the reader waits.
 */
export const BUNDLED_MIN_BUCKETS = 1024;
/** Entities per chunk (without their aliases): a few kilobytes, read for each name a page has. */
export const ENTITIES_PER_CHUNK = 48;

/**
 * Bits of the Bloom filter per key, and probes per look-up: about 1 false hit in 15,000 look-ups.
 * A page looks up a thousand keys and more (its words, stems and pairs of words); at 1 % it would
 * read a bucket on nearly every page for words no pack has, and each read is a storage call.
 */
const BLOOM_BITS_PER_KEY = 20;
const BLOOM_PROBES = 14;
/** The filter's bits go 15 to a character, from U+4E00: never a surrogate, safe in any storage. */
const BLOOM_CHAR_BITS = 15;
const BLOOM_CHAR_BASE = 0x4e00;

export interface BloomFilter {
  bits: number;
  data: string;
}

/** The pack's own fields, without its lists. */
export type PackBase = Omit<KnowledgePack, 'entities' | 'statements' | 'events' | 'sources'>;

export interface StoredPackHead {
  layout: typeof STORED_LAYOUT;
  compiledFormat: typeof COMPILED_FORMAT;
  base: PackBase;
  entityCount: number;
  aliasCount: number;
  buckets: number;
  starts: BloomFilter;
}

/**
 * One bucket: aliases (entities numbered within the pack) and their first words' hashes, and, by
 * entity number, their entities' Wikidata items (so that a page knows an entity another pack has
 * too) and types (so that it draws its highlights) before it reads the entities' chunks.
 */
export interface AliasBucket {
  aliases: CompiledAlias[];
  firstHashes: number[];
  secondHashes: number[];
  wikidata?: Record<number, string>;
  types?: Record<number, EntityType>;
  /** The states its entities' roles are in (`CompiledEntity.countries`), where they have any. */
  countries?: Record<number, number[]>;
}

/** One chunk: its entities, numbered within the pack, and what cards say about them. */
export interface EntityChunk {
  first: number;
  entities: KnowledgePack['entities'];
  statements: KnowledgePack['statements'];
  events: KnowledgePack['events'];
  sources: KnowledgePack['sources'];
}

export interface StoredPackParts {
  head: StoredPackHead;
  /** JSON text of each `AliasBucket`, by bucket number. */
  buckets: string[];
  /** JSON text of each `EntityChunk`, by chunk number. */
  chunks: string[];
}

/**
 * Where layouts 1 and 2 kept a pack's head (layout 1: the whole pack): read only to store such a
 * pack again, and removed with the pack's parts.
 */
export function earlierHeadAreaKey(id: string): string {
  return `pack:${id}`;
}

export function bucketAreaKey(id: string, bucket: number): string {
  return `pack:${id}:a${bucket}`;
}

export function chunkAreaKey(id: string, chunk: number): string {
  return `pack:${id}:e${chunk}`;
}

export function sourceAreaKey(id: string): string {
  return `pack:${id}:source`;
}

/** Every key a stored pack of this head uses, and the key of an earlier layout's head. */
export function partAreaKeys(id: string, head: Pick<StoredPackHead, 'buckets' | 'entityCount'>) {
  return [
    earlierHeadAreaKey(id),
    sourceAreaKey(id),
    ...Array.from({ length: head.buckets }, (_, bucket) => bucketAreaKey(id, bucket)),
    ...Array.from({ length: Math.ceil(head.entityCount / ENTITIES_PER_CHUNK) }, (_, chunk) =>
      chunkAreaKey(id, chunk),
    ),
  ];
}

/**
 * The key an alias is filed under: the hash of its first word for a one-word alias, else a hash
 * of its first two tokens' hashes (thousands of aliases may begin with "Minister": a page that
 * says "Minister Lawrow" reads the few that go on with "Lawrow"). Keys are non-negative.
 */
export function aliasKey(first: number, second: number): number {
  return second < 0 ? first : (Math.imul(first, 0x01000193) ^ second) & 0x3fffffff;
}

/** The bucket of the aliases filed under `key`. */
export function bucketOf(key: number, buckets: number): number {
  return key % buckets;
}

export function chunkOf(entity: number): number {
  return Math.floor(entity / ENTITIES_PER_CHUNK);
}

/** The Bloom filter's probes for `hash`: double hashing from the hash and a scramble of it. */
function probes(hash: number, bits: number, visit: (bit: number) => boolean): boolean {
  const step = (Math.imul(hash, 0x9e3779b1) | 1) >>> 0;
  for (let probe = 0; probe < BLOOM_PROBES; probe += 1) {
    if (!visit((hash + probe * step) % bits)) return false;
  }
  return true;
}

export function createBloomFilter(hashes: ReadonlySet<number>): BloomFilter {
  const bits = Math.max(BLOOM_CHAR_BITS, hashes.size * BLOOM_BITS_PER_KEY);
  const words = new Uint16Array(Math.ceil(bits / BLOOM_CHAR_BITS));
  for (const hash of hashes) {
    probes(hash, bits, (bit) => {
      words[Math.floor(bit / BLOOM_CHAR_BITS)]! |= 1 << (bit % BLOOM_CHAR_BITS);
      return true;
    });
  }
  let data = '';
  for (const word of words) data += String.fromCharCode(BLOOM_CHAR_BASE + word);
  return { bits, data };
}

/** Whether `hash` may be in the filter: false means surely not. */
export function bloomHas(filter: BloomFilter, hash: number): boolean {
  return probes(hash, filter.bits, (bit) => {
    const word = filter.data.charCodeAt(Math.floor(bit / BLOOM_CHAR_BITS)) - BLOOM_CHAR_BASE;
    return (word & (1 << (bit % BLOOM_CHAR_BITS))) !== 0;
  });
}

/** A valid pack (checked), with its compiled form, in parts to store. */
export function splitPack(
  pack: KnowledgePack,
  compiled: CompiledPack,
  minBuckets = MIN_BUCKETS,
): StoredPackParts {
  const count = compiled.aliases.length;
  const buckets = Math.max(
    1,
    Math.ceil(count / MAX_ALIASES_PER_BUCKET),
    Math.min(minBuckets, count),
  );
  const bucketParts: AliasBucket[] = Array.from({ length: buckets }, () => ({
    aliases: [],
    firstHashes: [],
    secondHashes: [],
  }));
  const starts = new Set<number>();
  compiled.aliases.forEach((alias, index) => {
    const first = compiled.firstHashes[index]!;
    const second = compiled.secondHashes[index]!;
    // An alias that begins with no word never matches: it is not stored.
    if (first < 0) return;
    const key = aliasKey(first, second);
    starts.add(key);
    const bucket = bucketParts[bucketOf(key, buckets)]!;
    bucket.aliases.push(alias);
    bucket.firstHashes.push(first);
    bucket.secondHashes.push(second);
    const entity = compiled.entities[alias[1]]!;
    if (entity.wikidata !== undefined) (bucket.wikidata ??= {})[alias[1]] = entity.wikidata;
    (bucket.types ??= {})[alias[1]] = entity.type;
    if (entity.countries) (bucket.countries ??= {})[alias[1]] = entity.countries;
  });

  const { entities, statements, events, sources, ...base } = pack;
  const bySubject = new Map<string, KnowledgePack['statements']>();
  for (const statement of statements) {
    const list = bySubject.get(statement.subject);
    if (list) list.push(statement);
    else bySubject.set(statement.subject, [statement]);
  }
  const chunks: string[] = [];
  for (let first = 0; first < entities.length; first += ENTITIES_PER_CHUNK) {
    const members = entities.slice(first, first + ENTITIES_PER_CHUNK);
    const ids = new Set(members.map((entity) => entity.id));
    const chunkStatements = members.flatMap((entity) => bySubject.get(entity.id) ?? []);
    const eventIds = new Set(chunkStatements.flatMap((statement) => statement.event ?? []));
    const chunkEvents = events.filter(
      (event) =>
        eventIds.has(event.id) ||
        (event.place !== undefined && ids.has(event.place)) ||
        event.participants?.some((participant) => ids.has(participant)),
    );
    const sourceIds = new Set(
      [
        ...members.flatMap((entity) => entity.roles ?? []),
        ...chunkStatements,
        ...chunkEvents,
      ].flatMap(({ provenance }) => ('source' in provenance ? [provenance.source] : [])),
    );
    const chunk: EntityChunk = {
      first,
      // Without their aliases, which recognition has from the buckets and cards never show.
      entities: members.map((entity) => ({ ...entity, aliases: {} })),
      statements: chunkStatements,
      events: chunkEvents,
      sources: sources.filter((source) => sourceIds.has(source.id)),
    };
    chunks.push(JSON.stringify(chunk));
  }

  return {
    head: {
      layout: STORED_LAYOUT,
      compiledFormat: COMPILED_FORMAT,
      base,
      entityCount: entities.length,
      aliasCount: compiled.aliases.length,
      buckets,
      starts: createBloomFilter(starts),
    },
    buckets: bucketParts.map((bucket) => JSON.stringify(bucket)),
    chunks,
  };
}

/**
 * The pack as far as `chunks` hold it: the entities a page names, with what cards and the popup
 * say about them. Lists keep the pack's order within each chunk.
 */
export function assemblePartialPack(base: PackBase, chunks: Iterable<EntityChunk>): KnowledgePack {
  const pack: KnowledgePack = { ...base, entities: [], statements: [], events: [], sources: [] };
  const seen = new Set<string>();
  const addOnce = <T extends { id: string }>(list: T[], items: readonly T[], kind: string) => {
    for (const item of items) {
      if (seen.has(`${kind}:${item.id}`)) continue;
      seen.add(`${kind}:${item.id}`);
      list.push(item);
    }
  };
  for (const chunk of chunks) {
    addOnce(pack.entities, chunk.entities, 'entity');
    addOnce(pack.statements, chunk.statements, 'statement');
    addOnce(pack.events, chunk.events, 'event');
    addOnce(pack.sources, chunk.sources, 'source');
  }
  return pack;
}
