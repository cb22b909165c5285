/**
 * The knowledge the command line annotates with, put together as the content script puts it
 * together (entrypoints/kontext/index.tsx): the bundled packs first, in file-name order, then the
 * imported ones in the order they were imported, in one recognizer. Bundled packs are read from
 * `assets/knowledge/` and checked as the build checks them; `--pack` files are imported through
 * the options page's `importPack`, into memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createRecognizer, type Recognizer } from '../../lib/analysis/create-recognizer';
import { checkPack, type PackProblem } from '../../lib/knowledge/check-pack';
import { compilePack } from '../../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';
import { findSizeProblem } from '../../lib/knowledge/parse-pack-text';
import { importPack, loadImportedPacks } from '../../lib/packs/pack-store';
import { KNOWLEDGE_DIR, listBundledPackFiles } from '../vite-plugin-bundled-packs';
import { createMemoryStorage } from './create-memory-storage';

/** A pack file that did not pass, with everything wrong with it. */
export interface PackFailure {
  file: string;
  problems: PackProblem[];
}

export type Knowledge =
  | {
      ok: true;
      recognizer: Recognizer;
      /** Every pack by id, for what the mentions say beyond recognition (Wikidata items). */
      packs: ReadonlyMap<string, KnowledgePack>;
    }
  | { ok: false; failures: PackFailure[] };

/**
 * The bundled packs, checked, in the order a page has them: those the content script carries,
 * then the generated ones the background stores (the world pack; missing until
 * `npm run knowledge:world` wrote it).
 */
async function readBundledPacks(
  dir: string,
  generatedDir: string,
): Promise<{ packs: KnowledgePack[]; failures: PackFailure[] }> {
  const packs: KnowledgePack[] = [];
  const failures: PackFailure[] = [];
  for (const { path, name } of await listBundledPackFiles(dir, generatedDir)) {
    const result = checkPack(await readFile(path), name);
    if (result.ok) packs.push(result.pack);
    else failures.push({ file: path, problems: result.problems });
  }
  return { packs, failures };
}

/** The problem that keeps `file` from being read at all, as `npm run knowledge:check` says it. */
async function findFileProblem(file: string): Promise<PackProblem | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (info === undefined) return { path: '$', message: 'there is no such file' };
  if (!info.isFile()) return { path: '$', message: 'is a folder, not a pack file' };
  // Asked before reading: a file far too big is reported, not loaded.
  return findSizeProblem(info.size);
}

/**
 * The recognizer and packs for the bundled packs and `packFiles` (imported in that order: one of
 * an id imported before replaces it, as an import in the options page does). Fails with every
 * problem of every pack that does not pass, a bundled one included.
 */
export async function loadKnowledge(
  packFiles: readonly string[],
  bundledDir: string = KNOWLEDGE_DIR,
  generatedDir: string = join(bundledDir, 'generated'),
): Promise<Knowledge> {
  const { packs: bundled, failures } = await readBundledPacks(bundledDir, generatedDir);
  if (failures.length > 0) return { ok: false, failures };
  const bundledIds = bundled.map(({ id }) => id);
  const area = createMemoryStorage();
  for (const file of packFiles) {
    const problem = await findFileProblem(file);
    const result = problem
      ? { ok: false as const, problems: [problem] }
      : await importPack(area, await readFile(file), basename(file), bundledIds);
    if (!result.ok) failures.push({ file, problems: result.problems });
  }
  if (failures.length > 0) return { ok: false, failures };

  const imported = (await loadImportedPacks(area)).map(({ pack }) => pack);
  const all = [...bundled, ...imported];
  return {
    ok: true,
    recognizer: createRecognizer(all.map(compilePack)),
    packs: new Map(all.map((pack) => [pack.id, pack])),
  };
}
