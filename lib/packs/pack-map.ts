/**
 * The packs the cards and the popup read, by id. An imported pack is there as far as the page has
 * read it (`readPartialPack`), which grows as the page names more: each look-up asks its loader
 * afresh.
 */
import type { KnowledgePack } from '../knowledge/pack-types';

/**
 * A map of packs whose values its loaders make on each look-up. A loader that gives nothing
 * leaves its id without a pack.
 */
export function createPackMap(
  loaders: ReadonlyMap<string, () => KnowledgePack | undefined>,
): ReadonlyMap<string, KnowledgePack> {
  const get = (id: string): KnowledgePack | undefined => loaders.get(id)?.();
  function* entries(): MapIterator<[string, KnowledgePack]> {
    for (const id of loaders.keys()) {
      const pack = get(id);
      if (pack) yield [id, pack];
    }
  }
  function* keys(): MapIterator<string> {
    for (const [id] of entries()) yield id;
  }
  function* values(): MapIterator<KnowledgePack> {
    for (const [, pack] of entries()) yield pack;
  }
  return {
    get,
    has: (id) => get(id) !== undefined,
    get size() {
      return [...entries()].length;
    },
    forEach(callback, thisArg?: unknown) {
      for (const [id, pack] of entries()) callback.call(thisArg, pack, id, this);
    },
    entries,
    keys,
    values,
    [Symbol.iterator]: entries,
  };
}
