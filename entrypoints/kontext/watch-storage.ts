import { browser } from 'wxt/browser';

/**
 * Calls `onChange` with the new value of `key` in the extension's local storage whenever it
 * changes; returns the function that stops it. The storage events themselves, not WXT's storage
 * wrapper, whose migrations and locks cost every page two kilobytes of the content script's
 * budget for the two reads it needs.
 */
export function watchLocalStorage(key: string, onChange: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onChange(changes[key]!.newValue ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The value of `key` in the extension's local storage, or null where there is none. */
export async function readLocalStorage(key: string): Promise<unknown> {
  const items = await browser.storage.local.get(key);
  return items[key] ?? null;
}
