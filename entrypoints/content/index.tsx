import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import bundledPack from '../../assets/knowledge/kim-putin-2023.json';
import { EntityCard } from '../../components/EntityCard';
import cardCss from '../../components/entity-card.css?inline';
import { annotatePage } from '../../lib/highlight/annotate-page';
import { getUiText, pickLanguage } from '../../lib/i18n/ui-text';
import { listLinkableNames } from '../../lib/knowledge/list-names';
import type { KnowledgePack } from '../../lib/knowledge/pack-types';
import { buildNameFinder } from '../../lib/matching/find-names';
import { isGetPageSummaryRequest } from '../../lib/messages/protocol';
import { NEWS_SITES, toMatchPatterns } from '../../lib/sites/news-sites';
import { createUiHost, type UiHost } from '../../lib/ui/create-ui-host';
import { startHoverCards } from '../../lib/ui/hover-cards';
import { createMentionHitTest } from '../../lib/ui/mention-hit-test';
import './highlights.css';

const pack = bundledPack as unknown as KnowledgePack;

export default defineContentScript({
  matches: toMatchPatterns(NEWS_SITES),
  runAt: 'document_idle',
  main(ctx) {
    // Injected again by "Annotate this page", a new instance invalidates the old one (WXT's ctx),
    // whose teardown below removes its highlights and UI first.
    const language = pickLanguage([document.documentElement.lang, ...navigator.languages]);
    const text = getUiText(language);
    const annotation = annotatePage(
      document.body,
      window,
      buildNameFinder(listLinkableNames(pack)),
      pack,
      language,
    );
    const entities = new Map(pack.entities.map((entity) => [entity.id, entity]));

    let host: UiHost | undefined;
    startHoverCards({
      doc: document,
      getHost: () => (host ??= createUiHost(document, cardCss)),
      hitTest: createMentionHitTest(document, annotation.collected, annotation.matches),
      renderCard: (container, match) => {
        const entity = entities.get(match.entityId);
        if (entity)
          render(
            <EntityCard entity={entity} pack={pack} language={language} text={text} />,
            container,
          );
      },
      signal: ctx.signal,
    });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isGetPageSummaryRequest(message)) return undefined;
      return Promise.resolve(annotation.summary);
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      annotation.dispose();
      host?.remove();
    });
  },
});
