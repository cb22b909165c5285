/**
 * The imported packs' knowledge on a page, read from storage as the page needs it: before names
 * are matched, the aliases that the page's words may begin; before they are drawn, the entities
 * found. What was read stays for the page's next changes.
 */
import { GROUP_CHARS, type Recognizer } from '../analysis/create-recognizer';
import { runInSlices, runToEnd, type Steps } from '../async/run-sliced';
import type { KnowledgeLoader } from '../annotate/annotate-page';
import { Gap, tokenize } from '../matching/tokenize';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import type { StorageArea } from '../settings/storage-area';
import { compileEntity } from '../knowledge/compile-pack';
import type { KnowledgePack } from '../knowledge/pack-types';
import {
  loadAliasBuckets,
  loadEntityChunks,
  readPartialPack,
  startReading,
  type StoredPagePack,
} from './read-page-packs';
import { aliasKey, type AliasBucket } from './stored-pack-layout';

/**
 * The keys (`aliasKey`) that aliases found in `text` may be filed under: each word, as written
 * and as a stem ("Putins": "putin"), alone and with the token after it.
 */
export function aliasKeysOf(text: string): Set<number> {
  return runToEnd(aliasKeysSteps([text]));
}

/**
 * The keys of `aliasKeysOf` for a page's blocks, in steps of about `GROUP_CHARS` (the
 * recognizer's groups): the words of a long page take tens of milliseconds to tokenize. Blocks are joined with the block separator,
 * which no key spans.
 */
export function* aliasKeysSteps(blocks: readonly string[]): Steps<Set<number>> {
  const keys = new Set<number>();
  let start = 0;
  let chars = 0;
  for (let end = 0; end < blocks.length; end += 1) {
    chars += blocks[end]!.length;
    if (chars < GROUP_CHARS && end < blocks.length - 1) continue;
    addAliasKeys(blocks.slice(start, end + 1).join(BLOCK_SEPARATOR), keys);
    start = end + 1;
    chars = 0;
    yield;
  }
  return keys;
}

function addAliasKeys(text: string, keys: Set<number>): void {
  const { count, hashes, stemHashes, gaps } = tokenize(text);
  for (let index = 0; index < count; index += 1) {
    const first = hashes[index]!;
    const stem = stemHashes[index]!;
    keys.add(first);
    if (stem >= 0) keys.add(stem);
    const next = index + 1;
    if (next >= count || gaps[next] === Gap.Block) continue;
    keys.add(aliasKey(first, hashes[next]!));
    if (stemHashes[next]! >= 0) keys.add(aliasKey(first, stemHashes[next]!));
  }
}

/** A knowledge loader that can also give the packs as far as it read them. */
export interface PageKnowledge extends KnowledgeLoader {
  /** A stored pack as far as the page has read it (`readPartialPack`). */
  readPack(id: string): KnowledgePack | undefined;
}

/** A loader for `recognizer`, whose slots are the packs of `stored`; it reads each part once. */
export function createKnowledgeLoader(
  area: StorageArea,
  recognizer: Recognizer,
  stored: readonly StoredPagePack[],
): PageKnowledge {
  const readings = new Map(stored.map((pack) => [pack.id, startReading(pack)]));
  // The blocks of the text before: a live page changes a few of them, and only those are
  // tokenized again for their words (what their words asked for was read already).
  let scanned = new Set<string>();
  // Each pack as last put together for the cards and the popup, and from how many chunks.
  const assembled = new Map<string, { chunks: number; pack: KnowledgePack }>();
  return {
    async beforeRecognition(text, slicing) {
      if (readings.size === 0) return;
      const blocks = text.split(BLOCK_SEPARATOR);
      const fresh = blocks.filter((block) => !scanned.has(block));
      if (fresh.length > 0) {
        const keys = await runInSlices(aliasKeysSteps(fresh), slicing);
        const add = (pack: StoredPagePack, bucket: AliasBucket) =>
          recognizer.addAliases(
            pack.id,
            bucket.aliases,
            { first: bucket.firstHashes, second: bucket.secondHashes },
            { wikidata: bucket.wikidata, types: bucket.types, countries: bucket.countries },
          );
        const read =
          keys && (await loadAliasBuckets(area, [...readings.values()], keys, add, slicing));
        // Stopped: what the blocks ask for is looked up again next time.
        if (!read) return;
      }
      scanned = new Set(blocks);
    },
    async loadEntities(entities, slicing) {
      if (readings.size === 0) return;
      // With their twins of other packs, whose knowledge the cards add.
      const named = new Set(entities.flatMap((entity) => [entity, ...recognizer.twinsOf(entity)]));
      const wanted = [...named].flatMap((entity) => {
        if (recognizer.entities[entity]) return [];
        const place = recognizer.placeOf(entity);
        const reading = place && readings.get(place.packId);
        return reading ? [{ reading, entity: place.index }] : [];
      });
      await loadEntityChunks(
        area,
        wanted,
        (pack, chunk) => {
          recognizer.addEntities(
            pack.id,
            chunk.entities.map((entity, index) => [chunk.first + index, compileEntity(entity)]),
          );
        },
        slicing,
      );
    },
    readPack(id) {
      const reading = readings.get(id);
      if (!reading) return undefined;
      // Chunks are only ever added: the pack is put together again only when one was.
      const last = assembled.get(id);
      if (last?.chunks === reading.chunks.size) return last.pack;
      const pack = readPartialPack(reading);
      assembled.set(id, { chunks: reading.chunks.size, pack });
      return pack;
    },
  };
}
