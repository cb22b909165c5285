import { render } from 'preact';
import { bundledPacks } from 'virtual:kontext/bundled-packs';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EntityCard } from '../../components/EntityCard';
import cardCss from '../../components/entity-card.css?inline';
import type { Mention } from '../../lib/analysis/analyze-text';
import { createRecognizer } from '../../lib/analysis/create-recognizer';
import { summarizeAnalysis } from '../../lib/analysis/summarize-mentions';
import { startAnnotator } from '../../lib/annotate/start-annotator';
import { getUiText } from '../../lib/i18n/ui-text';
import { isGetPageSummaryRequest } from '../../lib/messages/protocol';
import { NEWS_SITES, toMatchPatterns } from '../../lib/sites/news-sites';
import { createUiHost, type UiHost } from '../../lib/ui/create-ui-host';
import { startHoverCards } from '../../lib/ui/hover-cards';
import { createMentionHitTest } from '../../lib/ui/mention-hit-test';
import './highlights.css';

export default defineContentScript({
  matches: toMatchPatterns(NEWS_SITES),
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again by "Annotate this page", a new instance invalidates the old one (WXT's ctx),
    // whose teardown below removes its highlights and UI first.
    const recognizer = createRecognizer(bundledPacks.map((bundled) => bundled.compiled));
    const packs = new Map(bundledPacks.map(({ pack }) => [pack.id, pack]));
    let host: UiHost | undefined;
    const isOwnNode = (node: Node) => host?.contains(node) ?? false;

    const annotator = startAnnotator({
      doc: document,
      win: window,
      recognizer,
      readerLanguages: navigator.languages,
      today: new Date().toISOString().slice(0, 10),
      signal: ctx.signal,
      isOwnNode,
    });
    // Single-page apps change the article without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.refresh());

    startHoverCards<Mention>({
      doc: document,
      getHost: () => (host ??= createUiHost(document, cardCss)),
      hitTest: (x, y) => {
        const annotation = annotator.current;
        if (!annotation) return undefined;
        const { collected, analysis } = annotation;
        return createMentionHitTest(document, collected, analysis.mentions)(x, y);
      },
      renderCard: (container, mention) => {
        const analysis = annotator.current?.analysis;
        const pack = packs.get(mention.packId);
        const entity = pack?.entities.find((candidate) => candidate.id === mention.entityId);
        if (!analysis || !pack || !entity) return;
        const text = getUiText(analysis.language);
        render(
          <EntityCard entity={entity} pack={pack} language={analysis.language} text={text} />,
          container,
        );
      },
      signal: ctx.signal,
    });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isGetPageSummaryRequest(message)) return undefined;
      // Answered once the first annotation is done, so the popup never sees a half-read page.
      return annotator.ready.then(() => {
        const analysis = annotator.current?.analysis;
        return analysis ? summarizeAnalysis(analysis, analysis.language) : undefined;
      });
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      host?.remove();
    });
  },
});
