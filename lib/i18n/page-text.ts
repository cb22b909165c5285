/**
 * The strings Kontext's UI needs on a page before any card opens: the keyboard navigation's
 * labels and hint, and what screen readers hear of a card. A file of their own, so that the
 * content script carries these and not every string of the cards and the popup (lib/i18n/ui-text.ts,
 * which has these too).
 */
import type { Language } from '../knowledge/pack-types';

const PAGE_TEXT = {
  en: {
    entityTypes: { person: 'Person', organization: 'Organization', state: 'State', place: 'Place' },
    cardLabel: (name: string, type: string) => `${name}, ${type}`,
    mentionLabel: (name: string, type: string, index: number, count: number) =>
      `${name}, ${type}, mention ${index} of ${count}`,
    navigationHint: 'Arrow keys or Tab: next name. Enter: card. Escape: back to the page.',
  },
  de: {
    entityTypes: { person: 'Person', organization: 'Organisation', state: 'Staat', place: 'Ort' },
    cardLabel: (name: string, type: string) => `${name}, ${type}`,
    mentionLabel: (name: string, type: string, index: number, count: number) =>
      `${name}, ${type}, Erwähnung ${index} von ${count}`,
    navigationHint:
      'Pfeiltasten oder Tab: nächster Name. Eingabe: Karte. Escape: zurück zur Seite.',
  },
} satisfies Record<Language, unknown>;

export type PageText = (typeof PAGE_TEXT)['en'];

/** The page's strings for `language`. */
export function getPageText(language: Language): PageText {
  return PAGE_TEXT[language];
}
