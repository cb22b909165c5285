/**
 * Importing a reader's pack of 50,000 generated aliases in Node, as the options page does it: the
 * file's bytes checked by `checkPack`, compiled, and written to storage (WXT's fake browser here,
 * so the time is Kontext's own, without the browser's storage engine; the page-load suite times
 * the same import through the built options page in Chromium). Also how much the import stored,
 * against Chrome's 10 MB `storage.local` quota without `unlimitedStorage`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import { importPack } from '../lib/packs/pack-store';
import type { Measurement } from './measurement';
import { median, type RunCounts } from './statistics';
import { findPackSize } from './synthetic-packs';

/** Imports the 50k-alias pack into a fresh fake storage each run. */
export async function measurePackImport(counts: RunCounts): Promise<Measurement> {
  const pack = generateSyntheticPack({ entities: findPackSize('50k').entities });
  pack.id = 'synthetic-50k';
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  const all: number[] = [];
  let aliases = 0;
  for (let run = 0; run < counts.warmups + counts.runs; run++) {
    fakeBrowser.reset();
    const started = performance.now();
    const result = await importPack(fakeBrowser.storage.local, bytes, 'synthetic-50k.json', []);
    all.push(performance.now() - started);
    if (!result.ok)
      throw new Error(`the generated pack did not import: ${result.problems[0]?.message}`);
    aliases = result.installed.aliasCount;
  }
  // Everything in the storage is the last import's, whatever keys it took.
  const storedBytes = JSON.stringify(await fakeBrowser.storage.local.get(null)).length;
  const samples = all.slice(counts.warmups);
  return {
    case: 'pack.import',
    environment: 'node',
    size: '50k',
    aliases,
    unit: 'ms',
    median: median(samples),
    samples,
    firstRun: all[0],
    note:
      `checkPack, compile and store into WXT's fake storage, of a ` +
      `${bytes.length.toLocaleString('en')}-byte file; it stored ` +
      `${storedBytes.toLocaleString('en')} bytes of JSON`,
  };
}
