import { describe, expect, test } from 'vitest';
import { compilePack } from '../knowledge/compile-pack';
import { generateSyntheticPack } from '../knowledge/generate-synthetic-pack';
import {
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
    const held = new Set(
      Array.from({ length: 5000 }, (_, index) => (index * 7919 + 13) & 0x3fffffff),
    );
    const filter = createBloomFilter(held);
    for (const hash of held) expect(bloomHas(filter, hash)).toBe(true);
    let falseHits = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const hash = (index * 104_729 + 7) & 0x3fffffff;
      if (!held.has(hash) && bloomHas(filter, hash)) falseHits += 1;
    }
    expect(falseHits / 20_000).toBeLessThan(0.03);
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
