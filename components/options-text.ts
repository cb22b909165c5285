/** The options page's strings, in each language Kontext speaks. */
import type { EntityType, Language } from '../lib/knowledge/pack-types';
import type { CardLanguage, CardModifier } from '../lib/settings/settings';

const OPTIONS_TEXT = {
  en: {
    title: 'Kontext options',
    saved: 'Saved. Open tabs follow at once.',
    settingsNotice: (notice: string) => `${notice} Changing any option saves new settings.`,
    typesHeading: 'Names Kontext marks',
    typesHint:
      'Turn a type off to leave its names unmarked. Beside each type: its highlight colour.',
    typeNames: {
      person: 'People',
      organization: 'Organizations',
      state: 'States',
      place: 'Places',
    } satisfies Record<EntityType, string>,
    colorOf: (type: string) => `Colour of ${type}`,
    colorsNote:
      'Each name is underlined in its colour, on a light shade of it; open pages follow at once.',
    adjectivesLabel: 'Also mark states named by their adjective ("Russian troops")',
    adjectivesHint:
      'Kontext recognizes and counts them either way: the popup says when a page names a state so.',
    cardsHeading: 'Cards',
    openLegend: 'A card opens',
    openHover: 'when the pointer rests on a name',
    openModifier: 'only when a key is pressed while the pointer rests on a name',
    delayLabel: 'Delay before it opens (milliseconds)',
    modifierLabel: 'Key',
    modifiers: { Alt: 'Alt', Shift: 'Shift', Control: 'Ctrl' } satisfies Record<
      CardModifier,
      string
    >,
    languageLabel: 'Language of cards',
    languages: {
      page: 'The page’s language',
      browser: 'The browser’s language',
      de: 'German',
      en: 'English',
    } satisfies Record<CardLanguage, string>,
    sitesHeading: 'Sites',
    newsSites: (count: number) => `News sites Kontext reads (${count})`,
    newsGroups: {
      de: (count: number) => `German-language (${count})`,
      en: (count: number) => `English-language (${count})`,
    } satisfies Record<Language, (count: number) => string>,
    addedHeading: 'Sites you added',
    noAdded: 'You have added no sites.',
    addLabel: 'Add a site (host name, like notes.example.org)',
    add: 'Add',
    notAHost: 'That is not a host name, like notes.example.org.',
    alreadyListed: 'Kontext already reads that site.',
    permissionDenied: 'The browser did not allow Kontext to read that site.',
    remove: (site: string) => `Remove ${site}`,
    offHeading: 'On or off, site by site',
    noneOff: 'Kontext is on everywhere it reads. Clear a box to turn it off on that site.',
    turnOn: (site: string) => `Turn Kontext on for ${site}`,
    turnOff: (site: string) => `Turn Kontext off for ${site}`,
    packsHeading: 'Knowledge packs',
    packsHint:
      'Kontext recognizes only what its packs know. A pack that is off is not used on any page.',
    packMeta: (entities: number, asOf: string, version: string) =>
      `${entities === 1 ? '1 entity' : `${entities} entities`} · as of ${asOf} · version ${version}`,
    bundled: 'comes with Kontext',
    sourcesHeading: 'Sources and licences',
    sourcesHint:
      'What each pack rests on: the articles its statements cite, and the data it was built from, with their licences.',
    imported: 'imported',
    packOn: (title: string) => `Use ${title}`,
    exportPack: (title: string) => `Export ${title}`,
    removePack: (title: string) => `Remove ${title}`,
    importLabel: 'Import a pack file (.json)',
    importing: 'Checking and importing …',
    imported_: (title: string, ms: number) => `Imported ${title} (${Math.round(ms)} ms).`,
    importFailed: (file: string, count: number) =>
      `${file} was not imported: ${count === 1 ? '1 problem' : `${count} problems`}. Nothing installed changed.`,
  },
  de: {
    title: 'Kontext-Einstellungen',
    saved: 'Gespeichert. Offene Tabs folgen sofort.',
    settingsNotice: (notice: string) =>
      `${notice} Jede Änderung hier speichert neue Einstellungen.`,
    typesHeading: 'Was Kontext markiert',
    typesHint:
      'Schalten Sie eine Art aus, bleiben ihre Namen unmarkiert. Neben jeder Art: ihre Markierungsfarbe.',
    typeNames: {
      person: 'Personen',
      organization: 'Organisationen',
      state: 'Staaten',
      place: 'Orte',
    } satisfies Record<EntityType, string>,
    colorOf: (type: string) => `Farbe für ${type}`,
    colorsNote:
      'Jeder Name wird in seiner Farbe unterstrichen, auf einem hellen Ton davon; offene Seiten folgen sofort.',
    adjectivesLabel: 'Auch Staaten markieren, die als Adjektiv genannt sind („russische Truppen“)',
    adjectivesHint:
      'Kontext erkennt und zählt sie in jedem Fall: Das Popup sagt, wenn eine Seite einen Staat so nennt.',
    cardsHeading: 'Karten',
    openLegend: 'Eine Karte öffnet sich',
    openHover: 'wenn der Zeiger auf einem Namen ruht',
    openModifier: 'nur, wenn eine Taste gedrückt wird, während der Zeiger auf einem Namen ruht',
    delayLabel: 'Verzögerung bis zum Öffnen (Millisekunden)',
    modifierLabel: 'Taste',
    modifiers: { Alt: 'Alt', Shift: 'Umschalt', Control: 'Strg' } satisfies Record<
      CardModifier,
      string
    >,
    languageLabel: 'Sprache der Karten',
    languages: {
      page: 'Sprache der Seite',
      browser: 'Sprache des Browsers',
      de: 'Deutsch',
      en: 'Englisch',
    } satisfies Record<CardLanguage, string>,
    sitesHeading: 'Websites',
    newsSites: (count: number) => `Nachrichtenseiten, die Kontext liest (${count})`,
    newsGroups: {
      de: (count: number) => `Deutschsprachig (${count})`,
      en: (count: number) => `Englischsprachig (${count})`,
    } satisfies Record<Language, (count: number) => string>,
    addedHeading: 'Von Ihnen hinzugefügt',
    noAdded: 'Sie haben keine Websites hinzugefügt.',
    addLabel: 'Website hinzufügen (Hostname, etwa notizen.example.org)',
    add: 'Hinzufügen',
    notAHost: 'Das ist kein Hostname wie notizen.example.org.',
    alreadyListed: 'Diese Website liest Kontext schon.',
    permissionDenied: 'Der Browser hat Kontext den Zugriff auf diese Website nicht erlaubt.',
    remove: (site: string) => `${site} entfernen`,
    offHeading: 'An oder aus, je Website',
    noneOff:
      'Kontext ist überall an, wo es liest. Entfernen Sie ein Häkchen, um es dort auszuschalten.',
    turnOn: (site: string) => `Kontext für ${site} einschalten`,
    turnOff: (site: string) => `Kontext für ${site} ausschalten`,
    packsHeading: 'Wissenspakete',
    packsHint:
      'Kontext erkennt nur, was seine Pakete wissen. Ein ausgeschaltetes Paket wird auf keiner Seite genutzt.',
    packMeta: (entities: number, asOf: string, version: string) =>
      `${entities === 1 ? '1 Eintrag' : `${entities} Einträge`} · Stand ${asOf} · Version ${version}`,
    bundled: 'mit Kontext geliefert',
    sourcesHeading: 'Quellen und Lizenzen',
    sourcesHint:
      'Worauf jedes Paket beruht: die Artikel, auf die sich seine Aussagen stützen, und die Daten, aus denen es gebaut ist, mit ihren Lizenzen.',
    imported: 'importiert',
    packOn: (title: string) => `${title} nutzen`,
    exportPack: (title: string) => `${title} exportieren`,
    removePack: (title: string) => `${title} entfernen`,
    importLabel: 'Paketdatei importieren (.json)',
    importing: 'Wird geprüft und importiert …',
    imported_: (title: string, ms: number) => `${title} importiert (${Math.round(ms)} ms).`,
    importFailed: (file: string, count: number) =>
      `${file} wurde nicht importiert: ${count === 1 ? '1 Problem' : `${count} Probleme`}. Installierte Pakete sind unverändert.`,
  },
} satisfies Record<Language, unknown>;

export type OptionsText = (typeof OPTIONS_TEXT)['en'];

/** The options page's strings for `language`. */
export function getOptionsText(language: Language): OptionsText {
  return OPTIONS_TEXT[language];
}
