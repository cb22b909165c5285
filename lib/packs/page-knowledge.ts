/**
 * The imported packs' knowledge on a page, read from storage as the page needs it: before names
 * are matched, the aliases that the page's words may begin; before they are drawn, the entities
 * found. What was read stays for the page's next changes.
 */
import type { Recognizer } from '../analysis/create-recognizer';
import type { KnowledgeLoader } from '../annotate/annotate-page';
import { tokenize } from '../matching/tokenize';
import type { StorageArea } from '../settings/storage-area';
import { loadAliasBuckets, loadEntityChunks, type StoredPagePack } from './read-page-packs';
import { compileEntity } from './stored-pack-layout';

/** Every word hash of `text`, as written and as a stem ("Putins": "putin"). */
export function wordHashes(text: string): Set<number> {
  const tokens = tokenize(text);
  const hashes = new Set<number>();
  for (let index = 0; index < tokens.count; index += 1) {
    hashes.add(tokens.hashes[index]!);
    if (tokens.stemHashes[index]! >= 0) hashes.add(tokens.stemHashes[index]!);
  }
  return hashes;
}

/** A loader for `recognizer`, whose slots are the packs of `stored`. */
export function createKnowledgeLoader(
  area: StorageArea,
  recognizer: Recognizer,
  stored: readonly StoredPagePack[],
): KnowledgeLoader {
  const byId = new Map(stored.map((pack) => [pack.id, pack]));
  return {
    async beforeRecognition(text) {
      if (stored.length === 0) return;
      await loadAliasBuckets(area, stored, wordHashes(text), (pack, bucket) => {
        recognizer.addAliases(pack.id, bucket.aliases, bucket.firstHashes);
      });
    },
    async beforeDrawing(entities) {
      if (stored.length === 0) return;
      const wanted = [...new Set(entities)].flatMap((entity) => {
        if (recognizer.entities[entity]) return [];
        const place = recognizer.placeOf(entity);
        const pack = place && byId.get(place.packId);
        return pack ? [{ pack, entity: place.index }] : [];
      });
      await loadEntityChunks(area, wanted, (pack, chunk) => {
        recognizer.addEntities(
          pack.id,
          chunk.entities.map((entity, index) => [chunk.first + index, compileEntity(entity)]),
        );
      });
    },
  };
}
