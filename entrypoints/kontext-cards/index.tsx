import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EntityCard } from '../../components/EntityCard';
import { getUiText } from '../../lib/i18n/ui-text';
import { publishCardUi } from '../../lib/ui/card-ui';
import { createTippyCardPopup } from '../../lib/ui/tippy-card-popup';

/**
 * The card UI: tippy.js places cards, Preact renders them. The background injects this script
 * into a frame whose content script is about to open its first card; it leaves its `CardUi` in
 * Kontext's own world for the content script (lib/ui/card-ui.ts), once.
 */
export default defineUnlistedScript(() => {
  publishCardUi(globalThis, {
    createPopup: createTippyCardPopup,
    renderCard: (container, card, language, navigate) => {
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
  });
});
