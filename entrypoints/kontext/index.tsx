import { bundledPacks } from 'virtual:kontext/bundled-packs';
import { storedPackHeads } from 'virtual:kontext/stored-pack-heads';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import hostCss from '../../components/ui-host.css?inline';
import { createRecognizer, type Recognizer } from '../../lib/analysis/create-recognizer';
import { chooseCardLanguage } from '../../lib/i18n/card-language';
import { createRequestHandler } from '../../lib/messages/handle-request';
import {
  APPLY_HIGHLIGHT_COLORS,
  LOAD_CARD_UI,
  type ApplyHighlightColorsRequest,
  type LoadCardUiRequest,
} from '../../lib/messages/protocol';
import { findCardUi, type CardUi } from '../../lib/ui/card-ui';
import type { KnowledgeLoader } from '../../lib/annotate/annotate-page';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';
import { createPackMap } from '../../lib/packs/pack-map';
import { createKnowledgeLoader } from '../../lib/packs/page-knowledge';
import {
  PACK_INDEX_AREA_KEY,
  pickPagePacks,
  readPackIndex,
  readStoredPagePacks,
  type StoredPagePack,
} from '../../lib/packs/read-page-packs';
import { readSettings } from '../../lib/settings/read-settings';
import { DEFAULT_SETTINGS, SETTINGS_AREA_KEY, type Settings } from '../../lib/settings/settings';
import { isSiteOff } from '../../lib/settings/site-settings';
import { toDomainsOfPatterns } from '../../lib/sites/news-sites';
import { startPageUi, type PageUi } from '../../lib/ui/start-page-ui';
import { startPageLife } from './page-life';
import { watchExtension } from './watch-extension';
import { readLocalStorage, watchLocalStorage } from './watch-storage';

/** Annotation times kept for the benchmark: the first, and the latest ones. */
const MAX_TIMINGS = 100;

/** The bundled packs' ids. */
const bundledIds = new Set(bundledPacks.map(({ compiled }) => compiled.id));
/** The bundled packs the background stores (the world pack), by id: their heads' text. */
const storedHeads: ReadonlyMap<string, string> = new Map(
  storedPackHeads.map(({ id, head }) => [id, head]),
);

/** The reader's settings and the index of imported packs (with their heads), in one read. */
function readStored(): Promise<Record<string, unknown>> {
  return browser.storage.local.get([SETTINGS_AREA_KEY, PACK_INDEX_AREA_KEY]);
}

/**
 * The content script: an unlisted script that the manifest (wxt.config.ts) runs on the news
 * sites with its stylesheet (assets/public/kontext.css), that the background registers for the
 * sites a reader added, and that the popup injects on a page the reader asks it to annotate.
 */
export default defineUnlistedScript({
  main() {
    const life = startPageLife();
    // When this content script started, and when it drew highlights (the benchmark asks).
    const startedAt = performance.now();
    // The reader's settings and imported packs, asked for first: the page is read while storage
    // answers.
    const firstRead = readStored();
    const highlightedAt: number[] = [];
    const annotatedAt: number[] = [];
    const recordTime = (times: number[]) => {
      times.push(performance.now());
      // A live page annotates without end; the first times are the ones asked for.
      if (times.length > MAX_TIMINGS) times.splice(1, 1);
    };
    const host = location.hostname;
    // The news list as the manifest holds it (it is made from lib/sites/news-sites.ts): the list
    // itself, with its outlets' names, would cost every page a kilobyte of the size budget.
    const newsSites = toDomainsOfPatterns(
      browser.runtime.getManifest().content_scripts?.flatMap(({ matches }) => matches ?? []) ?? [],
    );
    let settings: Settings = DEFAULT_SETTINGS;
    // Stored packs, read from storage a part at a time, as the page needs them: until the index
    // of stored packs is read, the bundled ones the background stores, whose heads this script
    // carries, so that their parts are read as soon as the page's words are known. Should the
    // index not hold this build's heads (the background has yet to store them), the page starts
    // again without them before it draws anything.
    let imported: StoredPagePack[] = readStoredPagePacks({
      packs: storedPackHeads.map(({ id, head }) => ({ id, importedAt: 0, head })),
    });
    // The recognizer and the cards' packs, over the packs the reader has on; built again when
    // packs are imported, removed, turned on or off.
    let recognizer: Recognizer;
    let loader: KnowledgeLoader;
    let packs: ReadonlyMap<string, KnowledgePack>;
    // The enabled packs' ids the recognizer was built for; undefined forces a new build.
    let packsKey: string | undefined;
    /** Builds the recognizer afresh where the enabled packs changed; true if it did. */
    const buildPacks = (): boolean => {
      const isOn = (id: string) => !settings.packsOff.includes(id);
      // Bundled first; an imported pack never takes a bundled pack's id (the options page
      // refuses it).
      const whole = bundledPacks.filter(({ compiled }) => isOn(compiled.id));
      const stored = imported.filter(({ id }) => !bundledIds.has(id) && isOn(id));
      const key = [
        ...whole.map(({ compiled }) => compiled.id),
        ...stored.map(({ id }) => id),
      ].join();
      if (key === packsKey) return false;
      packsKey = key;
      recognizer = createRecognizer(
        whole.map(({ compiled }) => compiled),
        stored.map(({ id, head }) => ({ id, entityCount: head.entityCount })),
      );
      // A new recognizer knows none of the stored packs' parts: its loader reads them afresh.
      const knowledge = createKnowledgeLoader(browser.storage.local, recognizer, stored);
      loader = knowledge;
      packs = createPackMap(
        new Map<string, () => KnowledgePack | undefined>([
          ...whole.map(({ compiled, pack }) => [compiled.id, () => pack] as const),
          ...stored.map(({ id }) => [id, () => knowledge.readPack(id)] as const),
        ]),
      );
      return true;
    };
    buildPacks();
    // The page's UI while Kontext is on here; turning it off aborts it (highlights, host,
    // listeners), turning it on starts it again. Injected again by "Annotate this page", a new
    // instance ends the old one (`startPageLife`), and the old UI goes with it.
    let running: { ui: PageUi; controller: AbortController } | undefined;

    // Until the first read of settings and packs is done, the page is read and its names are
    // recognized with the bundled packs, but nothing is drawn (`drawAfter`): the settings may say
    // that this site is off, which types to draw, or that other packs apply (then it starts again).
    let settingsKnown = false;
    const start = (drawAfter?: Promise<void>) => {
      if (running || life.isOver) return;
      const controller = new AbortController();
      const ui: PageUi = startPageUi({
        doc: document,
        win: window,
        recognizer,
        loader,
        packs,
        css: hostCss,
        readerLanguages: navigator.languages,
        today: new Date().toISOString().slice(0, 10),
        isTypeShown: (type) => settings.entityTypes[type],
        areAdjectivesShown: () => settings.adjectivesShown,
        // Holding the key is the reader's signal: the card opens without a further wait.
        getHoverOpening: () =>
          settings.cardOpening.mode === 'modifier'
            ? { delayMs: 0, modifier: settings.cardOpening.modifier }
            : { delayMs: settings.cardOpening.delayMs },
        getCardLanguage: (pageLanguage) =>
          chooseCardLanguage(settings.cardLanguage, pageLanguage, navigator.languages),
        loadCardUi,
        onHighlighted: () => recordTime(highlightedAt),
        onAnnotated: () => recordTime(annotatedAt),
        ...(drawAfter && { drawAfter }),
        signal: controller.signal,
      });
      running = { ui, controller };
      applyColors();
    };
    // The reader's colours: the background inserts them where the page cannot see them. The
    // sheet stays with the document, so it is asked for once per set of colours; the default
    // colours are those of this script's own stylesheet.
    let colorsAsked = JSON.stringify(DEFAULT_SETTINGS.colors);
    const applyColors = () => {
      const colors = JSON.stringify(settings.colors);
      if (colors === colorsAsked) return;
      colorsAsked = colors;
      const request: ApplyHighlightColorsRequest = { type: APPLY_HIGHLIGHT_COLORS };
      browser.runtime.sendMessage(request).catch(() => undefined);
    };
    /**
     * The card UI (tippy.js and Preact, entrypoints/kontext-cards): injected by the background
     * into this frame when the first card is about to open.
     */
    let cardUiLoad: Promise<CardUi> | undefined;
    const loadCardUi = (): Promise<CardUi> =>
      (cardUiLoad ??= (async () => {
        const loaded = findCardUi(globalThis);
        if (loaded) return loaded;
        const request: LoadCardUiRequest = { type: LOAD_CARD_UI };
        await browser.runtime.sendMessage(request);
        const ui = findCardUi(globalThis);
        if (!ui) throw new Error('the card UI did not load');
        return ui;
      })().catch((error: unknown) => {
        // Asked again with the next card.
        cardUiLoad = undefined;
        throw error;
      }));
    const stop = () => {
      running?.controller.abort();
      running = undefined;
    };
    life.onEnd(stop);

    const apply = (stored: unknown) => {
      if (life.isOver) return;
      const previous = settings;
      // The first annotation has drawn nothing yet: it draws with these settings.
      const drawn = settingsKnown;
      settingsKnown = true;
      settings = readSettings(stored).settings;
      const rebuilt = buildPacks();
      if (isSiteOff(settings, host, newsSites)) stop();
      else if (!running) start();
      else if (rebuilt) {
        // Other packs: annotate the page again with the new recognizer.
        stop();
        start();
      } else if (
        drawn &&
        (JSON.stringify(previous.entityTypes) !== JSON.stringify(settings.entityTypes) ||
          previous.adjectivesShown !== settings.adjectivesShown)
      ) {
        // Highlights are drawn per type and kind: draw them again with those now shown.
        running.ui.annotator.refresh();
      }
      if (running) applyColors();
    };
    const loadSettings = async () => apply(await readLocalStorage(SETTINGS_AREA_KEY));
    // Settings and imported packs in one read, so that the page is annotated once, with all of
    // them, as soon as can be. Storage that cannot be read leaves the defaults.
    const loadAll = async (read = readStored()) => {
      const items = await read.catch(() => ({}) as Record<string, unknown>);
      imported = pickPagePacks(readPackIndex(items[PACK_INDEX_AREA_KEY]), storedHeads);
      apply(items[SETTINGS_AREA_KEY]);
    };
    start(loadAll(firstRead));
    life.onEnd(watchLocalStorage(SETTINGS_AREA_KEY, apply));
    life.onEnd(
      watchLocalStorage(PACK_INDEX_AREA_KEY, () => {
        // A pack imported again keeps its id: build afresh whatever the ids say.
        packsKey = undefined;
        void loadAll();
      }),
    );
    // Single-page apps change the article without a page load: the annotator follows the page's
    // changes (lib/annotate/watch-page.ts), which a new article brings, so no address watch.

    const onMessage = createRequestHandler(browser.runtime.id, {
      getPageView: async (language) => {
        // Read afresh: the popup may have just changed the settings, and storage's change event
        // can arrive after its request.
        await loadSettings();
        const ui = running?.ui;
        // Answered once the first annotation is done, so the popup never sees a half-read page.
        await ui?.annotator.ready;
        const annotation = ui === running?.ui ? ui?.annotator.current : undefined;
        if (!annotation) return { status: 'off', host };
        // The summary is built by the card UI's script, which the page loads now if no card has.
        const cardUi = await loadCardUi();
        return {
          status: 'ready',
          view: cardUi.buildPageView({
            analysis: annotation.analysis,
            text: annotation.collected.text,
            packs,
            language,
            host,
            adjectivesShown: settings.adjectivesShown,
          }),
        };
      },
      revealMention: async (packId, entityId, index) =>
        running?.ui.revealEntity(packId, entityId, index) ?? false,
      getTimings: () => ({
        startedAt,
        highlightedAt: [...highlightedAt],
        annotatedAt: [...annotatedAt],
      }),
      startNavigation: () => {
        const ui = running?.ui;
        void ui?.annotator.ready.then(() => ui.navigator.start());
      },
    });
    browser.runtime.onMessage.addListener(onMessage);
    life.onEnd(() => browser.runtime.onMessage.removeListener(onMessage));
    watchExtension(life);
  },
});
