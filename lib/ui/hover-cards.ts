/**
 * Opens a card when the reader rests the pointer on a mention, taps it, or asks for it from the
 * keyboard, and keeps it open while the pointer is on the mention or in the card (WCAG 1.4.13:
 * hoverable, dismissible with Esc, persistent). Cards are placed against the mention's rectangle,
 * inside Kontext's shadow root, by a popup (`CardPopup`) loaded when the first card is about to
 * open: a page the reader never hovers never loads it.
 */
import type { CardPopup } from './card-ui';
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
  /**
   * Loads what makes card popups (once; asked as soon as a card may open). A card whose popup
   * cannot be loaded does not open.
   */
  loadPopup: () => Promise<(doc: Document, container: HTMLElement) => CardPopup>;
  /**
   * How the pointer opens cards, asked each time it rests on a mention: after `delayMs`, and only
   * while `modifier` is held where one is given. Taps and the keyboard open cards either way.
   */
  getHoverOpening?: () => HoverOpening;
  /** Called after a card closed (by Esc, by the pointer leaving, or by a tap elsewhere). */
  onClose?: (reason: 'escape' | 'away') => void;
  /** Ends every listener, timer and the card. */
  signal: AbortSignal;
}

/** A key the reader may hold for the pointer to open cards. */
export type HoverModifier = 'Alt' | 'Shift' | 'Control';

export interface HoverOpening {
  delayMs: number;
  modifier?: HoverModifier;
}

/** Whether `modifier` is held in a pointer or keyboard event. */
function isHeld(event: MouseEvent | KeyboardEvent, modifier: HoverModifier): boolean {
  return event.getModifierState(modifier);
}

export interface CardController<Key> {
  /**
   * Opens the card for `target` (now, or once its popup is loaded); with `focus`, moves the
   * keyboard focus into it.
   */
  open(target: HoverTarget<Key>, options?: { focus?: boolean }): void;
  close(): void;
  /** Loads the card popup ahead of the first card (the reader started moving through names). */
  preload(): void;
  /** The key of the open card, if one is open. */
  readonly openKey: Key | undefined;
  /**
   * Looks again at what lies under a resting pointer: the mentions changed (an annotation
   * completed, which the pointer may have come to rest on before the page had the mentions).
   */
  refresh(): void;
}

/** How long the pointer rests on a mention before its card opens: passing over does not open it. */
const SHOW_DELAY_MS = 250;
/** How long a card stays after the pointer left, so that the reader can move into it. */
const HIDE_DELAY_MS = 300;
/** Scrolling this soon after a card opened is the scroll that brought its mention into view. */
const SCROLL_SETTLE_MS = 400;
/** A touch that moves further than this is a scroll, not a tap. */
const TAP_SLOP_PX = 10;

/** Starts the cards; everything stops when `signal` aborts. */
export function startHoverCards<Key>(options: HoverCardsOptions<Key>): CardController<Key> {
  const { doc, signal } = options;
  const win = doc.defaultView!;
  let popup: CardPopup | undefined;
  let loading: Promise<CardPopup | undefined> | undefined;
  // A card asked for while its popup loads: opened once it has.
  let wanted: { target: HoverTarget<Key>; focus: boolean } | undefined;
  let shownKey: Key | undefined;
  let pendingKey: Key | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let pointer: { x: number; y: number; inCard: boolean } | undefined;
  // The last pointer or keyboard event, for the modifier keys it says are held.
  let lastEvent: MouseEvent | KeyboardEvent | undefined;
  let touchStart: { x: number; y: number } | undefined;
  // When a card was opened last: the scroll that brought its mention into view is no reason to close.
  let openedAt = -Infinity;

  /** The popup, loaded on the first call; undefined where it could not be. */
  const loadPopup = (): Promise<CardPopup | undefined> =>
    (loading ??= options.loadPopup().then(
      (create) => {
        if (signal.aborted) return undefined;
        popup = create(doc, options.getHost().container);
        return popup;
      },
      () => {
        // Asked again with the next card.
        loading = undefined;
        return undefined;
      },
    ));

  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const cancelShow = () => {
    clearTimeout(showTimer);
    pendingKey = undefined;
  };

  const close = (reason: 'escape' | 'away' = 'away') => {
    cancelHide();
    cancelShow();
    wanted = undefined;
    if (shownKey === undefined) return;
    popup?.hide();
    shownKey = undefined;
    options.onClose?.(reason);
  };

  const show = (card: CardPopup, target: HoverTarget<Key>, focus: boolean) => {
    options.renderCard(card.content, target.key);
    card.show(target.rect);
    shownKey = target.key;
    openedAt = win.performance.now();
    if (focus) {
      const dialog = card.content.querySelector<HTMLElement>('[role="dialog"]');
      dialog?.setAttribute('tabindex', '-1');
      dialog?.focus();
    }
  };

  const open = (target: HoverTarget<Key>, { focus = false } = {}) => {
    cancelHide();
    cancelShow();
    if (popup) {
      wanted = undefined;
      show(popup, target, focus);
      return;
    }
    wanted = { target, focus };
    void loadPopup().then((card) => {
      if (!card || wanted?.target !== target) return;
      wanted = undefined;
      show(card, target, focus);
    });
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
      const opening = options.getHoverOpening?.() ?? { delayMs: SHOW_DELAY_MS };
      // Without the key held the pointer only passes over (pendingKey stays unset, so holding the
      // key later opens the card).
      if (opening.modifier && !(lastEvent && isHeld(lastEvent, opening.modifier))) return;
      pendingKey = target.key;
      // Loaded while the pointer rests, the popup is there when the card opens.
      void loadPopup();
      showTimer = setTimeout(() => open(target), opening.delayMs);
      return;
    }
    cancelShow();
    if (shownKey !== undefined && hideTimer === undefined) {
      hideTimer = setTimeout(() => close('away'), HIDE_DELAY_MS);
    }
  };

  // Outside a closed shadow root, an event from inside it shows only the host as its target.
  const isInCard = (event: Event) =>
    popup !== undefined &&
    event.target instanceof win.Node &&
    options.getHost().contains(event.target);

  const onPointerMove = (event: PointerEvent) => {
    // The page can dispatch events of its own; only the reader's pointer counts. Touch has no
    // hover: taps open cards (below).
    if (!event.isTrusted || event.pointerType === 'touch') return;
    pointer = { x: event.clientX, y: event.clientY, inCard: isInCard(event) };
    lastEvent = event;
    frame ||= win.requestAnimationFrame(update);
  };

  // The modifier pressed while the pointer rests on a mention opens its card (a short press is
  // enough); released, it leaves an open card open (WCAG 1.4.13: persistent).
  const onModifierKey = (event: KeyboardEvent) => {
    const modifier = options.getHoverOpening?.().modifier;
    if (!event.isTrusted || !modifier) return;
    lastEvent = event;
    if (event.type !== 'keydown' || event.key !== modifier || !pointer || pointer.inCard) return;
    const target = options.hitTest(pointer.x, pointer.y);
    if (!target || target.key === shownKey || target.key === pendingKey) return;
    cancelShow();
    pendingKey = target.key;
    void loadPopup();
    showTimer = setTimeout(() => open(target), options.getHoverOpening?.().delayMs ?? 0);
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.isTrusted && event.pointerType === 'touch') {
      touchStart = { x: event.clientX, y: event.clientY };
    }
  };

  // A tap on a mention opens its card; a tap elsewhere closes it. Nothing is prevented: the
  // page's own taps and links work as before.
  const onPointerUp = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType !== 'touch' || !touchStart) return;
    const moved = Math.hypot(event.clientX - touchStart.x, event.clientY - touchStart.y);
    touchStart = undefined;
    if (moved > TAP_SLOP_PX || isInCard(event)) return;
    const target = options.hitTest(event.clientX, event.clientY);
    if (target) open(target);
    else close('away');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape' && shownKey !== undefined) close('escape');
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.addEventListener('keydown', onModifierKey, listen);
  doc.addEventListener('keyup', onModifierKey, listen);
  doc.addEventListener('pointerdown', onPointerDown, listen);
  doc.addEventListener('pointerup', onPointerUp, listen);
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  // Scrolling moves the mention away from the card (unless the reader scrolls inside the card).
  doc.addEventListener(
    'scroll',
    (event) => {
      const settling = win.performance.now() - openedAt < SCROLL_SETTLE_MS;
      if (!isInCard(event) && !settling) close('away');
    },
    listen,
  );

  signal.addEventListener('abort', () => {
    cancelShow();
    cancelHide();
    win.cancelAnimationFrame(frame);
    wanted = undefined;
    popup?.destroy();
  });

  return {
    open,
    close: () => close('away'),
    preload: () => void loadPopup(),
    get openKey() {
      return shownKey;
    },
    refresh: () => {
      if (pointer && !signal.aborted) frame ||= win.requestAnimationFrame(update);
    },
  };
}
