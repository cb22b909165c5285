import type { Language } from '../knowledge/pack-types';
import { getPageText } from './page-text';

/** Every string of Kontext's own UI, in each language it speaks (the page's own among them). */
const UI_TEXT = {
  en: {
    ...getPageText('en'),
    popupTitle: 'Kontext',
    namesFound: (count: number) => (count === 1 ? '1 name found' : `${count} names found`),
    noNames: 'This page names no one Kontext knows.',
    noAnswer: 'Kontext is not running on this page.',
    annotatePage: 'Annotate this page',
    annotateFailed: 'Kontext cannot run on this page.',
    mentions: (count: number) => (count === 1 ? '1 mention' : `${count} mentions`),
    asAdjective: (count: number) =>
      count === 1 ? 'also named as an adjective once' : `also named as an adjective ${count} times`,
    ofThemAdjectives: (count: number) =>
      count === 1 ? 'one of them as an adjective' : `${count} of them as an adjective`,
    knowledgeAsOf: (date: string, pack: string) => `Knowledge as of ${date} · ${pack}`,
    roleOn: (date: string) => `on ${date}`,
    roleNow: 'Now',
    roleAsOf: (date: string) => `As of ${date}`,
    inThisArticle: 'In this article',
    packAdds: 'What Kontext knows',
    quotes: 'Quotes',
    onThisPage: 'On this page',
    fromSource: (publisher: string, date: string) => `from: ${publisher}, ${date}`,
    fromArticle: 'from: this article',
    background: 'background knowledge',
    via: (channel: string) => `via ${channel}`,
    translation: 'Translation',
    mentionOf: (index: number, count: number) => `Mention ${index} of ${count}`,
    previousMention: 'Previous mention',
    nextMention: 'Next mention',
    uncertain: (percent: number, others: string) =>
      others
        ? `Linked by a short name, ${percent} % sure; it may also mean ${others}.`
        : `Linked by a short name, ${percent} % sure.`,
    closeCard: 'Close',
  },
  de: {
    ...getPageText('de'),
    popupTitle: 'Kontext',
    namesFound: (count: number) => (count === 1 ? '1 Name gefunden' : `${count} Namen gefunden`),
    noNames: 'Diese Seite nennt niemanden, den Kontext kennt.',
    noAnswer: 'Kontext läuft auf dieser Seite nicht.',
    annotatePage: 'Diese Seite erschließen',
    annotateFailed: 'Auf dieser Seite kann Kontext nicht laufen.',
    mentions: (count: number) => (count === 1 ? '1 Erwähnung' : `${count} Erwähnungen`),
    asAdjective: (count: number) =>
      count === 1 ? 'einmal auch als Adjektiv genannt' : `${count}-mal auch als Adjektiv genannt`,
    ofThemAdjectives: (count: number) =>
      count === 1 ? 'eine davon als Adjektiv' : `${count} davon als Adjektiv`,
    knowledgeAsOf: (date: string, pack: string) => `Wissensstand ${date} · ${pack}`,
    roleOn: (date: string) => `am ${date}`,
    roleNow: 'Heute',
    roleAsOf: (date: string) => `Stand ${date}`,
    inThisArticle: 'In diesem Artikel',
    packAdds: 'Was Kontext weiß',
    quotes: 'Zitate',
    onThisPage: 'Auf dieser Seite',
    fromSource: (publisher: string, date: string) => `aus: ${publisher}, ${date}`,
    fromArticle: 'aus: diesem Artikel',
    background: 'Hintergrundwissen',
    via: (channel: string) => `über ${channel}`,
    translation: 'Übersetzung',
    mentionOf: (index: number, count: number) => `Erwähnung ${index} von ${count}`,
    previousMention: 'Vorige Erwähnung',
    nextMention: 'Nächste Erwähnung',
    uncertain: (percent: number, others: string) =>
      others
        ? `Über einen Kurznamen verknüpft, zu ${percent} % sicher; gemeint sein kann auch ${others}.`
        : `Über einen Kurznamen verknüpft, zu ${percent} % sicher.`,
    closeCard: 'Schließen',
  },
} satisfies Record<Language, unknown>;

export type UiText = (typeof UI_TEXT)['en'];

/** The UI strings for `language`. */
export function getUiText(language: Language): UiText {
  return UI_TEXT[language];
}
