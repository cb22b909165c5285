/**
 * The first bundled pack, read from disk for unit tests, with a recognizer over it: the pack the
 * extension ships, not a copy that could drift from it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createRecognizer } from '../../lib/analysis/create-recognizer';
import { compilePack } from '../../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';
import { generateWorldPack } from '../../scripts/knowledge-world/generate-world-pack';
import { WORLD_PACK_OUT } from '../../scripts/knowledge-world/paths';

// A path rather than a file: URL, which happy-dom's URL (in DOM tests) would not make.
export const BUNDLED_PACK = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../assets/knowledge/kim-putin-2023.json'), 'utf8'),
) as KnowledgePack;

/** A fresh recognizer over the bundled pack (each has its own memory of blocks). */
export function createBundledRecognizer() {
  return createRecognizer([compilePack(BUNDLED_PACK)]);
}

/**
 * Every pack the built extension ships, in the order a page has them: the bundled pack, then
 * the world pack the build generated (`npm run knowledge:world`; the browser tests need the
 * build anyway), with a recognizer over both, as a page recognizes with them.
 */
export function loadShippedPacks(): {
  packs: ReadonlyMap<string, KnowledgePack>;
  recognizer: ReturnType<typeof createRecognizer>;
} {
  const world = JSON.parse(readFileSync(WORLD_PACK_OUT, 'utf8')) as KnowledgePack;
  const packs = [BUNDLED_PACK, world];
  return {
    packs: new Map(packs.map((pack) => [pack.id, pack])),
    recognizer: createRecognizer(packs.map(compilePack)),
  };
}

/**
 * Writes the world pack where the build puts it (`npm run knowledge:world`), from the committed
 * curated files, unless the same bytes are there: tests of the command line, which reads it as
 * a bundled pack, then see the same packs on a fresh clone as after a build.
 */
export async function writeWorldPack(): Promise<void> {
  const build = await generateWorldPack();
  if (!build.ok) throw new Error(build.problems.join('\n'));
  const text = `${JSON.stringify(build.pack, null, 2)}\n`;
  if ((await readFile(WORLD_PACK_OUT, 'utf8').catch(() => '')) === text) return;
  await mkdir(dirname(WORLD_PACK_OUT), { recursive: true });
  const temporary = `${WORLD_PACK_OUT}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, WORLD_PACK_OUT);
}
