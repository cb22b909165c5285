/** How the popup writes provenance, dates and languages, in the reader's language. */
import { formatPackDate } from '../lib/i18n/format-date';
import type { Language } from '../lib/knowledge/pack-types';
import type { ViewProvenance } from '../lib/messages/page-view';
import type { PopupText } from './popup-text';

/** "from: tagesschau.de, 14 Sept 2023", "background knowledge", "from: this article". */
export function formatProvenance(
  text: PopupText,
  language: Language,
  provenance: ViewProvenance,
): string {
  if (provenance.kind === 'background') return text.background;
  if (provenance.kind === 'article') return text.fromArticle;
  return text.fromSource(provenance.publisher, formatPackDate(provenance.date, language));
}

/** A language code ("de") by its name in `language` ("Deutsch"); the code where unknown. */
export function formatLanguageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
