import { createRandom } from '../../../lib/knowledge/generate-synthetic-pack';

/**
 * A small seeded random source (the generators' mulberry32) for the fuzz tests: the same seed gives the same
 * sequence in Node and in a browser page, so a failing seed found in the page can be described
 * again in Node and run again on its own.
 */

export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createSeededRandom(seed: number): SeededRandom {
  const next = createRandom(seed);
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)]!,
  };
}
