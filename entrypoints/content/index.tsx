import { render } from 'preact';
import { bundledPacks } from 'virtual:kontext/bundled-packs';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EntityCard } from '../../components/EntityCard';
import cardCss from '../../components/entity-card.css?inline';
import { createRecognizer } from '../../lib/analysis/create-recognizer';
import { summarizeAnalysis } from '../../lib/analysis/summarize-mentions';
import { getUiText } from '../../lib/i18n/ui-text';
import { isGetPageSummaryRequest, isStartNavigationRequest } from '../../lib/messages/protocol';
import { NEWS_SITES, toMatchPatterns } from '../../lib/sites/news-sites';
import { startPageUi } from '../../lib/ui/start-page-ui';
import './highlights.css';
import { watchExtension } from './watch-extension';

export default defineContentScript({
  matches: toMatchPatterns(NEWS_SITES),
  runAt: 'document_idle',
  main(ctx) {
    // Injected again by "Annotate this page", a new instance invalidates the old one (WXT's ctx),
    // and everything tied to ctx.signal goes with it.
    const ui = startPageUi({
      doc: document,
      win: window,
      recognizer: createRecognizer(bundledPacks.map((bundled) => bundled.compiled)),
      packs: new Map(bundledPacks.map(({ pack }) => [pack.id, pack])),
      css: cardCss,
      readerLanguages: navigator.languages,
      today: new Date().toISOString().slice(0, 10),
      renderCard: (container, card, navigate) => {
        const language = ui.annotator.current?.analysis.language ?? 'en';
        render(
          <EntityCard
            card={card}
            language={language}
            text={getUiText(language)}
            onNavigate={navigate}
          />,
          container,
        );
      },
      signal: ctx.signal,
    });
    // Single-page apps change the article without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => ui.annotator.refresh());

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if (isStartNavigationRequest(message)) {
        void ui.annotator.ready.then(() => ui.navigator.start());
        return undefined;
      }
      if (!isGetPageSummaryRequest(message)) return undefined;
      // Answered once the first annotation is done, so the popup never sees a half-read page.
      return ui.annotator.ready.then(() => {
        const analysis = ui.annotator.current?.analysis;
        return analysis ? summarizeAnalysis(analysis, analysis.language) : undefined;
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    watchExtension(ctx);
  },
});
