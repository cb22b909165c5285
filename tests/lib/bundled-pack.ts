/**
 * The first bundled pack, read from disk for unit tests, with a recognizer over it: the pack the
 * extension ships, not a copy that could drift from it.
 */
import { readFileSync } from 'node:fs';
import { createRecognizer } from '../../lib/analysis/create-recognizer';
import { compilePack } from '../../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';

export const BUNDLED_PACK = JSON.parse(
  readFileSync(new URL('../../assets/knowledge/kim-putin-2023.json', import.meta.url), 'utf8'),
) as KnowledgePack;

/** A fresh recognizer over the bundled pack (each has its own memory of blocks). */
export function createBundledRecognizer() {
  return createRecognizer([compilePack(BUNDLED_PACK)]);
}
