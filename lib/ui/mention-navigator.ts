/**
 * Keyboard access to the mentions of a page: a focusable element in Kontext's shadow root moves
 * from mention to mention in reading order (arrow keys or Tab), Enter opens the card, Escape
 * returns the focus to where it was. Screen readers hear each mention's name, type and place, and
 * the page's own text stays as it is.
 */
import type { UiHost } from './create-ui-host';

/** One stop of the navigation. */
export interface NavigationStop {
  /** What a screen reader says for it: "Sergej Schoigu, Person, mention 2 of 3". */
  label: string;
  /** Scrolls the mention into view and returns its box (undefined when it is gone). */
  reveal: () => DOMRect | undefined;
}

export interface MentionNavigatorOptions {
  doc: Document;
  getHost: () => UiHost;
  /** The stops, in reading order, as they are now. */
  getStops: () => readonly NavigationStop[];
  /** Opens the card of stop `index` at `rect`, with the focus inside it. */
  openCard: (index: number, rect: DOMRect) => void;
  /** Marks stop `index` for a moment, so that sighted readers see where they are. */
  flash: (index: number) => void;
  /** What the navigation element says first: the keys that work. */
  hint: string;
  /** Called as the navigation starts (the cards' UI can load meanwhile). */
  onStart?: () => void;
  signal: AbortSignal;
}

export interface MentionNavigator {
  /** Starts at the first mention (or where the navigation last was). */
  start(): void;
  /** Ends the navigation and gives the focus back. */
  stop(): void;
  /** Moves to stop `index` (from a card's previous/next buttons). */
  moveTo(index: number): void;
  readonly active: boolean;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

export function createMentionNavigator(options: MentionNavigatorOptions): MentionNavigator {
  const { doc } = options;
  let ring: HTMLButtonElement | undefined;
  let index = 0;
  let returnFocus: Element | null = null;

  const place = (rect: DOMRect) => {
    if (!ring) return;
    const { style } = ring;
    style.left = `${rect.left - 3}px`;
    style.top = `${rect.top - 3}px`;
    style.width = `${rect.width + 6}px`;
    style.height = `${rect.height + 6}px`;
  };

  const show = (next: number) => {
    const stops = options.getStops();
    if (!ring || stops.length === 0) return;
    index = ((next % stops.length) + stops.length) % stops.length;
    const stop = stops[index]!;
    const rect = stop.reveal();
    if (rect) place(rect);
    ring.setAttribute('aria-label', stop.label);
    options.flash(index);
  };

  const stop = () => {
    if (!ring) return;
    const target = returnFocus;
    ring.remove();
    ring = undefined;
    if (target instanceof doc.defaultView!.HTMLElement && target.isConnected) {
      target.focus({ preventScroll: true });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const step =
      NEXT_KEYS.has(event.key) || (event.key === 'Tab' && !event.shiftKey)
        ? 1
        : PREVIOUS_KEYS.has(event.key) || (event.key === 'Tab' && event.shiftKey)
          ? -1
          : 0;
    if (step !== 0) {
      event.preventDefault();
      show(index + step);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const rect = options.getStops()[index]?.reveal();
      if (rect) options.openCard(index, rect);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      stop();
    }
    // Keys that reach the page would scroll it or trigger its shortcuts.
    event.stopPropagation();
  };

  const start = () => {
    if (options.getStops().length === 0) return;
    options.onStart?.();
    if (!ring) {
      returnFocus = doc.activeElement;
      ring = doc.createElement('button');
      ring.type = 'button';
      ring.className = 'navigation-ring';
      ring.title = options.hint;
      ring.addEventListener('keydown', onKeyDown);
      // Focus that leaves for the page ends the navigation; focus into a card does not, and
      // neither does the whole window losing the focus (another tab, another application).
      ring.addEventListener('blur', (event) => {
        const next = event.relatedTarget as Node | null;
        if (!doc.hasFocus()) return;
        if (next === null || !options.getHost().contains(next)) queueMicrotask(stopIfAway);
      });
      options.getHost().container.append(ring);
    }
    show(index);
    focusRing();
  };

  // The shortcut arrives while the page has the focus; where it does not yet, the ring takes the
  // focus when the page gets it.
  const focusRing = () => {
    if (!ring) return;
    if (doc.hasFocus()) ring.focus({ preventScroll: true });
    else
      doc.defaultView!.addEventListener('focus', focusRing, { once: true, signal: options.signal });
  };

  // A card took the focus (still inside the host): the navigation stays; the page did: it ends.
  const stopIfAway = () => {
    const active = doc.activeElement;
    if (ring && doc.hasFocus() && (!active || !options.getHost().contains(active))) stop();
  };

  options.signal.addEventListener('abort', stop);

  return {
    start,
    stop,
    moveTo: (next) => {
      if (!ring) start();
      show(next);
      focusRing();
    },
    get active() {
      return ring !== undefined;
    },
  };
}
