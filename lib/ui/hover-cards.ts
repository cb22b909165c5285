/**
 * Opens a card when the reader rests the pointer on a mention, and keeps it open while the pointer
 * is on the mention or in the card (WCAG 1.4.13: hoverable, dismissible with Esc, persistent).
 * Cards are placed by tippy.js against the mention's rectangle, inside Kontext's shadow root.
 */
import tippy, { type Instance } from 'tippy.js';
import type { UiHost } from './create-ui-host';

/** What lies under the pointer: a key that tells mentions apart, and the box to place a card at. */
export interface HoverTarget<Key> {
  key: Key;
  rect: DOMRect;
}

export interface HoverCardsOptions<Key> {
  doc: Document;
  /** Kontext's UI host, created on the first card, so that a page nobody hovers stays untouched. */
  getHost: () => UiHost;
  /** The mention at a viewport point, if any. */
  hitTest: (x: number, y: number) => HoverTarget<Key> | undefined;
  /** Renders the card for `key` into `container` (and replaces what was there). */
  renderCard: (container: HTMLElement, key: Key) => void;
  /** Ends every listener, timer and the card. */
  signal: AbortSignal;
}

/** How long the pointer rests on a mention before its card opens: passing over does not open it. */
const SHOW_DELAY_MS = 250;
/** How long a card stays after the pointer left, so that the reader can move into it. */
const HIDE_DELAY_MS = 300;

/** Starts hover cards; everything stops when `signal` aborts. */
export function startHoverCards<Key>(options: HoverCardsOptions<Key>): void {
  const { doc, signal } = options;
  let instance: Instance | undefined;
  let content: HTMLElement | undefined;
  let shownKey: Key | undefined;
  let pendingKey: Key | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let pointer: { x: number; y: number; inCard: boolean } | undefined;

  const getInstance = (): Instance => {
    if (instance) return instance;
    const host = options.getHost();
    content = doc.createElement('div');
    // A detached element: tippy needs a reference, but the card is placed by the mention's box.
    instance = tippy(doc.createElement('span'), {
      content,
      appendTo: () => host.container,
      trigger: 'manual',
      interactive: true,
      placement: 'bottom-start',
      maxWidth: 360,
      arrow: false,
      animation: false,
      hideOnClick: false,
      popperOptions: { strategy: 'fixed' },
    });
    return instance;
  };

  const win = doc.defaultView!;

  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const cancelShow = () => {
    clearTimeout(showTimer);
    pendingKey = undefined;
  };

  const hide = () => {
    cancelHide();
    instance?.hide();
    shownKey = undefined;
  };

  const show = (target: HoverTarget<Key>) => {
    const card = getInstance();
    options.renderCard(content!, target.key);
    card.setProps({ getReferenceClientRect: () => target.rect });
    card.show();
    shownKey = target.key;
  };

  const update = () => {
    frame = 0;
    if (!pointer) return;
    if (pointer.inCard) {
      cancelHide();
      return;
    }
    const target = options.hitTest(pointer.x, pointer.y);
    if (target && target.key === shownKey) {
      cancelShow();
      cancelHide();
      return;
    }
    if (target) {
      if (target.key === pendingKey) return;
      cancelShow();
      pendingKey = target.key;
      showTimer = setTimeout(() => {
        pendingKey = undefined;
        cancelHide();
        show(target);
      }, SHOW_DELAY_MS);
      return;
    }
    cancelShow();
    if (shownKey !== undefined && hideTimer === undefined) {
      hideTimer = setTimeout(hide, HIDE_DELAY_MS);
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    // The page can dispatch events of its own; only the reader's pointer counts.
    if (!event.isTrusted) return;
    const inCard = content !== undefined && event.composedPath().includes(content);
    pointer = { x: event.clientX, y: event.clientY, inCard };
    frame ||= win.requestAnimationFrame(update);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape' && shownKey !== undefined) hide();
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  // Scrolling moves the mention away from the card.
  doc.addEventListener('scroll', hide, listen);

  signal.addEventListener('abort', () => {
    cancelShow();
    cancelHide();
    win.cancelAnimationFrame(frame);
    instance?.destroy();
  });
}
