/**
 * The options page in Chromium and in Firefox, opened from an extension page as the browser opens
 * it (`options.html`): importing a valid pack lists it; importing an invalid one lists every
 * problem with its path and leaves the installed packs as they were; and switches on the options
 * page reach an open fixture tab at once (an entity type, a knowledge pack).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findPackSize } from '../../bench/synthetic-packs';
import { generateSyntheticPack } from '../../lib/knowledge/generate-synthetic-pack';
import { SEED_ARTICLE_URL } from '../fixtures/sites';
import { SKIP_BROWSERS, type BrowserName, type TabHandle } from './harness/browsers';
import { clickSelector, locatePhrase, readHighlightSizes } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const PACKS_DIR = resolve(import.meta.dirname, '../fixtures/packs');
/** How long importing a 50,000-alias pack may take, checks, compiling and storing included. */
const MAX_IMPORT_MS = 2000;
/** The pack that comes with Kontext. */
const BUNDLED_PACK = 'kim-putin-2023';
/** Every pack Kontext ships: the article's, and the world pack the background stores. */
const BUNDLED_PACKS = [BUNDLED_PACK, 'world'];

interface PackFile {
  name: string;
  content: string;
}

function readPackFile(name: string): PackFile {
  return { name, content: readFileSync(resolve(PACKS_DIR, name), 'utf8') };
}

/** Runs in the options page: chooses `file` in the import field, as the file picker would. */
function chooseFile(file: PackFile): void {
  const input = document.querySelector<HTMLInputElement>('#import-pack')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([file.content], file.name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Runs in the options page: the ids of the packs it lists, in order. */
function listedPacks(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-pack]')].map(
    (item) => item.dataset.pack!,
  );
}

/** Runs in the options page: what the import says, and each problem's path. */
function importOutcome(): { state: string; paths: string[]; text: string } {
  const status = document.querySelector<HTMLElement>('[data-import]')!;
  return {
    state: status.dataset.import!,
    paths: [...status.querySelectorAll('li code')].map((code) => code.textContent ?? ''),
    text: status.textContent ?? '',
  };
}

/** Runs in the options page: picks `value` in the select `selector` finds. */
function choose({ selector, value }: { selector: string; value: string }): void {
  const select = document.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Runs in the page: the underline colour the page's stylesheets give a type's highlight on the
 * element holding `phrase` (what the reader sees drawn there).
 */
function highlightColor({ phrase, type }: { phrase: string; type: string }): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(phrase)) continue;
    return getComputedStyle(node.parentElement!, `::highlight(kontext-${type})`)
      .textDecorationColor;
  }
  return 'not found';
}

for (const name of BROWSERS) {
  describe.skipIf(SKIP_BROWSERS)(`the options page in ${name}`, () => {
    const session = useExtensionBrowser(name);

    afterEach(async () => {
      await session.browser.clearStorage();
    });

    /** The options page, loaded and showing the stored settings and packs. */
    async function openOptions(): Promise<TabHandle> {
      // An extension page of Kontext's, sent on to the options: the harness opens extension pages
      // by the popup's address.
      const page = await session.browser.openPopup(-1);
      await page.evaluate(() => {
        setTimeout(() => location.assign('/options.html'), 0);
      });
      await page.waitForSelector('body[data-ready="true"] [data-section="packs"]');
      return page;
    }

    async function highlightSizes(tab: TabHandle): Promise<Record<string, number>> {
      return tab.evaluate(readHighlightSizes);
    }

    test('imports a valid pack; an invalid one shows every problem and changes nothing', async () => {
      const options = await openOptions();
      expect(await options.evaluate(listedPacks)).toEqual(BUNDLED_PACKS);

      await options.evaluate(chooseFile, readPackFile('sample-import.json'));
      await expect
        .poll(() => options.evaluate(importOutcome), { timeout: 10_000 })
        .toMatchObject({ state: 'done' });
      expect(await options.evaluate(listedPacks)).toEqual([...BUNDLED_PACKS, 'sample-import']);

      await options.evaluate(chooseFile, readPackFile('broken-import.json'));
      await expect
        .poll(() => options.evaluate(importOutcome), { timeout: 10_000 })
        .toMatchObject({ state: 'failed' });
      const failed = await options.evaluate(importOutcome);
      expect(failed.paths).toEqual([
        '$.asOf',
        '$.entities[0].type',
        '$.entities[1].aliases.de[0].kind',
      ]);
      expect(failed.text).toContain('broken-import.json');
      expect(await options.evaluate(listedPacks)).toEqual([...BUNDLED_PACKS, 'sample-import']);

      // A fresh page reads storage: the broken pack was not stored, the valid one still is.
      await options.close();
      const reopened = await openOptions();
      expect(await reopened.evaluate(listedPacks)).toEqual([...BUNDLED_PACKS, 'sample-import']);

      // An imported pack can be removed; the bundled one cannot.
      expect(
        await reopened.evaluate(() => document.querySelectorAll('[data-action="remove"]').length),
      ).toBe(1);
      await reopened.evaluate(clickSelector, '[data-pack="sample-import"] [data-action="remove"]');
      await expect.poll(() => reopened.evaluate(listedPacks)).toEqual(BUNDLED_PACKS);
      await reopened.close();
    });

    test('turning an entity type off removes its highlights on an open tab, at once', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(async () => (await highlightSizes(tab)).person).toBeGreaterThan(0);
      const before = await highlightSizes(tab);
      expect(before.state).toBeGreaterThan(0);

      const options = await openOptions();
      await options.evaluate(clickSelector, 'input[name="type"][value="person"]');
      await tab.bringToFront();
      await expect
        .poll(async () => (await highlightSizes(tab)).person, { timeout: 10_000 })
        .toBe(0);
      expect((await highlightSizes(tab)).state).toBe(before.state);
      await options.close();
      await tab.close();
    });

    test('a colour chosen for a type colours its highlights on an open tab, at once', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(async () => (await highlightSizes(tab)).person).toBeGreaterThan(0);
      const person = { phrase: 'Sergej Schoigu', type: 'person' };
      // The default colour, from the content script's own stylesheet.
      expect(await tab.evaluate(highlightColor, person)).toBe('rgb(214, 140, 0)');

      const options = await openOptions();
      await options.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('input[name="color-person"]')!;
        input.value = '#ff0000';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await tab.bringToFront();
      await expect
        .poll(() => tab.evaluate(highlightColor, person), { timeout: 10_000 })
        .toBe('rgb(255, 0, 0)');
      // Other types keep theirs; the page itself has no new style element or sheet.
      expect(await tab.evaluate(highlightColor, { phrase: 'Kreml', type: 'organization' })).toBe(
        'rgb(0, 120, 200)',
      );
      expect(
        await tab.evaluate(() => ({
          sheets: document.styleSheets.length,
          adopted: document.adoptedStyleSheets.length,
          styles: document.querySelectorAll('style').length,
        })),
      ).toEqual({ sheets: 1, adopted: 0, styles: 0 });

      // A page loaded later has the reader's colour from the start.
      const later = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(async () => (await highlightSizes(later)).person).toBeGreaterThan(0);
      await expect
        .poll(() => later.evaluate(highlightColor, person), { timeout: 10_000 })
        .toBe('rgb(255, 0, 0)');
      await later.close();
      await options.close();
      await tab.close();
    });

    test('cards speak the language the options fix, on a page in another', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(async () => (await highlightSizes(tab)).person).toBeGreaterThan(0);
      const point = (await tab.evaluate(locatePhrase, 'Sergej Schoigu'))!;
      // The seed article is German, and so are its cards by default …
      await tab.hover(point.x, point.y);
      await expect.poll(async () => (await tab.readUi())?.text ?? '').toMatch(/Erwähnung \d+ von/);
      await tab.press('Escape');

      const options = await openOptions();
      await options.evaluate(choose, { selector: 'select[name="card-language"]', value: 'en' });
      await options.close();
      // … until the reader fixes English: the card of the same name speaks English.
      await tab.bringToFront();
      await tab.hover(0, 0);
      await tab.hover(point.x, point.y);
      await expect
        .poll(async () => (await tab.readUi())?.text ?? '', { timeout: 10_000 })
        .toMatch(/Mention \d+ of/);
      await tab.close();
    });

    test('an imported pack is used on an open tab at once, and removing it takes it away', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(async () => (await highlightSizes(tab)).person).toBeGreaterThan(0);
      const options = await openOptions();
      // Without the bundled packs the page names no one Kontext knows …
      for (const id of BUNDLED_PACKS) {
        await options.evaluate(clickSelector, `input[name="pack"][value="${id}"]`);
      }
      await tab.bringToFront();
      await expect
        .poll(async () => (await highlightSizes(tab)).person, { timeout: 10_000 })
        .toBe(0);
      // … until a pack that knows Putin and Russia is imported.
      await options.bringToFront();
      await options.evaluate(chooseFile, readPackFile('sample-import.json'));
      await expect
        .poll(() => options.evaluate(importOutcome), { timeout: 10_000 })
        .toMatchObject({
          state: 'done',
        });
      await tab.bringToFront();
      await expect
        .poll(async () => (await highlightSizes(tab)).person, { timeout: 10_000 })
        .toBeGreaterThan(0);
      expect((await highlightSizes(tab)).state).toBeGreaterThan(0);
      // The sample pack knows no organizations: none are marked.
      expect((await highlightSizes(tab)).organization).toBe(0);

      await options.bringToFront();
      await options.evaluate(clickSelector, '[data-pack="sample-import"] [data-action="remove"]');
      await tab.bringToFront();
      await expect
        .poll(async () => (await highlightSizes(tab)).person, { timeout: 10_000 })
        .toBe(0);
      await options.close();
      await tab.close();
    });

    test('a generated pack of 50,000 aliases imports in under 2 s, and pages still annotate', async () => {
      const pack = generateSyntheticPack({ entities: findPackSize('50k').entities });
      pack.id = 'synthetic-50k';
      const options = await openOptions();
      await options.evaluate(chooseFile, {
        name: 'synthetic-50k.json',
        content: JSON.stringify(pack),
      });
      await expect
        .poll(() => options.evaluate(importOutcome), { timeout: 30_000 })
        .toMatchObject({ state: 'done' });
      const ms = Number(
        await options.evaluate(() => document.querySelector<HTMLElement>('[data-ms]')!.dataset.ms),
      );
      console.info(`${name}: imported a 50k-alias pack in ${ms} ms`);
      expect(ms).toBeLessThan(MAX_IMPORT_MS);
      expect(await options.evaluate(listedPacks)).toEqual([...BUNDLED_PACKS, 'synthetic-50k']);
      await options.close();

      // A page loaded now is annotated with both packs.
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect
        .poll(async () => (await highlightSizes(tab)).person, { timeout: 10_000 })
        .toBeGreaterThan(0);
      await tab.close();
    });

    test('cards open only with the key the options name, when they say so', async () => {
      const options = await openOptions();
      await options.evaluate(clickSelector, 'input[name="opening"][value="modifier"]');
      await options.evaluate(choose, { selector: 'select[name="modifier"]', value: 'Shift' });
      await expect
        .poll(() =>
          options.evaluate(
            () => document.querySelector<HTMLSelectElement>('select[name="modifier"]')!.value,
          ),
        )
        .toBe('Shift');
      await options.close();

      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await tab.bringToFront();
      await expect.poll(async () => (await highlightSizes(tab)).person).toBeGreaterThan(0);
      const point = (await tab.evaluate(locatePhrase, 'Sergej Schoigu'))!;
      await tab.hover(point.x, point.y);
      // Twice the delay a card would otherwise open after: no card without the key.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect((await tab.readUi())?.cardVisible ?? false).toBe(false);
      await tab.press('Shift');
      await expect.poll(async () => (await tab.readUi())?.cardVisible ?? false).toBe(true);
      await tab.close();
    });

    test('cards open after the delay the options set', async () => {
      const options = await openOptions();
      await options.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('input[name="delay"]')!;
        input.value = '1500';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.close();

      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await tab.bringToFront();
      await expect.poll(async () => (await highlightSizes(tab)).person).toBeGreaterThan(0);
      const point = (await tab.evaluate(locatePhrase, 'Sergej Schoigu'))!;
      const rested = Date.now();
      await tab.hover(point.x, point.y);
      // Well past the 250 ms a card opens after by default, well before 1.5 s.
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await tab.readUi())?.cardVisible ?? false).toBe(false);
      await expect
        .poll(async () => (await tab.readUi())?.cardVisible ?? false, { timeout: 5_000 })
        .toBe(true);
      expect(Date.now() - rested).toBeGreaterThanOrEqual(1500);
      await tab.close();
    });

    test('corrupt settings: the defaults apply and the page says so', async () => {
      const page = await session.browser.openPopup(-1);
      await page.evaluate(async () => {
        interface StorageApi {
          storage: { local: { set(items: object): Promise<void> } };
        }
        const scope = globalThis as { browser?: StorageApi; chrome?: StorageApi };
        await (scope.browser ?? scope.chrome)!.storage.local.set({ settings: { version: 'x' } });
      });
      await page.close();
      const options = await openOptions();
      expect(await options.textOf('[data-notice="settings"]')).not.toBe('');
      expect(
        await options.evaluate(
          () =>
            document.querySelector<HTMLInputElement>('input[name="type"][value="person"]')!.checked,
        ),
      ).toBe(true);
      // Changing an option saves settings that read again: the notice goes.
      await options.evaluate(clickSelector, 'input[name="type"][value="place"]');
      await expect
        .poll(() => options.evaluate(() => document.querySelector('[data-notice]') === null))
        .toBe(true);
      await options.close();
    });

    test('turning the knowledge packs off and on again reaches an open tab without a reload', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      const total = async () =>
        Object.values(await highlightSizes(tab)).reduce((sum, size) => sum + size, 0);
      await expect.poll(total).toBeGreaterThan(0);
      const before = await total();

      const options = await openOptions();
      for (const id of BUNDLED_PACKS) {
        await options.evaluate(clickSelector, `input[name="pack"][value="${id}"]`);
      }
      await tab.bringToFront();
      await expect.poll(total, { timeout: 10_000 }).toBe(0);

      await options.bringToFront();
      for (const id of BUNDLED_PACKS) {
        await options.evaluate(clickSelector, `input[name="pack"][value="${id}"]`);
      }
      await tab.bringToFront();
      await expect.poll(total, { timeout: 10_000 }).toBe(before);
      await options.close();
      await tab.close();
    });
  });
}
