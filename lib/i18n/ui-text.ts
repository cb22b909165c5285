import type { Language } from '../knowledge/pack-types';

/** Every string of Kontext's own UI, in each language it speaks. */
const UI_TEXT = {
  en: {
    popupTitle: 'Kontext',
    namesFound: (count: number) => (count === 1 ? '1 name found' : `${count} names found`),
    noNames: 'This page names no one Kontext knows.',
    noAnswer: 'Kontext is not running on this page.',
    annotatePage: 'Annotate this page',
    annotateFailed: 'Kontext cannot run on this page.',
    mentions: (count: number) => (count === 1 ? '1 mention' : `${count} mentions`),
    entityTypes: { person: 'Person', organization: 'Organization', state: 'State', place: 'Place' },
    knowledgeAsOf: (date: string, pack: string) => `Knowledge as of ${date} · ${pack}`,
  },
  de: {
    popupTitle: 'Kontext',
    namesFound: (count: number) => (count === 1 ? '1 Name gefunden' : `${count} Namen gefunden`),
    noNames: 'Diese Seite nennt niemanden, den Kontext kennt.',
    noAnswer: 'Kontext läuft auf dieser Seite nicht.',
    annotatePage: 'Diese Seite erschließen',
    annotateFailed: 'Auf dieser Seite kann Kontext nicht laufen.',
    mentions: (count: number) => (count === 1 ? '1 Erwähnung' : `${count} Erwähnungen`),
    entityTypes: { person: 'Person', organization: 'Organisation', state: 'Staat', place: 'Ort' },
    knowledgeAsOf: (date: string, pack: string) => `Wissensstand ${date} · ${pack}`,
  },
} satisfies Record<Language, unknown>;

export type UiText = (typeof UI_TEXT)['en'];

/** The UI strings for `language`. */
export function getUiText(language: Language): UiText {
  return UI_TEXT[language];
}

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
