/**
 * A `StorageArea` in memory, for the packs the command line imports: they go through the same
 * import as the options page's (`importPack`), into an area that ends with the process.
 */
import type { StorageArea } from '../../lib/settings/storage-area';

/** An empty area whose items live in a Map; values are copied in and out, as storage copies them. */
export function createMemoryStorage(): StorageArea {
  const items = new Map<string, unknown>();
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    async get(keys) {
      const found: Record<string, unknown> = {};
      for (const key of list(keys))
        if (items.has(key)) found[key] = structuredClone(items.get(key));
      return found;
    },
    async set(added) {
      for (const [key, value] of Object.entries(added)) items.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of list(keys)) items.delete(key);
    },
  };
}
