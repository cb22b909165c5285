/**
 * The popup in Chromium and in Firefox, opened as a tab about a fixture tab (`?tab=<id>`): what
 * each section shows for the seed article, that choosing a name, a tick or a node of the graph
 * takes the page there, each empty and error state, the site and type switches acting on the page,
 * and that messages which are not Kontext's well-formed requests change nothing.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { getPopupText, type PopupText } from '../../components/popup-text';
import type { Language } from '../../lib/knowledge/pack-types';
import { GET_PAGE_VIEW, REVEAL_MENTION } from '../../lib/messages/protocol';
import { NO_NAMES_URL, NOT_NEWS_URL, SEED_ARTICLE_URL } from '../fixtures/sites';
import { SKIP_BROWSERS, type BrowserName, type TabHandle } from './harness/browsers';
import { clickSelector, readHighlightSizes } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/use-extension-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

async function totalHighlights(tab: TabHandle): Promise<number> {
  const sizes = await tab.evaluate(readHighlightSizes);
  return Object.values(sizes).reduce((sum, size) => sum + size, 0);
}

/** Runs in the page: the text of the mention Kontext flashes now, or null. */
function readFlash(): string | null {
  const flash = CSS.highlights.get('kontext-flash');
  const [range] = flash ? [...flash.values()] : [];
  return range instanceof Range ? range.toString() : null;
}

/**
 * Runs in the page: notes every mention Kontext flashes from now on (a flash lasts 1.2 s, which a
 * slow step of a test may miss), for `readFlashes`.
 */
function recordFlashes(): void {
  const seen: string[] = [];
  (window as { __kontextFlashes?: string[] }).__kontextFlashes = seen;
  let last: unknown;
  setInterval(() => {
    const flash = CSS.highlights.get('kontext-flash');
    if (!flash || flash === last) return;
    last = flash;
    const [range] = [...flash.values()];
    seen.push(range instanceof Range ? range.toString() : '');
  }, 10);
}

/** Runs in the page: the mentions flashed since `recordFlashes`. */
function readFlashes(): string[] {
  return [...((window as { __kontextFlashes?: string[] }).__kontextFlashes ?? [])];
}

/** Runs in the page: forgets the last flash, so that the next one is a new one. */
function clearFlash(): void {
  CSS.highlights.delete('kontext-flash');
}

/** Runs in the popup: what the section `id` says, as one line. */
function sectionText(id: string): string {
  return (document.querySelector(`[data-section="${id}"]`)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The popup's strings, in the language it chose (the browser's). */
async function stringsOf(popup: TabHandle): Promise<PopupText> {
  const language = await popup.evaluate(() => document.documentElement.lang);
  return getPopupText(language as Language);
}

/** Waits until the popup shows more than "loading", and returns its state. */
async function settledState(popup: TabHandle): Promise<string> {
  await popup.waitForSelector('[role="status"]:not([data-state="loading"])');
  return popup.evaluate(() =>
    document.querySelector('[role="status"]')!.getAttribute('data-state')!,
  );
}

/** The popup's first sentence about the tab. */
function statusText(popup: TabHandle): Promise<string> {
  return popup.evaluate(() => document.querySelector('[role="status"] p')?.textContent ?? '');
}

for (const name of BROWSERS) {
  describe.skipIf(SKIP_BROWSERS)(`the popup in ${name}`, () => {
    const session = useExtensionBrowser(name);

    /** Back to the default settings after every test, whatever it switched. */
    afterEach(async () => {
      await session.browser.clearStorage();
    });

    /** Opens `url`, waits for Kontext's highlights, and opens the popup about that tab. */
    async function openWithPopup(url: string, annotated = true) {
      const tab = await session.browser.openTab(url);
      if (annotated) await expect.poll(() => totalHighlights(tab)).toBeGreaterThan(0);
      const tabId = await session.browser.findTabId(url);
      const popup = await session.browser.openPopup(tabId);
      return { tab, tabId, popup };
    }

    test('shows the seed article: the page, who is on it, quotes, relations, timeline, gist', async () => {
      const { tab, popup } = await openWithPopup(SEED_ARTICLE_URL);
      expect(await settledState(popup)).toBe('view');
      const text = await stringsOf(popup);
      const german = text.off === getPopupText('de').off;

      // The page: title, site, date, language, and the pack with its as-of date.
      const facts = await popup.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-fact]')].map((fact) => [
            fact.getAttribute('data-fact'),
            fact.textContent!.replace(/\s+/g, ' ').trim(),
          ]),
        ),
      );
      expect(facts.title).toBe('Putin nimmt offenbar Einladung zu Gegenbesuch an');
      expect(facts.site).toBe('www.tagesschau.de');
      expect(facts.published).toMatch(/2023/);
      expect(facts.language).toBe(german ? 'Deutsch' : 'German');
      expect(facts.packs).toMatch(
        german ? /Kim bei Putin .*Stand .*2025/ : /Kim meets Putin .*as of .*2025/,
      );

      // Who: by type, by mentions, with counts that add up to the page's highlights, roles on
      // the article's date, and one tick per mention in the order of the text.
      const entities = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-entity]')].map((item) => ({
          id: item.getAttribute('data-entity')!,
          type: item.closest('section.group')!.querySelector('h3')!.id.replace('group-', ''),
          count: Number(/\d+/.exec(item.querySelector('.count')!.textContent!)![0]),
          role: item.querySelector('.role')?.textContent ?? null,
          ticks: [...item.querySelectorAll<HTMLElement>('.tick')].map((tick) =>
            parseFloat(tick.style.left),
          ),
        })),
      );
      expect([...new Set(entities.map((entity) => entity.type))]).toEqual([
        'person',
        'organization',
        'state',
        'place',
      ]);
      expect(entities[0]).toMatchObject({ id: 'vladimir-putin', type: 'person', count: 13 });
      for (const [index, entity] of entities.entries()) {
        const next = entities[index + 1];
        if (next?.type === entity.type) expect(next.count).toBeLessThanOrEqual(entity.count);
        expect(entity.ticks).toHaveLength(entity.count);
        expect([...entity.ticks].sort((a, b) => a - b)).toEqual(entity.ticks);
      }
      const found = Number(/\d+/.exec(await popup.textOf('[data-testid="names-found"]'))![0]);
      expect(entities.reduce((sum, entity) => sum + entity.count, 0)).toBe(found);
      expect(found).toBe(await totalHighlights(tab));
      const shoigu = entities.find((entity) => entity.id === 'sergei-shoigu')!;
      expect(shoigu.role).toMatch(german ? /Verteidigungsminister/ : /Minister of Defence/);

      // Who said what: speaker, channel and date, and whether the article has the words.
      const quote = await popup.evaluate(
        () =>
          document
            .querySelector('[data-quote="putin-friendship-tradition"]')
            ?.textContent?.replace(/\s+/g, ' ') ?? '',
      );
      expect(quote).toContain('die Geschichte und Tradition der Freundschaft');
      expect(quote).toContain(german ? 'Wladimir Putin' : 'Vladimir Putin');
      expect(quote).toContain(text.via('KCNA'));
      expect(quote).toContain(text.quotedHere);
      expect(quote).toMatch(/2023/);

      // How they relate: a node per related entity, and the same relations as sentences.
      const graph = await popup.evaluate(() => ({
        nodes: [...document.querySelectorAll('svg [data-node]')].map((node) =>
          node.getAttribute('data-node'),
        ),
        focusable: [...document.querySelectorAll('svg [data-node]')].map((node) =>
          node.getAttribute('tabindex'),
        ),
        labels: [...document.querySelectorAll('svg [data-node]')].map((node) =>
          node.getAttribute('aria-label'),
        ),
        met: document.querySelector('[data-relation="kim-met-putin"] .triple')?.textContent,
        sentences: document.querySelectorAll('[data-relation]').length,
      }));
      expect(graph.nodes).toEqual(
        expect.arrayContaining(['kim-jong-un', 'vladimir-putin', 'russia', 'north-korea']),
      );
      expect(graph.nodes).not.toContain('ukraine');
      expect(graph.focusable.filter((index) => index === '0')).toHaveLength(1);
      expect(graph.labels.every((label) => label && label.length > 0)).toBe(true);
      expect(graph.met).toBe(
        german ? 'Kim Jong Un — traf — Wladimir Putin' : 'Kim Jong Un — met — Vladimir Putin',
      );
      expect(graph.sentences).toBeGreaterThanOrEqual(graph.nodes.length - 1);

      // What happened when: "am Dienstag" of 14 Sept 2023 on the pack's arrival of 12 Sept.
      const arrival = await popup.evaluate(
        () => document.querySelector('[data-date="2023-09-12"]')?.textContent ?? '',
      );
      expect(arrival).toContain(
        german ? 'Kim Jong Un trifft in Russland ein' : 'Kim Jong Un arrives in Russia',
      );
      expect(arrival).toContain(text.inArticle('am Dienstag'));
      const summit = await popup.evaluate(
        () => document.querySelector('[data-date="2023-09-13"]')?.textContent ?? '',
      );
      expect(summit).toContain(text.inArticle('am Mittwoch'));
      expect(
        await popup.evaluate(() =>
          [...document.querySelectorAll('.timeline > li.published')].map((item) =>
            item.getAttribute('data-date'),
          ),
        ),
      ).toEqual(['2023-09-14']);

      // The gist: three to five of the article's own sentences, in its order.
      const gist = await popup.evaluate(() =>
        [...document.querySelectorAll('.gist li')].map((item) => item.textContent!),
      );
      expect(gist.length).toBeGreaterThanOrEqual(3);
      expect(gist.length).toBeLessThanOrEqual(5);
      const article = await tab.evaluate(() =>
        document.querySelector('article')!.textContent!.replace(/\s+/g, ' '),
      );
      const positions = gist.map((sentence) => article.indexOf(sentence));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);

      // Headings name every section, and the controls are labelled.
      const headings = await popup.evaluate(() =>
        [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
      );
      expect(headings).toEqual([
        text.pageHeading,
        text.whoHeading,
        text.quotesHeading,
        text.relationsHeading,
        text.timelineHeading,
        text.gistHeading,
        text.controlsHeading,
      ]);
      expect(await popup.evaluate(sectionText, 'controls')).toContain(
        text.siteToggle('www.tagesschau.de'),
      );
      await popup.close();
      await tab.close();
    });

    test('choosing a name or a tick scrolls the page to that mention and flashes it', async () => {
      const { tab, popup } = await openWithPopup(SEED_ARTICLE_URL);
      expect(await settledState(popup)).toBe('view');
      expect(await tab.evaluate(() => window.scrollY)).toBe(0);

      // Ukraine: named once, near the end of the article.
      await popup.evaluate(clickSelector, '[data-entity="ukraine"] button.name');
      await expect.poll(() => tab.evaluate(readFlash)).toBe('Ukraine');
      const down = await tab.evaluate(() => window.scrollY);
      expect(down).toBeGreaterThan(0);

      // Putin's first tick: his first mention, in the headline, back up.
      await popup.evaluate(clickSelector, '[data-entity="vladimir-putin"] .tick[data-index="0"]');
      await expect.poll(() => tab.evaluate(() => window.scrollY)).toBeLessThan(down);
      expect(await tab.evaluate(readFlash)).toBe('Putin');

      // And Kim Young-ho's second tick, further down again.
      await tab.evaluate(clearFlash);
      await popup.evaluate(clickSelector, '[data-entity="kim-young-ho"] .tick[data-index="1"]');
      await expect.poll(() => tab.evaluate(readFlash)).toMatch(/Kim Young-ho|Minister/);
      expect(await tab.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await popup.close();
      await tab.close();
    });

    test('the strips and the graph work by keyboard', async () => {
      const { tab, popup } = await openWithPopup(SEED_ARTICLE_URL);
      expect(await settledState(popup)).toBe('view');
      await popup.bringToFront();

      // A strip is one stop; the arrow keys move between its ticks, Enter reveals one.
      await popup.evaluate(() =>
        document
          .querySelector<HTMLElement>('[data-entity="vladimir-putin"] .tick[data-index="0"]')!
          .focus(),
      );
      await popup.press('ArrowRight');
      await popup.press('ArrowRight');
      expect(
        await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.index),
      ).toBe('2');
      await popup.press('Enter');
      await expect.poll(() => tab.evaluate(readFlash)).toMatch(/Putin|Präsident/);

      // The graph: one node in the tab order, arrows go round, Enter shows the entity.
      const nodes = await popup.evaluate(() =>
        [...document.querySelectorAll('svg [data-node]')].map((node) =>
          node.getAttribute('data-node'),
        ),
      );
      await popup.evaluate(() =>
        document.querySelector<SVGGElement>('svg [data-node][tabindex="0"]')!.focus(),
      );
      await popup.press('ArrowRight');
      const focused = await popup.evaluate(() => document.activeElement?.getAttribute('data-node'));
      expect(focused).toBe(nodes[1]);
      await popup.press('ArrowLeft');
      await popup.press('ArrowLeft');
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe(
        nodes.at(-1),
      );
      // Enter on a node flashes the same mention its name in the list does.
      await popup.press('ArrowRight');
      await popup.press('ArrowRight');
      await tab.evaluate(clearFlash);
      await popup.press('Enter');
      await expect.poll(() => tab.evaluate(readFlash)).not.toBeNull();
      const fromGraph = await tab.evaluate(readFlash);
      await tab.evaluate(clearFlash);
      await popup.evaluate(clickSelector, `[data-entity="${focused}"] button.name`);
      await expect.poll(() => tab.evaluate(readFlash)).toBe(fromGraph);
      await popup.close();
      await tab.close();
    });

    test('a news page that names no one Kontext knows: the popup says so', async () => {
      const { tab, popup } = await openWithPopup(NO_NAMES_URL, false);
      expect(await settledState(popup)).toBe('view');
      const text = await stringsOf(popup);
      expect(await statusText(popup)).toBe(text.noNames);
      expect(
        await popup.evaluate(() => document.querySelector('[data-testid="names-found"]')),
      ).toBeNull();
      // The page is still described, and the controls are there.
      expect(await popup.textOf('[data-fact="title"]')).toBe(
        'Der Herbst beginnt mild: Wetterdienst erwartet goldenen Oktober',
      );
      expect(await popup.evaluate(() => document.querySelectorAll('[data-entity]').length)).toBe(0);
      expect(await popup.evaluate(sectionText, 'controls')).toContain(
        text.siteToggle('www.zeit.de'),
      );
      await popup.close();
      await tab.close();
    });

    test('a page outside the news list: not running, and "annotate this page" is offered', async () => {
      const { tab, popup } = await openWithPopup(NOT_NEWS_URL, false);
      expect(await settledState(popup)).toBe('not-running');
      const text = await stringsOf(popup);
      expect(await statusText(popup)).toBe(text.noAnswer);
      expect(
        await popup.evaluate(() =>
          [...document.querySelectorAll('button')].map((button) => button.textContent),
        ),
      ).toContain(text.annotatePage);
      await popup.close();
      await tab.close();
    });

    test('a content script that does not answer within a second: the popup says so, then tries again', async () => {
      const { tab, popup } = await openWithPopup(SEED_ARTICLE_URL);
      expect(await settledState(popup)).toBe('view');
      // The page's main thread, which the content script shares, is busy for four seconds; the
      // popup, opened before (Firefox may give a new tab the busy page's process), asks again.
      // The page hangs in the call itself, not in a timer: Firefox holds back the timers of a
      // tab in the background (as the page is, behind the popup's tab) once it has used its
      // share of time, as loading the card UI's script there does.
      const busyUntil = Date.now() + 4000;
      const hanging = tab.evaluate((until: number) => {
        while (Date.now() < until) {
          // A page that hangs.
        }
      }, busyUntil);
      await popup.evaluate(() => {
        document.documentElement.dataset.before = 'reload';
        setTimeout(() => location.reload(), 0);
      });
      await popup.waitForSelector(
        'html:not([data-before]) [role="status"]:not([data-state="loading"])',
      );
      expect(
        await popup.evaluate(() =>
          document.querySelector('[role="status"]')!.getAttribute('data-state'),
        ),
      ).toBe('no-answer');
      const text = await stringsOf(popup);
      expect(await statusText(popup)).toBe(text.noAnswerInTime);
      expect(Date.now()).toBeLessThan(busyUntil);

      await hanging;
      await popup.evaluate(
        (label: string) =>
          [...document.querySelectorAll('button')].find((b) => b.textContent === label)!.click(),
        text.tryAgain,
      );
      await popup.waitForSelector('[data-testid="names-found"]');
      await popup.close();
      await tab.close();
    });

    test('a browser page or an extension page: Kontext cannot run there', async () => {
      // An extension page (here the popup itself, about no tab at all).
      const other = await session.browser.openPopup(-1);
      expect(await settledState(other)).toBe('cannot-run');
      const text = await stringsOf(other);
      expect(await statusText(other)).toBe(`${text.annotateFailed} ${text.cannotRunWhy}`);
      // A popup about that extension page: its address shows it is closed to content scripts.
      const url = await other.evaluate(() => location.href);
      const popup = await session.browser.openPopup(await session.browser.findTabId(url));
      expect(await settledState(popup)).toBe('cannot-run');
      expect(await statusText(popup)).toBe(`${text.annotateFailed} ${text.cannotRunWhy}`);
      // No site switch: there is no site.
      expect(await popup.evaluate(() => document.querySelector('input[name="site"]'))).toBeNull();
      await popup.close();
      await other.close();
    });

    test('Kontext off for the site: its highlights go, and it stays off until turned on again', async () => {
      const { tab, tabId, popup } = await openWithPopup(SEED_ARTICLE_URL);
      expect(await settledState(popup)).toBe('view');
      const text = await stringsOf(popup);
      const before = await totalHighlights(tab);
      expect(
        await popup.evaluate(
          () => document.querySelector<HTMLInputElement>('input[name="site"]')!.checked,
        ),
      ).toBe(true);

      await popup.evaluate(clickSelector, 'input[name="site"]');
      await expect.poll(() => totalHighlights(tab)).toBe(0);
      await expect.poll(() => statusText(popup)).toBe(text.off);
      expect(
        await tab.evaluate(() =>
          [...CSS.highlights.keys()].filter((key) => key.startsWith('kontext-')),
        ),
      ).toEqual([]);

      // Off is remembered: a new page of the site is left alone, and its popup says why.
      const again = await session.browser.openTab(SEED_ARTICLE_URL);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await totalHighlights(again)).toBe(0);
      const secondPopup = await session.browser.openPopup(tabId);
      expect(await settledState(secondPopup)).toBe('off');
      expect(
        await secondPopup.evaluate(
          () => document.querySelector<HTMLInputElement>('input[name="site"]')!.checked,
        ),
      ).toBe(false);
      await secondPopup.close();

      // On again: the highlights come back, on both pages, and the popup shows the page.
      await popup.evaluate(clickSelector, 'input[name="site"]');
      await expect.poll(() => totalHighlights(tab)).toBe(before);
      await expect.poll(() => totalHighlights(again)).toBe(before);
      await popup.waitForSelector('[data-testid="names-found"]');
      await again.close();
      await popup.close();
      await tab.close();
    });

    test('entity types off and on: the type’s highlights go and come back', async () => {
      const { tab, popup } = await openWithPopup(SEED_ARTICLE_URL);
      expect(await settledState(popup)).toBe('view');
      const text = await stringsOf(popup);
      const before = await tab.evaluate(readHighlightSizes);
      expect(before.person).toBeGreaterThan(0);

      await popup.evaluate(clickSelector, 'input[name="type"][value="person"]');
      await expect.poll(async () => (await tab.evaluate(readHighlightSizes)).person).toBe(0);
      expect(await tab.evaluate(readHighlightSizes)).toEqual({ ...before, person: 0 });
      // Still listed in the popup, marked as not marked on the page.
      await expect.poll(() => popup.textOf('#group-person')).toContain(text.notMarked);

      await popup.evaluate(clickSelector, 'input[name="type"][value="person"]');
      await expect.poll(() => tab.evaluate(readHighlightSizes)).toEqual(before);
      await popup.close();
      await tab.close();
    });

    test('malformed messages and messages from elsewhere change nothing', async () => {
      const tab = await session.browser.openTab(SEED_ARTICLE_URL);
      await expect.poll(() => totalHighlights(tab)).toBeGreaterThan(0);
      const tabId = await session.browser.findTabId(SEED_ARTICLE_URL);
      const snapshot = () =>
        tab.evaluate(() => ({
          scrollY: window.scrollY,
          registry: [...CSS.highlights.keys()].sort(),
          hosts: document.querySelectorAll('[data-kontext-host]').length,
          same:
            document.documentElement.outerHTML ===
            (window as { __pageDomAtLoad?: string }).__pageDomAtLoad,
        }));
      const before = await snapshot();
      expect(before).toMatchObject({ scrollY: 0, hosts: 0, same: true });
      const sizes = await tab.evaluate(readHighlightSizes);
      await tab.evaluate(recordFlashes);

      const reveal = {
        type: REVEAL_MENTION,
        packId: 'kim-putin-2023',
        entityId: 'ukraine',
        index: 0,
      };
      const malformed: unknown[] = [
        { ...reveal, index: -1 },
        { ...reveal, index: '0' },
        { ...reveal, index: 0.5 },
        { ...reveal, extra: true },
        { ...reveal, entityId: 7 },
        { type: REVEAL_MENTION },
        { type: 'kontext:reveal', packId: 'kim-putin-2023', entityId: 'ukraine', index: 0 },
        { type: GET_PAGE_VIEW, language: 'fr' },
        [REVEAL_MENTION, 'kim-putin-2023', 'ukraine', 0],
        REVEAL_MENTION,
        null,
        42,
      ];
      for (const message of malformed) {
        await session.browser.messageTab(tabId, message).catch(() => undefined);
      }
      // The page's own scripts may post anything: Kontext does not listen there.
      await tab.evaluate((message) => {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      }, reveal);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await snapshot()).toEqual(before);
      expect(await tab.evaluate(readHighlightSizes)).toEqual(sizes);
      expect(await tab.evaluate(readFlashes)).toEqual([]);

      // The same request, well-formed and from Kontext, is acted on: the check above could fail.
      await session.browser.messageTab(tabId, reveal).catch(() => undefined);
      await expect.poll(() => tab.evaluate(readFlashes)).toEqual(['Ukraine']);
      expect(await tab.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await tab.close();
    });
  });
}
