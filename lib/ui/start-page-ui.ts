/**
 * Everything Kontext shows on a page, wired together: the annotation (kept up to date), cards on
 * hover, tap and keyboard, keyboard navigation through the mentions, and the way from a card to
 * the entity's other mentions. Takes its document and window as parameters; the entrypoint only
 * supplies the view that renders a card.
 */
import type { EntityOnPage, Mention, PageAnalysis } from '../analysis/analyze-text';
import { drawnAnalysis } from '../analysis/drawn-analysis';
import { startAnnotator, type Annotator, type AnnotatorOptions } from '../annotate/start-annotator';
import type { AnnotateOptions } from '../annotate/annotate-page';
import { readerLanguage } from '../i18n/card-language';
import { getPageText } from '../i18n/page-text';
import type { KnowledgePack, Language } from '../knowledge/pack-types';
import type { CardUi } from './card-ui';
import { createUiHost, type UiHost } from './create-ui-host';
import { startHoverCards, type HoverOpening } from './hover-cards';
import { createMentionHitTest } from './mention-hit-test';
import { createMentionNavigator, type MentionNavigator } from './mention-navigator';
import { flashMention, revealMention } from './reveal-mention';

export interface PageUiOptions extends Omit<AnnotateOptions, 'signal'> {
  /** The full packs, by id, for the cards. */
  packs: ReadonlyMap<string, KnowledgePack>;
  /** How the pointer opens cards (the reader's setting); a short rest when not given. */
  getHoverOpening?: () => HoverOpening;
  /** The styles of Kontext's shadow root (cards, navigation). */
  css: string;
  /**
   * The language of cards and of the labels of keyboard stops on a page in `pageLanguage` (the
   * reader's setting); the page's own when not given.
   */
  getCardLanguage?: (pageLanguage: Language) => Language;
  /**
   * Loads the card UI (popup and view), once, when the first card is about to open (see
   * `card-ui.ts`).
   */
  loadCardUi: () => Promise<CardUi>;
  /** Called with each new annotation, after its highlights are drawn. */
  onAnnotated?: AnnotatorOptions['onAnnotated'];
  signal: AbortSignal;
}

export interface PageUi {
  annotator: Annotator;
  navigator: MentionNavigator;
  /** Scrolls to the `index`-th mention of an entity (from the popup) and marks it. */
  revealEntity: (packId: string, entityId: string, index: number) => boolean;
}

/** Each mention's entity and its place among the entity's mentions (from 1), once per analysis. */
const mentionPlaces = new WeakMap<
  PageAnalysis,
  Map<Mention, { entity: EntityOnPage; position: number }>
>();

function placesOf(
  analysis: PageAnalysis,
): Map<Mention, { entity: EntityOnPage; position: number }> {
  let places = mentionPlaces.get(analysis);
  if (!places) {
    places = new Map();
    for (const entity of analysis.entities) {
      entity.mentions.forEach((index, position) => {
        places!.set(analysis.mentions[index]!, { entity, position: position + 1 });
      });
    }
    mentionPlaces.set(analysis, places);
  }
  return places;
}

export function startPageUi(options: PageUiOptions): PageUi {
  const { doc, win, signal } = options;
  let host: UiHost | undefined;
  const getHost = () => (host ??= createUiHost(doc, options.css));
  // The card UI once loaded: cards render only after it is.
  let cardUi: CardUi | undefined;
  const loadCardUi = () =>
    options.loadCardUi().then((ui) => {
      cardUi = ui;
      return ui;
    });
  const cardLanguage = (analysis: PageAnalysis): Language =>
    options.getCardLanguage?.(analysis.language) ?? analysis.language;
  signal.addEventListener('abort', () => host?.remove());

  const annotator = startAnnotator({
    ...options,
    isOwnNode: (node) => host?.contains(node) ?? false,
    onAnnotated: (annotation) => {
      options.onAnnotated?.(annotation);
      // The highlights came before the mentions were described: a pointer that came to rest on
      // one meanwhile gets its card now.
      cards.refresh();
    },
  });

  /**
   * The analysis as drawn: without the adjectives the reader does not see, so that the stops, the
   * cards' "mention 2 of 3" and the way from one mention to the next count only what is drawn.
   */
  const drawn = (): PageAnalysis | undefined => {
    const analysis = annotator.current?.analysis;
    return analysis && drawnAnalysis(analysis, options.areAdjectivesShown?.() === true);
  };

  /** The mentions the reader sees: those drawn, of the entity types shown. */
  const mentions = (): readonly Mention[] => {
    const analysis = drawn();
    const isTypeShown = options.isTypeShown;
    if (!analysis) return [];
    const hidden = new Set(
      analysis.entities
        .filter((entity) => isTypeShown?.(entity.type) === false)
        .map((entity) => `${entity.packId}/${entity.entityId}`),
    );
    if (hidden.size === 0) return analysis.mentions;
    return analysis.mentions.filter(
      (mention) => !hidden.has(`${mention.packId}/${mention.entityId}`),
    );
  };

  /** The mention `step` places away among the same entity's drawn mentions. */
  const sibling = (mention: Mention, step: -1 | 1): Mention | undefined => {
    const analysis = drawn();
    const onPage = analysis?.entities.find(
      (entity) => entity.entityId === mention.entityId && entity.packId === mention.packId,
    );
    if (!analysis || !onPage) return undefined;
    const count = onPage.mentions.length;
    const position = onPage.mentions.indexOf(analysis.mentions.indexOf(mention));
    if (position === -1) return undefined;
    return analysis.mentions[onPage.mentions[(position + step + count) % count]!];
  };

  const reveal = (mention: Mention): DOMRect | undefined => {
    const annotation = annotator.current;
    if (!annotation) return undefined;
    const rect = revealMention(doc, annotation.collected, mention);
    flashMention(win, annotation.collected, mention);
    return rect;
  };

  const cards = startHoverCards<Mention>({
    doc,
    getHost,
    loadPopup: async () => (await loadCardUi()).createPopup,
    ...(options.getHoverOpening && { getHoverOpening: options.getHoverOpening }),
    hitTest: (x, y) => {
      const annotation = annotator.current;
      if (!annotation) return undefined;
      return createMentionHitTest(doc, annotation.collected, mentions())(x, y);
    },
    renderCard: (container, mention) => {
      const analysis = drawn();
      const pack = options.packs.get(mention.packId);
      if (!analysis || !pack) return;
      const language = cardLanguage(analysis);
      const onPage = analysis.entities.find(
        (entity) => entity.entityId === mention.entityId && entity.packId === mention.packId,
      );
      const twins = (onPage?.twins ?? []).flatMap(({ packId, entityId }) => {
        const twinPack = options.packs.get(packId);
        return twinPack ? [{ pack: twinPack, entityId }] : [];
      });
      const card = cardUi?.renderCard(
        container,
        { pack, twins, analysis, mention, language, today: options.today },
        (step) => {
          const target = sibling(mention, step);
          const rect = target && reveal(target);
          if (!target || !rect) return;
          if (navigator.active) navigator.moveTo(mentions().indexOf(target));
          cards.open({ key: target, rect }, { focus: true });
        },
      );
      if (!card) return;
      const text = getPageText(language);
      getHost().announce(
        [
          text.cardLabel(card.name, text.entityTypes[card.type]),
          card.roleThen?.title,
          card.description,
        ]
          .filter(Boolean)
          .join('. '),
      );
    },
    onClose: (reason) => {
      // Back from a card to the mention it was opened from.
      if (reason === 'escape' && navigator.active) navigator.moveTo(navigatorIndex());
    },
    signal,
  });

  let lastIndex = 0;
  const navigatorIndex = () => lastIndex;
  const navigator = createMentionNavigator({
    doc,
    getHost,
    getStops: () => {
      const analysis = drawn();
      if (!analysis) return [];
      const language = cardLanguage(analysis);
      const text = getPageText(language);
      const places = placesOf(analysis);
      return mentions().map((mention, index) => {
        const { entity, position } = places.get(mention)!;
        return {
          label: text.mentionLabel(
            entity.names[language],
            text.entityTypes[entity.type],
            position,
            entity.count,
          ),
          reveal: () => {
            lastIndex = index;
            const annotation = annotator.current;
            return annotation && revealMention(doc, annotation.collected, mention);
          },
        };
      });
    },
    openCard: (index, rect) => {
      const mention = mentions()[index];
      if (mention) cards.open({ key: mention, rect }, { focus: true });
    },
    flash: (index) => {
      const annotation = annotator.current;
      const mention = mentions()[index];
      if (annotation && mention) flashMention(win, annotation.collected, mention);
    },
    hint: getPageText(readerLanguage(options.readerLanguages)).navigationHint,
    // Moving through the names by keyboard leads to cards: their UI loads meanwhile.
    onStart: () => cards.preload(),
    signal,
  });

  return {
    annotator,
    navigator,
    revealEntity: (packId, entityId, index) => {
      const analysis = drawn();
      const onPage = analysis?.entities.find(
        (entity) => entity.entityId === entityId && entity.packId === packId,
      );
      const mention = onPage && analysis!.mentions[onPage.mentions[index] ?? -1];
      return mention !== undefined && reveal(mention) !== undefined;
    },
  };
}
