import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardCss from '../../components/entity-card.css?inline';
import { EntityCard } from '../../components/EntityCard';
import { buildPageView } from '../../lib/analysis/build-page-view';
import { buildCardModel } from '../../lib/cards/build-card-model';
import { getUiText } from '../../lib/i18n/ui-text';
import { publishCardUi } from '../../lib/ui/card-ui';
import { createTippyCardPopup } from '../../lib/ui/tippy-card-popup';

/** The containers (in Kontext's shadow root) that have the cards' styles. */
const styled = new WeakSet<HTMLElement>();

/**
 * The card UI: tippy.js places cards, their model is built and Preact renders them. The background
 * injects this script into a frame whose content script is about to open its first card; it
 * leaves its `CardUi` in Kontext's own world for the content script (lib/ui/card-ui.ts), once.
 */
export default defineUnlistedScript(() => {
  publishCardUi(globalThis, {
    createPopup: (doc, container) => {
      // The cards' styles go into the shadow root with the first card, beside the host's own.
      if (!styled.has(container)) {
        const style = doc.createElement('style');
        style.textContent = cardCss;
        container.before(style);
        styled.add(container);
      }
      return createTippyCardPopup(doc, container);
    },
    renderCard: (container, { pack, twins, analysis, mention, language, today }, navigate) => {
      const card = buildCardModel(pack, analysis, mention, language, today, twins);
      if (!card) return undefined;
      render(
        <EntityCard
          card={card}
          language={language}
          text={getUiText(language)}
          onNavigate={navigate}
        />,
        container,
      );
      return card;
    },
    buildPageView,
  });
});
