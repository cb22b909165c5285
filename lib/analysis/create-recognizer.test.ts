import { describe, expect, test } from 'vitest';
import type { CompiledAlias, CompiledPack } from '../knowledge/compile-pack';
import { firstWordHash, startHashes } from '../matching/build-matcher';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { createRecognizer } from './create-recognizer';

/** The start hashes of a compiled pack's aliases, as compilePack writes them. */
function hashesOf(texts: string[]): { firstHashes: number[]; secondHashes: number[] } {
  const { first, second } = startHashes(texts);
  return { firstHashes: first, secondHashes: second };
}

const PACKS: CompiledPack[] = [
  {
    compiledFormat: 3,
    id: 'one',
    version: '1',
    asOf: '2025-01-01',
    title: { de: 'Eins', en: 'One' },
    entities: [{ id: 'vladimir-putin', type: 'person', names: { de: 'Putin', en: 'Putin' } }],
    aliases: [['Wladimir Putin', 0, 0]],
    ...hashesOf(['Wladimir Putin']),
  },
  {
    compiledFormat: 3,
    id: 'two',
    version: '1',
    asOf: '2025-01-01',
    title: { de: 'Zwei', en: 'Two' },
    entities: [{ id: 'russia', type: 'state', names: { de: 'Russland', en: 'Russia' } }],
    aliases: [['Russland', 0, 0]],
    ...hashesOf(['Russland']),
  },
];

const OPTIONS = { date: '2023-09-14', language: 'de' };

describe('createRecognizer', () => {
  test('recognizes the names of every pack, each tied to its own pack', () => {
    const recognizer = createRecognizer(PACKS);
    const mentions = recognizer.recognize('Wladimir Putin besucht Russland.', OPTIONS);
    expect(mentions.map((mention) => recognizer.entities[mention.entity])).toMatchObject([
      { id: 'vladimir-putin', packId: 'one' },
      { id: 'russia', packId: 'two' },
    ]);
  });

  test('matches again only the blocks that changed, with offsets for the new text', () => {
    const recognizer = createRecognizer(PACKS);
    const blocks = ['Wladimir Putin spricht.', 'Russland schweigt.', 'Ende.'];
    recognizer.recognize(blocks.join(BLOCK_SEPARATOR), OPTIONS);
    expect(recognizer.stats).toEqual({ blocks: 3, matchedBlocks: 3 });

    const changed = ['Neu: Russland und Wladimir Putin.', ...blocks];
    const text = changed.join(BLOCK_SEPARATOR);
    const mentions = recognizer.recognize(text, OPTIONS);
    expect(recognizer.stats).toEqual({ blocks: 4, matchedBlocks: 1 });
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual([
      'Russland',
      'Wladimir Putin',
      'Wladimir Putin',
      'Russland',
    ]);
  });
});

describe('recognition in steps', () => {
  /** Runs `recognizeSteps` to the end; the mentions and how many steps it took. */
  function recognizeCounting(recognizer: ReturnType<typeof createRecognizer>, text: string) {
    const steps = recognizer.recognizeSteps(text, OPTIONS);
    for (let count = 0; ; count += 1) {
      const step = steps.next();
      if (step.done) return { mentions: step.value, steps: count };
    }
  }

  test('a page of many short blocks pauses while it is read, and again when it is read again', () => {
    // 20,000 blocks of a few words: far below a group's characters, but each block is looked up.
    const blocks = Array.from({ length: 20_000 }, (_, index) =>
      index % 100 === 0 ? `Absatz ${index}: Wladimir Putin.` : `Absatz ${index}.`,
    );
    const text = blocks.join(BLOCK_SEPARATOR);
    const recognizer = createRecognizer(PACKS);
    const first = recognizeCounting(recognizer, text);
    expect(first.mentions).toHaveLength(200);
    expect(first.steps).toBeGreaterThanOrEqual(20);
    // Every block is remembered now: still in steps, with the same mentions.
    const again = recognizeCounting(recognizer, text);
    expect(recognizer.stats.matchedBlocks).toBe(0);
    expect(again.steps).toBeGreaterThanOrEqual(20);
    expect(again.mentions).toEqual(first.mentions);
    expect(createRecognizer(PACKS).recognize(text, OPTIONS)).toEqual(first.mentions);
  });
});

describe('packs that come a part at a time', () => {
  test('names are found once their aliases are added, and point to the slot’s entities', () => {
    const recognizer = createRecognizer([PACKS[0]!], [{ id: 'stored', entityCount: 3 }]);
    const text = 'Wladimir Putin traf Kim Jong Un.';
    expect(recognizer.recognize(text, { date: '2023-09-13' })).toHaveLength(1);

    const aliases: CompiledAlias[] = [
      ['Kim Jong Un', 2, 0],
      ['Nirgendwo', 7, 0],
    ];
    expect(
      recognizer.addAliases('stored', aliases, { first: [firstWordHash('Kim Jong Un'), 0] }),
    ).toBe(true);
    recognizer.addEntities('stored', [
      [2, { id: 'kim-jong-un', type: 'person', names: { de: 'Kim', en: 'Kim' } }],
    ]);
    const found = recognizer.recognize(text, { date: '2023-09-13' });
    expect(found.map(({ entity }) => recognizer.entities[entity]?.id)).toEqual([
      'vladimir-putin',
      'kim-jong-un',
    ]);
    expect(recognizer.entities[found[1]!.entity]?.packId).toBe('stored');
  });

  test('a pack without a slot, and entities out of its range, are refused', () => {
    const recognizer = createRecognizer([], [{ id: 'stored', entityCount: 1 }]);
    expect(recognizer.addAliases('other', [['Kim', 0, 0]], { first: [firstWordHash('Kim')] })).toBe(
      false,
    );
    recognizer.addEntities('stored', [
      [5, { id: 'far', type: 'person', names: { de: 'F', en: 'F' } }],
    ]);
    expect(recognizer.entities).toHaveLength(1);
    expect(recognizer.entities[0]).toBeUndefined();
  });
});
