/**
 * The language a card speaks, from the reader's choice: the page's (a German article gets German
 * cards), the browser's, or one fixed language. Kontext speaks German and English; any other
 * browser language gets English.
 */
import type { Language } from '../knowledge/pack-types';
import type { CardLanguage } from '../settings/settings';

/** The first of the reader's languages (as `navigator.languages` lists them) that Kontext speaks. */
export function readerLanguage(readerLanguages: readonly string[]): Language {
  for (const tag of readerLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'en';
}

export function chooseCardLanguage(
  choice: CardLanguage,
  pageLanguage: Language,
  readerLanguages: readonly string[],
): Language {
  switch (choice) {
    case 'page':
      return pageLanguage;
    case 'browser':
      return readerLanguage(readerLanguages);
    default:
      return choice;
  }
}
