import { describe, expect, test } from 'vitest';
import { compilePack } from '../knowledge/compile-pack';
import { generateSyntheticPack } from '../knowledge/generate-synthetic-pack';
import { makeSmallPack } from '../knowledge/small-pack.fixture';
import {
  BUNDLED_MIN_BUCKETS,
  aliasKey,
  assemblePartialPack,
  bloomHas,
  bucketOf,
  createBloomFilter,
  ENTITIES_PER_CHUNK,
  splitPack,
  type AliasBucket,
  type EntityChunk,
} from './stored-pack-layout';

describe('the Bloom filter of first words', () => {
  test('never misses a word it holds, and rarely claims one it does not', () => {
    // Hashes as words give them: spread over 30 bits (a xorshift sequence stands in for them).
    let state = 2_463_534_242;
    const nextHash = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) & 0x3fffffff;
    };
    const held = new Set(Array.from({ length: 5000 }, nextHash));
    const filter = createBloomFilter(held);
    for (const hash of held) expect(bloomHas(filter, hash)).toBe(true);
    let falseHits = 0;
    let asked = 0;
    while (asked < 100_000) {
      const hash = nextHash();
      if (held.has(hash)) continue;
      asked += 1;
      if (bloomHas(filter, hash)) falseHits += 1;
    }
    // About 1 in 15,000 by the numbers: a page's thousand words should read no bucket for nothing.
    expect(falseHits / asked).toBeLessThan(0.0003);
    // Stored as text that any storage keeps as it is: no surrogates, no control characters.
    expect(/^[\u4e00-\ucdff]*$/.test(filter.data)).toBe(true);
  });
});

describe('a pack in parts', () => {
  const pack = generateSyntheticPack({ entities: 200 });
  const compiled = compilePack(pack);
  const parts = splitPack(pack, compiled);

  test('every alias that begins with a word lies in the bucket of its key', () => {
    const buckets = parts.buckets.map((text) => JSON.parse(text) as AliasBucket);
    let stored = 0;
    buckets.forEach((bucket, index) => {
      bucket.firstHashes.forEach((first, at) => {
        const key = aliasKey(first, bucket.secondHashes[at]!);
        expect(bucketOf(key, parts.head.buckets)).toBe(index);
        expect(bloomHas(parts.head.starts, key)).toBe(true);
      });
      stored += bucket.aliases.length;
    });
    expect(stored).toBe(compiled.firstHashes.filter((hash) => hash >= 0).length);
    expect(parts.head.aliasCount).toBe(compiled.aliases.length);
  });

  test('each bucket gives the Wikidata item, the type and the states of every entity its aliases name', () => {
    for (const text of parts.buckets) {
      const bucket = JSON.parse(text) as AliasBucket;
      for (const [, entity] of bucket.aliases) {
        expect(bucket.types?.[entity]).toBe(compiled.entities[entity]!.type);
        expect(bucket.wikidata?.[entity]).toBe(compiled.entities[entity]!.wikidata);
        expect(bucket.countries?.[entity]).toEqual(compiled.entities[entity]!.countries);
      }
    }
  });

  test('the states of an entity’s roles travel with its aliases', () => {
    const small = makeSmallPack();
    const smallCompiled = compilePack(small);
    const putin = smallCompiled.entities.findIndex(({ id }) => id === 'vladimir-putin');
    const russia = smallCompiled.entities.findIndex(({ id }) => id === 'russia');
    const buckets = splitPack(small, smallCompiled).buckets.map(
      (text) => JSON.parse(text) as AliasBucket,
    );
    const withPutin = buckets.filter(({ aliases }) =>
      aliases.some(([, entity]) => entity === putin),
    );
    expect(withPutin.length).toBeGreaterThan(0);
    for (const bucket of withPutin) expect(bucket.countries?.[putin]).toEqual([russia]);
  });

  test('a small pack has many small buckets, a large one buckets of at most 160 aliases', () => {
    // A page reads the buckets of its words: of a small pack, a few aliases each.
    expect(compiled.aliases.length).toBeGreaterThan(256);
    expect(parts.head.buckets).toBe(256);
    const tiny = generateSyntheticPack({ entities: 3 });
    expect(splitPack(tiny, compilePack(tiny)).head.buckets).toBe(compilePack(tiny).aliases.length);
    const large = generateSyntheticPack({ entities: 20_000 });
    const compiledLarge = compilePack(large);
    expect(splitPack(large, compiledLarge).head.buckets).toBe(
      Math.ceil(compiledLarge.aliases.length / 160),
    );
    // A bundled pack, which the background stores once: four times the buckets, a page reads less.
    expect(splitPack(pack, compiled, BUNDLED_MIN_BUCKETS).head.buckets).toBe(
      Math.min(1024, compiled.aliases.length),
    );
  });

  test('all chunks together give the whole pack back; each chunk what its entities need', () => {
    const chunks = parts.chunks.map((text) => JSON.parse(text) as EntityChunk);
    expect(chunks).toHaveLength(Math.ceil(pack.entities.length / ENTITIES_PER_CHUNK));
    const whole = assemblePartialPack(parts.head.base, chunks);
    expect(whole.entities).toEqual(pack.entities.map((entity) => ({ ...entity, aliases: {} })));
    expect(new Set(whole.statements.map(({ id }) => id))).toEqual(
      new Set(pack.statements.map(({ id }) => id)),
    );
    for (const chunk of chunks) {
      const ids = new Set(chunk.entities.map(({ id }) => id));
      expect(chunk.statements.every(({ subject }) => ids.has(subject))).toBe(true);
      const sources = new Set(chunk.sources.map(({ id }) => id));
      for (const { provenance } of chunk.statements) {
        if ('source' in provenance) expect(sources.has(provenance.source)).toBe(true);
      }
    }
    const one = assemblePartialPack(parts.head.base, [chunks[1]!]);
    expect(one.entities.map(({ id }) => id)).toEqual(chunks[1]!.entities.map(({ id }) => id));
    expect(one.title).toEqual(pack.title);
  });
});
