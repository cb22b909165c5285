import { describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { aliasKeysOf, aliasKeysSteps } from './page-knowledge';

const WORDS = ['Wladimir', 'Putin', 'Putins', 'Kim', 'Jong', 'Un', 'traf', 'in', 'Moskau', '–'];

/** `count` blocks of words picked by a small linear congruential generator from `seed`. */
function makeBlocks(count: number, wordsPerBlock: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, () =>
    Array.from({ length: wordsPerBlock }, () => WORDS[next() % WORDS.length]).join(' '),
  );
}

/** Runs the steps to the end; the keys and the number of steps. */
function runCounting(blocks: string[]): { keys: Set<number>; steps: number } {
  const steps = aliasKeysSteps(blocks);
  for (let count = 0; ; count += 1) {
    const step = steps.next();
    if (step.done) return { keys: step.value, steps: count };
  }
}

describe('aliasKeysSteps', () => {
  test.each([
    [1, 5],
    [3, 40],
    [400, 30],
    [2, 20_000],
  ])('%i blocks of %i words: the keys of the whole text, in steps', (count, words) => {
    const blocks = makeBlocks(count, words, count * 31 + words);
    const { keys, steps } = runCounting(blocks);
    expect(keys).toEqual(aliasKeysOf(blocks.join(BLOCK_SEPARATOR)));
    // A step is a group of about 16,000 characters, or one longer block.
    const chars = blocks.reduce((sum, block) => sum + block.length, 0);
    expect(steps).toBeGreaterThanOrEqual(Math.min(count, Math.floor(chars / 16_000)));
    expect(steps).toBeLessThanOrEqual(Math.ceil(chars / 16_000) + 1);
  });

  test('no key spans two blocks', () => {
    const apart = runCounting(['Wladimir', 'Putin']).keys;
    const together = aliasKeysOf('Wladimir Putin');
    expect(together.size).toBeGreaterThan(apart.size);
    expect(apart).toEqual(new Set([...aliasKeysOf('Wladimir'), ...aliasKeysOf('Putin')]));
  });

  test('no blocks, no keys and no steps', () => {
    expect(runCounting([])).toEqual({ keys: new Set(), steps: 0 });
  });
});
