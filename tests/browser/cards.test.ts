/**
 * Cards and keyboard access in Chromium and Firefox: cards stay while the pointer is in them and
 * close on Escape; the keyboard reaches every mention in order and gives the focus back; a hostile
 * page still gets a readable card on top; page scripts can neither read a card nor work its
 * buttons; and reloading the extension leaves the page as it was.
 */
import { describe, expect, test } from 'vitest';
import { START_NAVIGATION } from '../../lib/messages/protocol';
import { HOSTILE_CSS_URL, SEED_ARTICLE_URL } from '../fixtures/sites';
import { SKIP_BROWSERS, type BrowserName, type TabHandle } from './harness/browsers';
import { isCardNextTo, locatePhrase, readHighlightSizes } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

async function totalHighlights(tab: TabHandle): Promise<number> {
  const sizes = await tab.evaluate(readHighlightSizes);
  return Object.values(sizes).reduce((sum, size) => sum + size, 0);
}

for (const name of BROWSERS) {
  describe.skipIf(SKIP_BROWSERS)(`cards in ${name}`, () => {
    const session = useExtensionBrowser(name);

    /** Opens the seed article and rests the pointer on `phrase` until its card is open. */
    async function openCardOn(phrase: string) {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(() => totalHighlights(tab)).toBeGreaterThan(0);
      const point = (await tab.evaluate(locatePhrase, phrase))!;
      await tab.hover(point.x, point.y);
      await expect.poll(() => tab.evaluate(isCardNextTo, point)).toBe(true);
      return { tab, point };
    }

    test('the pointer can move into the card, which stays; Escape closes it', async () => {
      const { tab } = await openCardOn('Sergej Schoigu');
      const card = (await tab.readUi())!.cardRect!;
      await tab.hover(card.left + card.width / 2, card.top + Math.min(card.height / 2, 60));
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect((await tab.readUi())?.cardVisible).toBe(true);
      await tab.press('Escape');
      await expect.poll(async () => (await tab.readUi())?.cardVisible).toBe(false);
      await tab.close();
    });

    test('a tap on a name opens its card, a tap elsewhere closes it, and links still work', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(() => totalHighlights(tab)).toBeGreaterThan(0);
      const point = (await tab.evaluate(locatePhrase, 'Sergej Schoigu'))!;
      await tab.tap(point.x, point.y);
      await expect.poll(async () => (await tab.readUi())?.cardVisible).toBe(true);
      expect((await tab.readUi())!.text).toMatch(/^Sergej Schoigu/);
      const blank = await tab.evaluate(() => {
        const heading = document.querySelector('h2')!;
        heading.scrollIntoView({ block: 'center' });
        const box = heading.getBoundingClientRect();
        return { x: box.right + 40, y: box.top + box.height / 2 };
      });
      await tab.tap(blank.x, blank.y);
      await expect.poll(async () => (await tab.readUi())?.cardVisible).toBe(false);
      // The page's own link still takes the tap: Kontext prevents nothing.
      const link = await tab.evaluate(() => {
        const anchor = document.querySelector<HTMLAnchorElement>(
          'nav a[href="/ausland/putin-dossier"]',
        )!;
        anchor.addEventListener('click', (event) => {
          event.preventDefault();
          document.body.dataset.tapped = anchor.href;
        });
        anchor.scrollIntoView({ block: 'center' });
        const box = anchor.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await tab.tap(link.x, link.y);
      await expect
        .poll(() => tab.evaluate(() => document.body.dataset.tapped))
        .toMatch(/putin-dossier$/);
      await tab.close();
    });

    test('page scripts can neither read a card nor work it with synthetic events', async () => {
      const { tab } = await openCardOn('Sergej Schoigu');
      const before = (await tab.readUi())!;
      const card = before.cardRect!;
      const seen = await tab.evaluate((rect) => {
        const host = document.querySelector('[data-kontext-host]')!;
        // What a page script could try: look inside, click where the card's buttons are, press
        // Escape, and move a pointer of its own to another name.
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height - 20;
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          target.dispatchEvent(
            new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }),
          );
        }
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        document.dispatchEvent(
          new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true }),
        );
        return {
          shadowRoot: host.shadowRoot,
          text: host.textContent,
          targetIsHost: target === host,
        };
      }, card);
      expect(seen).toEqual({ shadowRoot: null, text: '', targetIsHost: true });
      await new Promise((resolve) => setTimeout(resolve, 800));
      const after = (await tab.readUi())!;
      expect(after.cardVisible).toBe(true);
      expect(after.text).toBe(before.text);
      await tab.close();
    });

    test('the keyboard reaches every mention in reading order, opens cards, and gives focus back', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(() => totalHighlights(tab)).toBeGreaterThan(0);
      const total = await totalHighlights(tab);
      await tab.evaluate(() =>
        document.querySelector<HTMLInputElement>('input[type="search"]')!.focus(),
      );
      await session.browser.messageTab(await session.browser.findTabId(SEED_ARTICLE_URL), {
        type: START_NAVIGATION,
      });
      await expect.poll(async () => (await tab.readUi())?.ringLabel ?? null).not.toBeNull();

      // Every stop once, in order: each entity's count goes up by one, and the last step wraps.
      const labels: string[] = [];
      for (let step = 0; step < total; step += 1) {
        labels.push((await tab.readUi())!.ringLabel!);
        await tab.press(step % 2 === 0 ? 'ArrowRight' : 'Tab');
      }
      expect((await tab.readUi())!.ringLabel).toBe(labels[0]);
      const seen = new Map<string, number>();
      for (const label of labels) {
        const [, entity, index, count] = /^(.+?), .+, Erwähnung (\d+) von (\d+)$/.exec(label)!;
        expect(Number(index)).toBe((seen.get(entity!) ?? 0) + 1);
        expect(Number(index)).toBeLessThanOrEqual(Number(count));
        seen.set(entity!, Number(index));
      }
      expect(labels).toHaveLength(total);

      await tab.press('Shift+Tab');
      expect((await tab.readUi())!.ringLabel).toBe(labels.at(-1));
      await tab.press('Enter');
      await expect.poll(async () => (await tab.readUi())?.cardVisible).toBe(true);
      expect((await tab.readUi())!.focusInUi).toBe('card');
      await tab.press('Escape');
      await expect.poll(async () => (await tab.readUi())?.cardVisible).toBe(false);
      expect((await tab.readUi())!.ringLabel).toBe(labels.at(-1));
      await tab.press('Escape');
      await expect
        .poll(() => tab.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
        .toBe('search');
      expect((await tab.readUi())!.ringLabel).toBeNull();
      await tab.close();
    });

    test('a page with hostile CSS and a full-screen overlay still gets a readable card on top', async () => {
      const tab = await session.browser.openTab(HOSTILE_CSS_URL);
      await expect.poll(() => totalHighlights(tab)).toBeGreaterThan(0);
      await session.browser.messageTab(await session.browser.findTabId(HOSTILE_CSS_URL), {
        type: START_NAVIGATION,
      });
      await expect.poll(async () => (await tab.readUi())?.ringLabel ?? null).not.toBeNull();
      await tab.press('Enter');
      await expect.poll(async () => (await tab.readUi())?.cardVisible).toBe(true);
      const ui = (await tab.readUi())!;
      expect(ui.headingFontSize).toBe('16px');
      expect(ui.text).toMatch(/^Kim Jong Un Person/);
      const card = ui.cardRect!;
      expect(card.width).toBeGreaterThan(200);
      const onTop = await tab.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-kontext-host') ?? false,
        { x: card.left + card.width / 2, y: card.top + Math.min(card.height / 2, 40) },
      );
      expect(onTop).toBe(true);
      await tab.close();
    });

    test.runIf(name === 'chromium')(
      'reloading the extension removes highlights and the UI host: the page is as it was',
      async () => {
        const { tab } = await openCardOn('Sergej Schoigu');
        expect(await totalHighlights(tab)).toBeGreaterThan(0);
        await session.browser.reloadExtension();
        await expect.poll(() => totalHighlights(tab), { timeout: 10_000 }).toBe(0);
        const dom = await tab.evaluate(() => ({
          hosts: document.querySelectorAll('[data-kontext-host]').length,
          same:
            document.documentElement.outerHTML ===
            (window as { __pageDomAtLoad?: string }).__pageDomAtLoad,
          registry: [...CSS.highlights.keys()].filter((key) => key.startsWith('kontext-')),
        }));
        expect(dom).toEqual({ hosts: 0, same: true, registry: [] });
        await tab.close();
      },
    );
  });
}
