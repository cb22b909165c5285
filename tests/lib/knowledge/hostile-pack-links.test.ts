/**
 * Packs that carry script links never load: every XSS payload of the hostile strings test
 * (tests/browser/fuzz/xss-payloads.ts) that is a link other than an https: one (javascript:,
 * vbscript:, data:, protocol-relative), put into any text of a pack, makes `checkPack` refuse the
 * pack, with the path of the field, and an import of it stores nothing. Payloads that are no link
 * pass as the text they are: the browser test shows them in cards and the popup.
 */
import { beforeEach, describe, expect, test } from 'vitest';
// WXT's fake browser, for the storage the import writes to (lib/ never imports WXT itself).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPack } from '../../../lib/knowledge/check-pack';
import { getLinkScheme, isLinkLike } from '../../../lib/knowledge/pack-links';
import type { KnowledgePack } from '../../../lib/knowledge/pack-types';
import { importPack, loadImportedPacks } from '../../../lib/packs/pack-store';
import { generateXssPayloads } from '../../browser/fuzz/xss-payloads';
import { BUNDLED_PACK } from '../bundled-pack';

const PAYLOADS = generateXssPayloads();
const LINKS = PAYLOADS.filter(isLinkLike);
/** A pack of its own id, so that an import is not refused for taking the bundled pack's. */
const PACK: KnowledgePack = { ...structuredClone(BUNDLED_PACK), id: 'hostile-pack' };

/** Places of a pack that hold text, with how to write `value` there. */
const PLACES: readonly [string, (pack: KnowledgePack, value: string) => void][] = [
  ['$.title.de', (pack, value) => void (pack.title.de = value)],
  ['$.entities[0].names.en', (pack, value) => void (pack.entities[0]!.names.en = value)],
  [
    '$.entities[1].description.de',
    (pack, value) => void (pack.entities[1]!.description.de = value),
  ],
  ['$.statements[0].text.en', (pack, value) => void (pack.statements[0]!.text.en = value)],
  ['$.events[0].title.de', (pack, value) => void (pack.events[0]!.title.de = value)],
  ['$.sources[0].title', (pack, value) => void (pack.sources[0]!.title = value)],
  ['$.sources[0].url', (pack, value) => void (pack.sources[0]!.url = value)],
];

function withValue(place: (pack: KnowledgePack, value: string) => void, value: string) {
  const pack = structuredClone(PACK);
  place(pack, value);
  return pack;
}

describe('packs with hostile links', () => {
  beforeEach(() => fakeBrowser.reset());

  test('the payloads hold links of every kind that runs code or leaves https:', () => {
    expect(LINKS.length).toBeGreaterThanOrEqual(30);
    const schemes = new Set(LINKS.map((link) => getLinkScheme(link) ?? 'none'));
    expect([...schemes].sort()).toEqual(['data', 'javascript', 'none', 'vbscript']);
    // "none": protocol-relative links, which open whatever site they name.
    expect(
      LINKS.filter((link) => getLinkScheme(link) === undefined).every((link) =>
        link.startsWith('//'),
      ),
    ).toBe(true);
    // Spelled as browsers still read them: mixed case, a tab inside, a control character before.
    expect(LINKS.some((link) => link.startsWith('JaVaScRiPt:'))).toBe(true);
    expect(LINKS.some((link) => link.includes('java\tscript:'))).toBe(true);
    expect(LINKS.some((link) => link.startsWith('\u0000'))).toBe(true);
  });

  test.each(PLACES)('a link payload in %s: the pack is refused, with that path', (path, place) => {
    expect(checkPack(PACK).ok).toBe(true);
    for (const link of LINKS) {
      const result = checkPack(JSON.stringify(withValue(place, link)));
      expect(result.ok, JSON.stringify(link)).toBe(false);
      if (result.ok) continue;
      expect(result.problems.map((problem) => problem.path)).toContain(path);
    }
  });

  test('every payload as a source link is refused: none is an https: link', () => {
    const [, place] = PLACES.find(([path]) => path === '$.sources[0].url')!;
    const accepted = PAYLOADS.filter((payload) => checkPack(withValue(place, payload)).ok);
    expect(accepted).toEqual([]);
  });

  test('importing a pack with a link payload stores nothing', async () => {
    const area = fakeBrowser.storage.local;
    for (const [index, link] of LINKS.entries()) {
      const [, place] = PLACES[index % PLACES.length]!;
      const result = await importPack(
        area,
        JSON.stringify(withValue(place, link)),
        'hostile-pack.json',
        [BUNDLED_PACK.id],
      );
      expect(result.ok).toBe(false);
    }
    expect(await loadImportedPacks(area)).toEqual([]);
    expect(await area.get(null as unknown as string)).toEqual({});
    // The same pack without the link is imported: the refusals above were for the links.
    const clean = await importPack(area, JSON.stringify(PACK), 'hostile-pack.json', [
      BUNDLED_PACK.id,
    ]);
    expect(clean.ok).toBe(true);
  });

  test('payloads that are no link pass as text', () => {
    const [, place] = PLACES.find(([path]) => path === '$.entities[1].description.de')!;
    const texts = PAYLOADS.filter((payload) => !isLinkLike(payload));
    expect(texts.length).toBeGreaterThanOrEqual(1000);
    const refused = texts.filter((payload) => !checkPack(withValue(place, payload)).ok);
    expect(refused).toEqual([]);
  });
});
