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
