/**
 * What a page needs only once a card opens or the popup asks about the page: the popup that places
 * the card (tippy.js), the card's model and styles, the view that renders it (Preact), and the
 * page's summary for the popup. A separate script carries them (entrypoints/kontext-cards), so
 * that a page the reader only reads, never hovers, does not load them; the content script asks the
 * background to inject it when a card is about to open or the popup asks. Both scripts run in
 * Kontext's own world, where the card script leaves its `CardUi` under `CARD_UI_KEY`.
 */
import type { Mention, PageAnalysis } from '../analysis/analyze-text';
import type { PageViewInput } from '../analysis/build-page-view';
import type { CardModel, CardTwin } from '../cards/build-card-model';
import type { KnowledgePack, Language } from '../knowledge/pack-types';
import type { PageView } from '../messages/page-view';

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
  /**
   * Renders the card of `mention` (an entity of `pack`) in `language`, and returns its model
   * (what screen readers are told of it), or undefined where `pack` has no such entity;
   * `navigate` moves to the previous (-1) or next (+1) mention.
   */
  renderCard(
    container: HTMLElement,
    card: CardRequest,
    navigate: (step: -1 | 1) => void,
  ): CardModel | undefined;
  /** The page's summary for the popup (`buildPageView`). */
  buildPageView(input: PageViewInput): PageView;
}

/** What a card is made of: the mention, its page's analysis and pack, and the reading. */
export interface CardRequest {
  pack: KnowledgePack;
  /** The same entity in other packs, with their packs (`EntityOnPage.twins`). */
  twins?: readonly CardTwin[];
  analysis: PageAnalysis;
  mention: Mention;
  language: Language;
  /** Today, "YYYY-MM-DD": the date for pages that give none. */
  today: string;
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
