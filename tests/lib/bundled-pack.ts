/**
 * The first bundled pack, read from disk for unit tests, with a recognizer over it: the pack the
 * extension ships, not a copy that could drift from it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRecognizer } from '../../lib/analysis/create-recognizer';
import { compilePack } from '../../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';

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
  const world = JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../../assets/knowledge/generated/world.json'),
      'utf8',
    ),
  ) as KnowledgePack;
  const packs = [BUNDLED_PACK, world];
  return {
    packs: new Map(packs.map((pack) => [pack.id, pack])),
    recognizer: createRecognizer(packs.map(compilePack)),
  };
}
