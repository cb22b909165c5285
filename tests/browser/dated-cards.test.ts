/**
 * Cards name the role a person held on the article's date (issue 15), from the world pack the
 * background stores: on a page of 2019, Merkel's card says Bundeskanzlerin and Trump's the
 * presidency of his first term, with the office he holds now beside it; an epithet of 2019 names
 * that year's holder. On the seed article of September 2023, Shoigu is the defence minister, with
 * the Security Council's secretaryship he holds since beside it.
 */
import { describe, expect, test } from 'vitest';
import { SEED_ARTICLE_URL, SUMMIT_2019_URL } from '../fixtures/sites';
import { SKIP_BROWSERS, type BrowserName, type TabHandle } from './harness/browsers';
import { isCardNextTo, locatePhrase, readHighlightSizes } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

async function totalHighlights(tab: TabHandle): Promise<number> {
  const sizes = await tab.evaluate(readHighlightSizes);
  return Object.values(sizes).reduce((sum, size) => sum + size, 0);
}

for (const name of BROWSERS) {
  describe.skipIf(SKIP_BROWSERS)(`cards of 2019 in ${name}`, () => {
    const session = useExtensionBrowser(name);

    /** The text of the card of `phrase` on the page of 2019. */
    async function cardText(tab: TabHandle, phrase: string): Promise<string> {
      const point = (await tab.evaluate(locatePhrase, phrase))!;
      await tab.hover(point.x, point.y);
      await expect.poll(() => tab.evaluate(isCardNextTo, point), { timeout: 5000 }).toBe(true);
      const text = (await tab.readUi())!.text;
      await tab.press('Escape');
      await expect.poll(async () => (await tab.readUi())?.cardVisible).toBe(false);
      return text;
    }

    test('each card gives the role of the article’s date, and the one held now beside it', async () => {
      const tab = await session.browser.openTab(SUMMIT_2019_URL);
      await expect.poll(() => totalHighlights(tab), { timeout: 10_000 }).toBeGreaterThan(0);

      const merkel = await cardText(tab, 'Angela Merkel');
      expect(merkel).toMatch(/^Angela Merkel/);
      expect(merkel).toContain('Bundeskanzlerin am 29. Juni 2019');

      const trump = await cardText(tab, 'Donald Trump');
      expect(trump).toContain('Präsident der Vereinigten Staaten am 29. Juni 2019');
      // His first term's role then, his second's now: two roles of one office. "Now" is as of the
      // day the pack last checked its offices, where today is later.
      expect(trump).toMatch(/(Heute|Stand [^:]+)\s*:\s*Präsident der Vereinigten Staaten/);

      const may = await cardText(tab, 'Theresa May');
      expect(may).toContain('Premierministerin des Vereinigten Königreichs am 29. Juni 2019');

      // "Der US-Präsident" of 2019 is Trump, not the president of today's date.
      const epithet = await cardText(tab, 'US-Präsident');
      expect(epithet).toMatch(/^Donald Trump/);
      await tab.close();
    });

    test('on the seed article of 2023, the roles of that September', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(() => totalHighlights(tab), { timeout: 10_000 }).toBeGreaterThan(0);

      const shoigu = await cardText(tab, 'Sergej Schoigu');
      expect(shoigu).toMatch(/Verteidigungsminister Russlands am 14\. Sept(\.|ember) 2023/);
      expect(shoigu).toMatch(
        /(Heute|Stand [^:]+)\s*:\s*Sekretär des Sicherheitsrats der Russischen Föderation/,
      );
      const putin = await cardText(tab, 'Wladimir Putin');
      expect(putin).toMatch(
        /Präsident (Russlands|der Russischen Föderation) am 14\. Sept(\.|ember) 2023/,
      );
      await tab.close();
    });
  });
}
