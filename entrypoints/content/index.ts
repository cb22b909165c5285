import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import bundledPack from '../../assets/knowledge/kim-putin-2023.json';
import { annotatePage } from '../../lib/highlight/annotate-page';
import { pickLanguage } from '../../lib/i18n/ui-text';
import { listLinkableNames } from '../../lib/knowledge/list-names';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';
import { buildNameFinder } from '../../lib/matching/find-names';
import { isGetPageSummaryRequest } from '../../lib/messages/protocol';
import { NEWS_SITES, toMatchPatterns } from '../../lib/sites/news-sites';
import './highlights.css';

const pack = bundledPack as unknown as KnowledgePack;

export default defineContentScript({
  matches: toMatchPatterns(NEWS_SITES),
  runAt: 'document_idle',
  main(ctx) {
    // Injected again by "Annotate this page", a new instance invalidates the old one (WXT's ctx),
    // whose teardown below removes its highlights first.
    const language = pickLanguage([document.documentElement.lang, ...navigator.languages]);
    const annotation = annotatePage(
      document.body,
      window,
      buildNameFinder(listLinkableNames(pack)),
      pack,
      language,
    );

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isGetPageSummaryRequest(message)) return undefined;
      return Promise.resolve(annotation.summary);
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      annotation.dispose();
    });
  },
});
