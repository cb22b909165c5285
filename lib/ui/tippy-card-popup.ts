/**
 * Cards placed by tippy.js against the mention's box, inside Kontext's closed shadow root: fixed
 * to the viewport, below the mention where there is room, else above.
 */
import tippy from 'tippy.js';
import type { CardPopup } from './card-ui';

export function createTippyCardPopup(doc: Document, container: HTMLElement): CardPopup {
  const content = doc.createElement('div');
  // A detached element: tippy needs a reference, but the card is placed by the mention's box,
  // given with each `show`.
  const instance = tippy(doc.createElement('span'), {
    content,
    appendTo: () => container,
    trigger: 'manual',
    interactive: true,
    placement: 'bottom-start',
    maxWidth: 380,
    arrow: false,
    animation: false,
    hideOnClick: false,
    popperOptions: { strategy: 'fixed' },
  });
  return {
    content,
    show: (next) => {
      instance.setProps({ getReferenceClientRect: () => next });
      instance.show();
    },
    hide: () => instance.hide(),
    destroy: () => instance.destroy(),
  };
}
