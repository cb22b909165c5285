/**
 * The popup's own strings, in each language Kontext speaks; the strings it shares with the cards
 * (entity types, mentions, provenance) come from `lib/i18n/ui-text.ts`.
 */
import { getUiText, type UiText } from '../lib/i18n/ui-text';
import type { EntityType, Language } from '../lib/knowledge/pack-types';

const POPUP_TEXT = {
  en: {
    openInTab: 'Open in a tab',
    options: 'All options',
    loading: 'Reading the page …',
    off: 'Kontext is off on this site.',
    cannotRunWhy: 'Browser pages and the pages of extensions are closed to Kontext.',
    noAnswerInTime: 'Kontext did not answer within a second. The page may still be loading.',
    tryAgain: 'Try again',
    settingsNotice: 'Your settings could not be read; Kontext uses its defaults.',
    pageHeading: 'The page',
    titleLabel: 'Title',
    siteLabel: 'Site',
    publishedLabel: 'Published',
    notDated: 'no date given',
    languageLabel: 'Language',
    knowledgeLabel: 'Knowledge',
    packAsOf: (title: string, date: string) => `${title}, as of ${date}`,
    whoHeading: 'Who is on the page',
    typeGroups: {
      person: 'People',
      organization: 'Organizations',
      state: 'States',
      place: 'Places',
    } satisfies Record<EntityType, string>,
    notMarked: 'not marked on the page',
    ofThemUncertain: (count: number) =>
      count === 1 ? 'one of them uncertain' : `${count} of them uncertain`,
    rolesOn: (date: string) => `Roles as held on ${date}, the article’s date.`,
    stripLabel: (name: string) => `Where ${name} appears in the article`,
    showOnPage: (name: string) => `Show ${name} on the page`,
    quotesHeading: 'Who said what',
    quotedHere: 'in this article',
    noQuotes: 'The knowledge has no quotes by the names on this page.',
    relationsHeading: 'How they relate',
    graphLabel: 'Relations between the names on this page',
    graphHint: 'Arrow keys: next name. Enter: show it on the page.',
    nodeLabel: (name: string, count: number) =>
      `${name}, ${count === 1 ? '1 relation' : `${count} relations`}`,
    noRelations: 'The knowledge has no relations between the names on this page.',
    relations: {
      met: 'met',
      invited: 'invited',
      'reported-by': 'reported by',
      'cooperates-with': 'cooperates with',
      warned: 'warned',
      'neighbor-of': 'neighbour of',
      'leader-of': 'leader of',
      'minister-of': 'minister of',
      'spokesperson-of': 'speaks for',
      'member-of': 'member of',
      sanctioned: 'sanctioned',
      'located-in': 'located in',
      'seat-of': 'seat of',
    } as Record<string, string>,
    timelineHeading: 'What happened when',
    publishedHere: 'this article',
    inArticle: (phrase: string) => `In the article: “${phrase}”`,
    noTimeline: 'The knowledge has no dates for the names on this page.',
    gistHeading: 'The gist',
    gistNote: 'Sentences from the article, picked by Kontext.',
    controlsHeading: 'Controls',
    siteToggle: (site: string) => `Kontext on ${site}`,
    needsPermission: 'Turning it on asks the browser for access to this site.',
    permissionDenied: 'The browser did not give Kontext access to this site.',
    typesLegend: 'Mark on the page',
  },
  de: {
    openInTab: 'In einem Tab öffnen',
    options: 'Alle Einstellungen',
    loading: 'Die Seite wird gelesen …',
    off: 'Kontext ist auf dieser Website ausgeschaltet.',
    cannotRunWhy: 'Seiten des Browsers und von Erweiterungen sind für Kontext verschlossen.',
    noAnswerInTime:
      'Kontext hat nicht innerhalb einer Sekunde geantwortet. Vielleicht lädt die Seite noch.',
    tryAgain: 'Erneut versuchen',
    settingsNotice:
      'Ihre Einstellungen ließen sich nicht lesen; Kontext verwendet die Voreinstellungen.',
    pageHeading: 'Die Seite',
    titleLabel: 'Titel',
    siteLabel: 'Website',
    publishedLabel: 'Veröffentlicht',
    notDated: 'kein Datum angegeben',
    languageLabel: 'Sprache',
    knowledgeLabel: 'Wissen',
    packAsOf: (title: string, date: string) => `${title}, Stand ${date}`,
    whoHeading: 'Wer auf der Seite vorkommt',
    typeGroups: {
      person: 'Personen',
      organization: 'Organisationen',
      state: 'Staaten',
      place: 'Orte',
    } satisfies Record<EntityType, string>,
    notMarked: 'auf der Seite nicht markiert',
    ofThemUncertain: (count: number) =>
      count === 1 ? 'davon eine unsicher' : `davon ${count} unsicher`,
    rolesOn: (date: string) => `Ämter am ${date}, dem Datum des Artikels.`,
    stripLabel: (name: string) => `Wo ${name} im Artikel vorkommt`,
    showOnPage: (name: string) => `${name} auf der Seite zeigen`,
    quotesHeading: 'Wer was sagte',
    quotedHere: 'in diesem Artikel',
    noQuotes: 'Das Wissen kennt keine Zitate der Namen auf dieser Seite.',
    relationsHeading: 'Wie sie zusammenhängen',
    graphLabel: 'Beziehungen zwischen den Namen auf dieser Seite',
    graphHint: 'Pfeiltasten: nächster Name. Eingabe: auf der Seite zeigen.',
    nodeLabel: (name: string, count: number) =>
      `${name}, ${count === 1 ? '1 Beziehung' : `${count} Beziehungen`}`,
    noRelations: 'Das Wissen kennt keine Beziehungen zwischen den Namen auf dieser Seite.',
    relations: {
      met: 'traf',
      invited: 'lud ein',
      'reported-by': 'gemeldet von',
      'cooperates-with': 'kooperiert mit',
      warned: 'warnte',
      'neighbor-of': 'Nachbar von',
      'leader-of': 'führt',
      'minister-of': 'Minister in',
      'spokesperson-of': 'spricht für',
      'member-of': 'Mitglied in',
      sanctioned: 'verhängte Sanktionen gegen',
      'located-in': 'liegt in',
      'seat-of': 'Sitz von',
    } as Record<string, string>,
    timelineHeading: 'Was wann geschah',
    publishedHere: 'dieser Artikel',
    inArticle: (phrase: string) => `Im Artikel: „${phrase}“`,
    noTimeline: 'Das Wissen kennt keine Daten zu den Namen auf dieser Seite.',
    gistHeading: 'Das Wichtigste',
    gistNote: 'Sätze aus dem Artikel, von Kontext ausgewählt.',
    controlsHeading: 'Steuerung',
    siteToggle: (site: string) => `Kontext auf ${site}`,
    needsPermission: 'Beim Einschalten fragt der Browser nach dem Zugriff auf diese Website.',
    permissionDenied: 'Der Browser hat Kontext den Zugriff auf diese Website nicht erlaubt.',
    typesLegend: 'Auf der Seite markieren',
  },
} satisfies Record<Language, unknown>;

/** Every string the popup shows: those it shares with the cards, and its own (no key is in both). */
export type PopupText = UiText & (typeof POPUP_TEXT)['en'];

/** The popup's strings for `language`. */
export function getPopupText(language: Language): PopupText {
  return { ...getUiText(language), ...POPUP_TEXT[language] };
}

/** How the popup names a relation ("met", "leader of"); the pack's own word where it has none. */
export function describeRelation(text: PopupText, relation: string): string {
  return text.relations[relation] ?? relation.replaceAll('-', ' ');
}
