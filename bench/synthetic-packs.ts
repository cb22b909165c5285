/**
 * The packs the bench measures with: synthetic packs of about 1k, 10k and 50k aliases, compiled
 * as the extension compiles a reader's pack. Deterministic, so Node and the browser page (which
 * generates its own copy) measure the very same aliases.
 */
import { compilePack, type CompiledPack } from '../lib/knowledge/compile-pack';
import { generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import type { MatcherEntry } from '../lib/matching/build-matcher';
import type { PackSizeLabel } from './measurement';

export interface PackSize {
  label: PackSizeLabel;
  /** Entities to generate; the generator makes about 4.8 aliases an entity. */
  entities: number;
}

/** Entity counts that give 1,001, 10,009 and 50,017 aliases. */
export const PACK_SIZES: readonly PackSize[] = [
  { label: '1k', entities: 220 },
  { label: '10k', entities: 2_155 },
  { label: '50k', entities: 10_400 },
];

export function findPackSize(label: PackSizeLabel): PackSize {
  return PACK_SIZES.find((size) => size.label === label)!;
}

const compiledPacks = new Map<number, CompiledPack>();

/** The compiled synthetic pack of `size`, made once per process (or page). */
export function loadSyntheticPack(size: PackSize): CompiledPack {
  let compiled = compiledPacks.get(size.entities);
  if (!compiled) {
    compiled = compilePack(generateSyntheticPack({ entities: size.entities }));
    compiledPacks.set(size.entities, compiled);
  }
  return compiled;
}

/** The pack's aliases as the matcher takes them (ids are alias indices). */
export function listMatcherEntries(pack: CompiledPack): MatcherEntry[] {
  return pack.aliases.map(([text], id) => ({ text, id }));
}

/** Every seventh alias text: names to plant in generated text that spread over the whole pack. */
export function pickSpreadNames(pack: CompiledPack): string[] {
  return pack.aliases.filter((_, index) => index % 7 === 0).map(([text]) => text);
}

/**
 * Every alias text of `count` entities spread over the pack: the cast of one article, named in
 * full and by short forms, as a news story names a dozen people, parties and states.
 */
export function pickArticleCast(pack: CompiledPack, count = 12): string[] {
  const step = Math.max(1, Math.floor(pack.entities.length / count));
  const cast = new Set<number>();
  for (let index = 0; index < count; index += 1)
    cast.add((index * step + 3) % pack.entities.length);
  return pack.aliases.filter(([, entity]) => cast.has(entity)).map(([text]) => text);
}
