/**
 * The part of `browser.storage.local` that Kontext's stores use, as a type: the extension passes
 * the real area, the tests WXT's fake browser's, so `lib/` stays free of extension APIs.
 */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
