/**
 * Importing a reader's pack of 50,000 generated aliases, as the options page does it: the file's
 * bytes checked by `checkPack`, compiled, and written to storage (WXT's fake browser here, so the
 * time is Kontext's own, without the browser's storage engine). Also how big the stored entry is,
 * against Chrome's 10 MB `storage.local` quota without `unlimitedStorage`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import { importPack, packAreaKey } from '../lib/packs/pack-store';
import { findPackSize } from './synthetic-packs';

export interface PackImportMeasurement {
  /** Milliseconds per import (check, compile, store), one per run. */
  samples: number[];
  aliases: number;
  /** Bytes of the file imported. */
  fileBytes: number;
  /** Bytes of the stored entry as JSON: the compiled pack beside the whole pack. */
  storedBytes: number;
}

/** Imports the 50k-alias pack `runs` times into a fresh fake storage each time. */
export async function measurePackImport(runs = 5): Promise<PackImportMeasurement> {
  const pack = generateSyntheticPack({ entities: findPackSize('50k').entities });
  pack.id = 'synthetic-50k';
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  const samples: number[] = [];
  let aliases = 0;
  let storedBytes = 0;
  for (let run = 0; run < runs; run++) {
    fakeBrowser.reset();
    const started = performance.now();
    const result = await importPack(fakeBrowser.storage.local, bytes, 'synthetic-50k.json', []);
    samples.push(performance.now() - started);
    if (!result.ok)
      throw new Error(`the generated pack did not import: ${result.problems[0]?.message}`);
    aliases = result.installed.compiled.aliases.length;
    const key = packAreaKey(pack.id);
    storedBytes = JSON.stringify((await fakeBrowser.storage.local.get(key))[key]).length;
  }
  return { samples, aliases, fileBytes: bytes.length, storedBytes };
}
