import type { Language } from '../knowledge/pack-types';

/**
 * The first of the reader's preferred languages (BCP 47 tags, most preferred first) that Kontext
 * speaks; English when it speaks none of them.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'en';
}

/**
 * The language Kontext reads a page in: the one its metadata gives, else its `<html lang>`,
 * else the reader's first that Kontext speaks (see `pickLanguage`).
 */
export function pickPageLanguage(
  metadataLanguage: string | undefined,
  doc: Document,
  readerLanguages: readonly string[],
): Language {
  return pickLanguage([metadataLanguage ?? '', doc.documentElement.lang, ...readerLanguages]);
}
