/**
 * The packs the cards read, by id, where an imported pack's whole text is parsed only when a card
 * first asks for it: a page loads with the compiled packs alone (a 50k-alias pack's whole text
 * takes 35–75 ms to parse, one long task on every page load otherwise).
 */
import type { KnowledgePack } from '../knowledge/pack-types';

/**
 * A map of packs whose values are made on first use, each once. A loader that gives nothing
 * (its stored text was not readable) leaves its id without a pack.
 */
export function createLazyPackMap(
  loaders: ReadonlyMap<string, () => KnowledgePack | undefined>,
): ReadonlyMap<string, KnowledgePack> {
  const made = new Map<string, KnowledgePack | undefined>();
  const get = (id: string): KnowledgePack | undefined => {
    if (made.has(id)) return made.get(id);
    const load = loaders.get(id);
    if (!load) return undefined;
    const pack = load();
    made.set(id, pack);
    return pack;
  };
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
