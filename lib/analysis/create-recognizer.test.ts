import { describe, expect, test } from 'vitest';
import type { CompiledPack } from '../knowledge/compile-pack';
import { firstWordHash } from '../matching/build-matcher';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { createRecognizer } from './create-recognizer';

const PACKS: CompiledPack[] = [
  {
    compiledFormat: 2,
    id: 'one',
    version: '1',
    asOf: '2025-01-01',
    title: { de: 'Eins', en: 'One' },
    entities: [{ id: 'vladimir-putin', type: 'person', names: { de: 'Putin', en: 'Putin' } }],
    aliases: [['Wladimir Putin', 0, 0]],
    firstHashes: [firstWordHash('Wladimir Putin')],
  },
  {
    compiledFormat: 2,
    id: 'two',
    version: '1',
    asOf: '2025-01-01',
    title: { de: 'Zwei', en: 'Two' },
    entities: [{ id: 'russia', type: 'state', names: { de: 'Russland', en: 'Russia' } }],
    aliases: [['Russland', 0, 0]],
    firstHashes: [firstWordHash('Russland')],
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
