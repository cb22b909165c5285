/**
 * What a page needs only once a card opens: the popup that places the card (tippy.js) and the
 * view that renders it (Preact). A separate script carries them (entrypoints/kontext-cards), so
 * that a page the reader only reads, never hovers, does not load them; the content script asks
 * the background to inject it when a card is about to open. Both scripts run in Kontext's own
 * world, where the card script leaves its `CardUi` under `CARD_UI_KEY`.
 */
import type { CardModel } from '../cards/build-card-model';
import type { Language } from '../knowledge/pack-types';

/** A card's box on the page: where it shows, and the element it is rendered into. */
export interface CardPopup {
  content: HTMLElement;
  /** Shows the card beside `rect` (viewport coordinates). */
  show(rect: DOMRect): void;
  hide(): void;
  destroy(): void;
}

export interface CardUi {
  /** A popup for cards, inside Kontext's UI host's `container`. */
  createPopup(doc: Document, container: HTMLElement): CardPopup;
  /** Renders `card` in `language`; `navigate` moves to the previous (-1) or next (+1) mention. */
  renderCard(
    container: HTMLElement,
    card: CardModel,
    language: Language,
    navigate: (step: -1 | 1) => void,
  ): void;
}

/** Where the card script leaves its `CardUi`, in Kontext's world (never the page's). */
export const CARD_UI_KEY = Symbol.for('kontext.card-ui');

type CardUiScope = Record<typeof CARD_UI_KEY, CardUi | undefined>;

/** The card UI, if the card script has run in this world. */
export function findCardUi(scope: object): CardUi | undefined {
  return (scope as CardUiScope)[CARD_UI_KEY];
}

/** Leaves `ui` for the content script (the card script does, once per world). */
export function publishCardUi(scope: object, ui: CardUi): void {
  (scope as CardUiScope)[CARD_UI_KEY] ??= ui;
}
