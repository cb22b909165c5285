/**
 * Hostile strings in real Chromium: more than 1,000 XSS payloads (tests/browser/fuzz/xss-payloads.ts)
 * planted in page text (title, meta tags, JSON-LD, headline, paragraphs) and in the fields of a
 * knowledge pack (names, descriptions, roles, Wikipedia titles, statements, quotes, translations,
 * events, sources, the pack's title), and shown by the real components: every entity's card in
 * both languages and the popup (tests/browser/fuzz/hostile-strings-entry.tsx). No payload runs
 * (each would call a sentinel), no element or attribute comes from a string (each render has the
 * structure of the same render with the payloads defused, and no foreign tag, handler or script
 * link), and the payloads are shown as the text they are. Packs whose texts are links other than
 * https: never load: tests/lib/knowledge/hostile-pack-links.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as hostileEntry from './fuzz/hostile-strings-entry';
import { SKIP_BROWSERS } from './harness/browsers';
import { bundleForPage } from './harness/bundle-for-test-page';
import { openPlainPage, type PlainPage } from './harness/plain-chromium';

type HostileApi = typeof hostileEntry;

/** Batches are few dozen; more would mean the plan never finishes. */
const MAX_BATCHES = 200;

describe.skipIf(SKIP_BROWSERS)('hostile strings in pages and packs (Chromium)', () => {
  let plain: PlainPage | undefined;

  beforeAll(async () => {
    const bundle = await bundleForPage(
      'tests/browser/fuzz/hostile-strings-entry.tsx',
      'kontextHostile',
    );
    plain = await openPlainPage(
      '<!doctype html><html lang="de"><head></head><body></body></html>',
      [bundle],
    );
  });

  afterAll(async () => {
    await plain?.close();
  });

  /** Calls `name` of the page's bundle with `arg`. */
  function call<K extends keyof HostileApi>(
    name: K,
    ...arg: Parameters<HostileApi[K]>
  ): Promise<Awaited<ReturnType<HostileApi[K]>>> {
    return plain!.page.evaluate(
      ({ name, arg }) => {
        const api = (
          window as unknown as {
            kontextHostile: Record<string, (...args: unknown[]) => unknown>;
          }
        ).kontextHostile;
        return api[name]!(...arg);
      },
      { name, arg },
    ) as Promise<Awaited<ReturnType<HostileApi[K]>>>;
  }

  test('every payload in page text and in pack fields: none runs, none becomes markup, each shows as text', async () => {
    const { count, linkLike } = await call('describePayloads');
    expect(count).toBeGreaterThanOrEqual(1000);

    const problems: string[] = [];
    const inPage = new Set<number>();
    const inPack = new Set<number>();
    const shown = new Set<number>();
    let cards = 0;
    let batches = 0;
    for (let done = false; !done && batches < MAX_BATCHES; batches += 1) {
      const result: hostileEntry.HostileBatchResult = await call('runHostileBatch');
      problems.push(...result.problems.map((problem) => `batch ${batches}: ${problem}`));
      result.inPage.forEach((id) => inPage.add(id));
      result.inPack.forEach((id) => inPack.add(id));
      result.shown.forEach((id) => shown.add(id));
      cards += result.cards;
      done = result.done;
    }
    const fired = await call('readSentinel', 1000);

    expect(fired, 'payloads that ran').toEqual([]);
    expect(problems.slice(0, 20)).toEqual([]);
    // Every payload went into the page; every one a pack may hold went into a pack and was
    // shown from it; the links no pack may hold were shown from the page.
    expect(inPage.size).toBe(count);
    expect(inPack.size).toBe(count - linkLike.length);
    expect(linkLike.length).toBeGreaterThan(0);
    expect([...Array(count).keys()].filter((id) => !shown.has(id))).toEqual([]);
    expect(cards).toBeGreaterThan(1000);
  }, 120_000);

  test('the sentinel does see a payload that runs (as it would, parsed as markup)', async () => {
    // <img src=x onerror=__xss(n)>, <svg onload=__xss(n)>, <details open ontoggle=__xss(n)>
    const { count } = await call('describePayloads');
    const ran = [];
    for (const id of [0, 27 * 3, 45 * 3, 135 * 3].filter((id) => id < count)) {
      ran.push(await call('runPayloadAsMarkup', id));
    }
    expect(ran).toContain(true);
  });
});
