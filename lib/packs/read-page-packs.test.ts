import { describe, expect, test } from 'vitest';
import { compilePack } from '../knowledge/compile-pack';
import { generateSyntheticPack } from '../knowledge/generate-synthetic-pack';
import { pickPagePacks, type PackIndex } from './read-page-packs';
import { splitPack } from './stored-pack-layout';

/** A stored pack's head as the index holds it: its JSON text. */
function headText(id: string, entities: number): string {
  const pack = { ...generateSyntheticPack({ entities }), id };
  return JSON.stringify(splitPack(pack, compilePack(pack)).head);
}

describe('the stored packs a page reads', () => {
  const world = headText('world', 3);
  const earlierWorld = headText('world', 2);
  const imported = headText('imported', 2);
  const bundled = new Map([['world', world]]);

  test('a bundled pack where the index holds this build’s head, and every imported pack', () => {
    const index: PackIndex = {
      packs: [
        { id: 'world', importedAt: 0, head: world },
        { id: 'imported', importedAt: 5, head: imported },
      ],
    };
    const packs = pickPagePacks(index, bundled);
    expect(packs.map(({ id }) => id)).toEqual(['world', 'imported']);
    expect(packs[0]!.head).toEqual(JSON.parse(world));
  });

  test('a bundled pack stored by another build, or not yet, is left out', () => {
    // An update stores the parts anew: until then the stored ones are the earlier build's.
    const stale: PackIndex = {
      packs: [
        { id: 'world', importedAt: 0, head: earlierWorld },
        { id: 'imported', importedAt: 5, head: imported },
      ],
    };
    expect(pickPagePacks(stale, bundled).map(({ id }) => id)).toEqual(['imported']);
    expect(pickPagePacks({ packs: [] }, bundled)).toEqual([]);
    // Without the build's heads (another build's script), the index is taken as it is.
    expect(pickPagePacks(stale, new Map()).map(({ id }) => id)).toEqual(['world', 'imported']);
  });

  test('the content script’s own heads, before the index is read, are packs a page reads', () => {
    const own: PackIndex = { packs: [{ id: 'world', importedAt: 0, head: world }] };
    expect(pickPagePacks(own, bundled)).toEqual([{ id: 'world', head: JSON.parse(world) }]);
  });
});
