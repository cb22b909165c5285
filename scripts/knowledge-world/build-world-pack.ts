/**
 * Builds the world pack from the data packages and the curated files: pure, so that the same
 * inputs give the same pack, byte for byte. Every problem of the curated files is reported with
 * the file, the record and what is wrong; with any problem there is no pack.
 */
import type { z } from 'zod';
import { checkPack } from '../../lib/knowledge/check-pack';
import { isInOrder } from '../../lib/knowledge/pack-dates';
import { PACK_FORMAT } from '../../lib/knowledge/pack-schema';
import type {
  Alias,
  Entity,
  KnowledgePack,
  Language,
  LocalizedText,
  Source,
} from '../../lib/knowledge/pack-types';
import {
  curatedOfficeSchema,
  curatedOrganizationSchema,
  curatedPersonSchema,
  curatedStateSchema,
  type CuratedAlias,
  type CuratedOffice,
  type CuratedOrganization,
  type CuratedPerson,
  type CuratedState,
  type OrganizationCategory,
} from './curated-schema';
import {
  defaultGenitive,
  generateEpithets,
  type OfficeEpithets,
  type OfficeStyle,
} from './epithets';
import type { PackageData, PackageState } from './read-packages';

export const WORLD_PACK_ID = 'world';

const LANGUAGES: readonly Language[] = ['de', 'en'];

/** A curated file, parsed as JSON: its name in the folder, and its content. */
export interface CuratedFile {
  name: string;
  content: unknown;
}

/** A data package as the pack's sources name it. */
export interface PackageSource {
  name: string;
  version: string;
  /** The day this version was published on npm. */
  published: string;
  publisher: string;
  licence: string;
}

export interface WorldInputs {
  packages: PackageData;
  packageSources: readonly PackageSource[];
  files: readonly CuratedFile[];
  /** The day the curated files were last checked: the pack's `asOf`. */
  asOf: string;
  version: string;
}

export type WorldBuild = { ok: true; pack: KnowledgePack } | { ok: false; problems: string[] };

/** The source of every curated claim. */
const CURATED_SOURCE = 'kontext-world-curated';

const CONTINENTS: Record<string, LocalizedText> = {
  AF: { de: 'Afrika', en: 'Africa' },
  AN: { de: 'der Antarktis', en: 'Antarctica' },
  AS: { de: 'Asien', en: 'Asia' },
  EU: { de: 'Europa', en: 'Europe' },
  NA: { de: 'Nordamerika', en: 'North America' },
  OC: { de: 'Ozeanien', en: 'Oceania' },
  SA: { de: 'Südamerika', en: 'South America' },
};

/** What each category of organization is to the entity it belongs to (`of`). */
const ROLE_IN: Record<OrganizationCategory, LocalizedText> = {
  'international-organization': { de: 'Organisation', en: 'Organization' },
  institution: { de: 'Organ', en: 'Body' },
  'news-agency': { de: 'Nachrichtenagentur', en: 'News agency' },
  parliament: { de: 'Parlament', en: 'Parliament' },
  party: { de: 'Partei', en: 'Party' },
  'seat-of-power': { de: 'Amtssitz', en: 'Seat of power' },
};

/** Code-point order: the same on every machine and in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toAlias(alias: CuratedAlias): Alias {
  return typeof alias === 'string' ? { text: alias, kind: 'full' } : alias;
}

/** A package's name that cannot be an alias as it is: "Korea, Republik", "Kongo (Republik)". */
function isInvertedOrQualified(name: string): boolean {
  return /[,()]/.test(name);
}

/** The names with a typographic apostrophe also with the plain one: "Côte d’Ivoire". */
function withPlainApostrophes(aliases: Alias[]): Alias[] {
  const out: Alias[] = [];
  for (const alias of aliases) {
    out.push(alias);
    if (alias.text.includes('’')) out.push({ ...alias, text: alias.text.replaceAll('’', "'") });
  }
  return out;
}

/**
 * The aliases of one entity in one language: its card name first, then the curated ones, then
 * the packages' (a curated alias of the same text wins), each text once, the rest sorted.
 */
/**
 * Adjectives in -er that decline ("Europäischer", "Ständiger", "Hoher"); those made from places
 * do not ("Moskauer Kreml", "Berliner Senat", "Schweizer Armee").
 */
const DECLINED_ER = /^(?:\p{Lu}[\p{L}-]*(?:isch|sch|al|ig|lich|ell|iv|är)er|Hoher)$/u;

/** Words before a noun that end like an adjective but are articles: never declined. */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set(['Die', 'Der', 'Das', 'Des', 'Dem', 'Den']);

/**
 * The declined forms of a German name with adjectives before its nouns, which the matcher cannot
 * derive: "Europäische Union" is "der Europäischen Union", "Vereinigtes Königreich" "im
 * Vereinigten Königreich", "Internationaler Strafgerichtshof" "am Internationalen
 * Strafgerichtshof". An adjective is a capitalized word of five letters or more ending in -e,
 * -es or a declining -er (`DECLINED_ER`), followed by a capitalized word; every adjective of the name takes the same ending
 * (-en; and -e where the name's is -er or -es). The genitive -s of the noun the matcher adds.
 */
export function declineGermanName(text: string): string[] {
  const words = text.split(' ');
  const adjective = words.map(
    (word, index) =>
      index < words.length - 1 &&
      word.length >= 5 &&
      !NOT_ADJECTIVES.has(word) &&
      (/^\p{Lu}[\p{L}-]*(e|es)$/u.test(word) || DECLINED_ER.test(word)) &&
      /^\p{Lu}/u.test(words[index + 1]!),
  );
  if (!adjective.some(Boolean)) return [];
  const forms = new Set<string>();
  for (const ending of ['en', 'e']) {
    const declined = words
      .map((word, index) => (adjective[index] ? word.replace(/(e|er|es)$/u, ending) : word))
      .join(' ');
    if (declined !== text) forms.add(declined);
  }
  return [...forms];
}

/** `alias` with the declined forms of its text (German full names), beside those it lists. */
function withDeclinedForms(alias: Alias): Alias {
  if (alias.kind !== 'full') return alias;
  const forms = [...new Set([...(alias.forms ?? []), ...declineGermanName(alias.text)])];
  return forms.length > (alias.forms?.length ?? 0) ? { ...alias, forms } : alias;
}

function assembleAliases(
  name: string,
  curated: Alias[],
  fromPackages: string[],
  language: Language,
): Alias[] {
  const assembled = assembleAliasList(name, curated, fromPackages);
  return language === 'de' ? assembled.map(withDeclinedForms) : assembled;
}

function assembleAliasList(name: string, curated: Alias[], fromPackages: string[]): Alias[] {
  const byText = new Map<string, Alias>();
  const add = (alias: Alias) => {
    if (!byText.has(alias.text)) byText.set(alias.text, alias);
  };
  const own = curated.find((alias) => alias.text === name);
  add(own ?? { text: name, kind: 'full' });
  for (const alias of withPlainApostrophes(curated)) add(alias);
  for (const alias of withPlainApostrophes(fromPackages.map((text) => toAlias(text)))) add(alias);
  const [first, ...rest] = [...byText.values()];
  return [first!, ...rest.sort((a, b) => compareText(a.text, b.text))];
}

/** `text` ending a sentence: with a full stop, one only ("Washington, D.C."). */
function sentenceEnd(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** A zod issue as "at .capital.wikidata: is not a Wikidata id". */
function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) =>
      typeof key === 'number' ? `[${key}]` : `.${String(key)}`,
    );
    const message =
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a field the format knows here`
        : issue.message;
    return path.length > 0 ? `${path.join('')}: ${message}` : message;
  });
}

interface Located<T> {
  record: T;
  where: string;
}

/** Parses the records of one file, in order; reports each record that does not fit. */
function parseRecords<T>(
  file: CuratedFile,
  schema: z.ZodType<T>,
  keyOf: (record: T) => string,
  problems: string[],
): Located<T>[] {
  if (!Array.isArray(file.content)) {
    problems.push(`${file.name}: is not a JSON array of records`);
    return [];
  }
  const parsed: Located<T>[] = [];
  let previous: string | undefined;
  file.content.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw);
    const label = describeRecord(raw, index);
    if (!result.success) {
      for (const issue of describeIssues(result.error)) {
        problems.push(`${file.name}: ${label}: ${issue}`);
      }
      return;
    }
    const key = keyOf(result.data);
    if (previous !== undefined && compareText(key, previous) <= 0) {
      problems.push(
        `${file.name}: ${label}: out of order: records are sorted by their key, and "${key}" comes after "${previous}"`,
      );
    }
    previous = key;
    parsed.push({ record: result.data, where: `${file.name}: ${label}` });
  });
  return parsed;
}

/** "record 3 (id "nato")", for messages. */
function describeRecord(raw: unknown, index: number): string {
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const key = typeof fields.iso === 'string' ? `iso "${fields.iso}"` : undefined;
  const id = typeof fields.id === 'string' ? `id "${fields.id}"` : undefined;
  const names = [key, id].filter(Boolean).join(', ');
  return `record ${index}${names ? ` (${names})` : ''}`;
}

function isStatesFile(name: string): boolean {
  return /^states-[a-z0-9-]+\.json$/.test(name);
}

/** `offices.json`, or one file of offices per region: `offices-europe.json`. */
export function isOfficesFile(name: string): boolean {
  return /^offices(?:-[a-z0-9-]+)?\.json$/.test(name);
}

export function isPeopleFile(name: string): boolean {
  return /^people-[a-z0-9-]+\.json$/.test(name);
}

function describeWhere(continents: string[]): LocalizedText {
  const names = continents.map((code) => CONTINENTS[code]).filter((name) => name !== undefined);
  const join = (language: Language, and: string) => {
    const list = names.map((name) => name[language]);
    return list.length <= 1
      ? (list[0] ?? '')
      : `${list.slice(0, -1).join(', ')} ${and} ${list.at(-1)}`;
  };
  return { de: join('de', 'und'), en: join('en', 'and') };
}

/** German adjective endings: "russisch" is "russische", "russischen", "russischer", … */
const GERMAN_ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

/**
 * The state's adjective in `language` as an alias of its own kind: the curated one where the
 * record gives it (`null`: none), else the package's where it has an adjective's form (German
 * "…sch", English one or two capitalized words, not the state's own name). German adjectives are
 * written in lower case, with their endings as forms.
 */
function pickAdjective(
  record: CuratedState,
  data: PackageState,
  language: Language,
): Alias | undefined {
  const curated = record.adjective?.[language];
  if (curated === null) return undefined;
  let text = curated;
  if (text === undefined) {
    const offered = data.adjectives[language]?.trim();
    if (offered === undefined) return undefined;
    const form =
      language === 'de'
        ? offered.toLowerCase()
        : /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?$/u.test(offered)
          ? offered
          : undefined;
    if (form === undefined || (language === 'de' && !/^[\p{Ll}-]+sch$/u.test(form))) {
      return undefined;
    }
    if (data.displayNames[language].includes(form)) return undefined;
    text = form;
  }
  return language === 'de'
    ? { text, kind: 'adjective', forms: GERMAN_ADJECTIVE_ENDINGS.map((ending) => text + ending) }
    : { text, kind: 'adjective' };
}

/**
 * Adjectives two states share ("koreanisch", "Congolese", "Dominican") are marked shared on
 * both: such a mention names either, and stays uncertain.
 */
function shareCommonAdjectives(states: readonly Entity[]): void {
  for (const language of LANGUAGES) {
    const claims = new Map<string, number>();
    const adjectives = states.flatMap((state) =>
      (state.aliases[language] ?? []).filter((alias) => alias.kind === 'adjective'),
    );
    for (const alias of adjectives) claims.set(alias.text, (claims.get(alias.text) ?? 0) + 1);
    for (const alias of adjectives) if (claims.get(alias.text)! > 1) alias.shared = true;
  }
}

interface StateEntities {
  state: Entity;
  capital?: Entity;
}

function buildState(
  { record, where }: Located<CuratedState>,
  data: PackageState | undefined,
  problems: string[],
): StateEntities | undefined {
  if (!data) {
    problems.push(`${where}: .iso: no data package knows "${record.iso}"`);
    return undefined;
  }
  const excluded = new Set(record.exclude ?? []);
  const names = {} as Record<Language, string>;
  const aliases: Entity['aliases'] = {};
  for (const language of LANGUAGES) {
    const name = record.names?.[language] ?? data.displayNames[language][0];
    if (name === undefined) {
      problems.push(`${where}: .names.${language}: CLDR has no name for it: give one`);
      return undefined;
    }
    names[language] = name;
    const fromPackages = [...data.displayNames[language], ...data.otherNames[language]].filter(
      (text) => !isInvertedOrQualified(text) && !excluded.has(text),
    );
    aliases[language] = assembleAliases(
      name,
      (record.aliases?.[language] ?? []).map(toAlias),
      fromPackages,
      language,
    );
  }
  for (const language of LANGUAGES) {
    const adjective = pickAdjective(record, data, language);
    // An adjective that is also a name of the state ("Vatican") stays a name.
    const own = aliases[language]!;
    if (adjective && !own.some(({ text }) => text === adjective.text)) own.push(adjective);
  }
  const where2 = describeWhere(data.continents);
  let capital: Entity | undefined;
  const description: LocalizedText = {
    de: `Staat in ${where2.de}.`,
    en: `State in ${where2.en}.`,
  };
  if (record.capital) {
    const curated = record.capital;
    const english = curated.names.en ?? data.capital;
    if (english === undefined) {
      problems.push(`${where}: .capital.names.en: countries-list has no capital: give its name`);
      return undefined;
    }
    const capitalNames: LocalizedText = { de: curated.names.de, en: english };
    const seat = curated.title !== undefined;
    const label: LocalizedText = seat
      ? { de: 'Regierungssitz', en: 'Seat of government' }
      : { de: 'Hauptstadt', en: 'Capital' };
    description.de += ` ${label.de}: ${sentenceEnd(capitalNames.de)}`;
    description.en += ` ${label.en}: ${sentenceEnd(capitalNames.en)}`;
    const capitalAliases: Entity['aliases'] = {};
    for (const language of LANGUAGES) {
      capitalAliases[language] = assembleAliases(
        capitalNames[language],
        (curated.aliases?.[language] ?? []).map(toAlias),
        [],
        language,
      );
      // A city-state's capital shares the state's name: then the state shares it too.
      for (const alias of capitalAliases[language]) {
        if (!alias.shared) continue;
        const same = aliases[language]!.findIndex((own) => own.text === alias.text);
        if (same >= 0) aliases[language]![same] = { ...aliases[language]![same]!, shared: true };
      }
    }
    capital = {
      id: curated.id,
      type: 'place',
      names: capitalNames,
      aliases: capitalAliases,
      description: curated.title
        ? { de: `${curated.title.de}.`, en: `${curated.title.en}.` }
        : // An apposition, which needs no article ("Hauptstadt von USA" would).
          {
            de: `Hauptstadt des Staates ${sentenceEnd(names.de)}`,
            en: `Capital city of the state ${sentenceEnd(names.en)}`,
          },
      roles: [
        {
          title: label,
          of: record.id,
          provenance: {
            source: curated.names.en === undefined ? 'countries-list' : CURATED_SOURCE,
          },
        },
      ],
      ...(curated.wikidata ? { refs: { wikidata: curated.wikidata } } : {}),
    };
  }
  const state: Entity = {
    id: record.id,
    type: 'state',
    names,
    aliases,
    description,
    refs: {
      wikidata: record.wikidata,
      ...(record.wikipedia ? { wikipedia: record.wikipedia } : {}),
    },
  };
  return { state, capital };
}

/** The `refs` of a record that gives a Wikidata id or Wikipedia titles; none otherwise. */
function refsOf(record: Pick<CuratedOrganization, 'wikidata' | 'wikipedia'>): Pick<Entity, 'refs'> {
  if (!record.wikidata && !record.wikipedia) return {};
  return {
    refs: {
      ...(record.wikidata ? { wikidata: record.wikidata } : {}),
      ...(record.wikipedia ? { wikipedia: record.wikipedia } : {}),
    },
  };
}

function buildOrganization({ record }: Located<CuratedOrganization>): Entity {
  const aliases: Entity['aliases'] = {};
  for (const language of LANGUAGES) {
    aliases[language] = assembleAliases(
      record.names[language],
      (record.aliases[language] ?? []).map(toAlias),
      [],
      language,
    );
  }
  return {
    id: record.id,
    type: 'organization',
    names: record.names,
    aliases,
    description: record.description,
    ...(record.of
      ? {
          roles: [
            {
              title: ROLE_IN[record.category],
              of: record.of,
              provenance: { source: CURATED_SOURCE },
            },
          ],
        }
      : {}),
    ...refsOf(record),
  };
}

/**
 * Sources a role may name besides Wikipedia articles: reference data with its licence, which a
 * card and the options page's "Sources and licences" then credit.
 */
const KNOWN_ROLE_SOURCES: ReadonlyMap<string, Omit<Source, 'date' | 'url'>> = new Map([
  [
    'https://www.instituteforgovernment.org.uk/ministers-database',
    {
      id: 'ifg-ministers-database',
      publisher: 'Institute for Government',
      title: 'Ministers Database: UK government ministers since 1979 (CC BY 4.0)',
      language: 'en',
    },
  ],
]);

/**
 * The pack source of a role's link: a Wikipedia article, or one of `KNOWN_ROLE_SOURCES`, as read
 * on the pack's `asOf`. The same link is one source, whoever cites it.
 */
function linkSource(link: string, asOf: string): Source | string {
  const known = KNOWN_ROLE_SOURCES.get(link);
  if (known) return { ...known, date: asOf, url: link };
  const url = new URL(link);
  const language = /^([a-z]{2,3})\.wikipedia\.org$/.exec(url.hostname)?.[1];
  const article = url.pathname.startsWith('/wiki/') ? url.pathname.slice(6) : '';
  if (!language || article === '') {
    return `${link}: a role's source is a Wikipedia article (https://de.wikipedia.org/wiki/…) or one of ${[...KNOWN_ROLE_SOURCES.keys()].join(', ')}`;
  }
  const title = decodeURIComponent(article).replaceAll('_', ' ');
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: `wikipedia-${language}-${slug}`,
    publisher: `Wikipedia (${language})`,
    title,
    date: asOf,
    language,
    url: link,
  };
}

/**
 * A person: the names, the roles with their offices' titles and a source each, and for each role
 * its office's epithets, valid from the role's start to its end (a page of another date does not
 * mean this person by them). Epithets are shared: other holders of the office carry them for
 * their own dates.
 */
function buildPerson(
  { record, where }: Located<CuratedPerson>,
  offices: ReadonlyMap<string, CuratedOffice>,
  epithets: ReadonlyMap<string, OfficeEpithets>,
  addSource: (link: string) => string | undefined,
  asOf: string,
  problems: string[],
): Entity | undefined {
  const aliases: Entity['aliases'] = {};
  for (const language of LANGUAGES) {
    aliases[language] = assembleAliasList(
      record.names[language],
      (record.aliases[language] ?? []).map(toAlias),
      [],
    );
  }
  const roles: NonNullable<Entity['roles']> = [];
  let wrong = false;
  record.roles.forEach((role, index) => {
    const at = `${where} .roles[${index}]`;
    const office = offices.get(role.office);
    if (!office) {
      problems.push(`${at}.office: no office of the offices files has the id "${role.office}"`);
      wrong = true;
      return;
    }
    if (role.to !== undefined && !isInOrder(role.from, role.to)) {
      problems.push(`${at}: ends (${role.to}) before it begins (${role.from})`);
      wrong = true;
    }
    // What the pack knows of an office is as of the day it was checked: no later change.
    for (const date of [role.from, role.to]) {
      if (date !== undefined && !isInOrder(date, asOf)) {
        problems.push(
          `${at}: ${date} is after the day the offices were last checked (${asOf}): leave out what has not happened yet`,
        );
        wrong = true;
      }
    }
    const source = addSource(role.source);
    if (source === undefined) {
      wrong = true;
      return;
    }
    const feminine = record.feminine ? office.feminine : undefined;
    roles.push({
      title: { de: feminine?.title.de ?? office.title.de, en: office.title.en },
      of: office.of,
      from: role.from,
      ...(role.to !== undefined && { to: role.to }),
      provenance: { source },
    });
    const generated = epithets.get(office.id)!;
    for (const language of LANGUAGES) {
      const variant =
        language === 'de' && feminine && generated.deFeminine.length > 0 ? 'deFeminine' : language;
      const own = aliases[language]!;
      for (const alias of [...generated[variant], ...generated.titles[variant]]) {
        // A second term that follows on the first's last day (a re-election) goes on the
        // first's epithet: one word, one stretch of dates.
        const before = own.find(
          (known) =>
            known.kind === alias.kind && known.text === alias.text && known.to === role.from,
        );
        if (before) {
          if (role.to === undefined) delete before.to;
          else before.to = role.to;
          continue;
        }
        own.push({
          ...alias,
          shared: true,
          from: role.from,
          ...(role.to !== undefined && { to: role.to }),
        });
      }
    }
  });
  if (wrong) return undefined;
  return {
    id: record.id,
    type: 'person',
    names: record.names,
    aliases,
    description: record.description,
    roles,
    ...refsOf(record),
  };
}

/** What the office's epithets are generated from: the state's adjectives, genitive, prefixes. */
function styleOfState(record: CuratedState, state: Entity): OfficeStyle {
  const adjective: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    const alias = state.aliases[language]?.find(({ kind }) => kind === 'adjective');
    if (alias) adjective[language] = alias.text;
  }
  const genitive =
    record.genitive === null ? undefined : (record.genitive?.de ?? defaultGenitive(state.names.de));
  return {
    adjective,
    ...(genitive !== undefined && { genitive }),
    ...(record.prefixes && { prefixes: record.prefixes }),
  };
}

/**
 * An epithet two offices give ("russische Präsident" for two offices of Russia) would make one
 * word name two holders at once: the offices must say what tells them apart.
 */
function findEpithetClashes(
  epithets: ReadonlyMap<string, OfficeEpithets>,
  officeWhere: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const first = new Map<string, string>();
    for (const [office, generated] of epithets) {
      const texts = new Set(
        [...generated[language], ...(language === 'de' ? generated.deFeminine : [])].flatMap(
          (alias) => [alias.text, ...(alias.forms ?? [])],
        ),
      );
      for (const text of texts) {
        const other = first.get(text);
        if (other === undefined) first.set(text, office);
        else {
          problems.push(
            `${officeWhere.get(office)}: the epithet "${text}" (${language}) is also one of the office "${other}" (${officeWhere.get(other)}): give one of them another holder noun or leave the word out`,
          );
        }
      }
    }
  }
  return problems;
}

/** Names two entities claim in one language, unless both mark them shared. */
function findClaimProblems(entities: readonly Entity[], whereOf: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const claims = new Map<string, { id: string; shared: boolean }>();
    for (const entity of entities) {
      for (const alias of entity.aliases[language] ?? []) {
        for (const text of [alias.text, ...(alias.forms ?? [])]) {
          const name = text.replace(/\s+/g, ' ');
          const first = claims.get(name);
          if (!first) {
            claims.set(name, { id: entity.id, shared: alias.shared === true });
          } else if (first.id !== entity.id && !(first.shared && alias.shared)) {
            problems.push(
              `${whereOf.get(entity.id)}: "${name}" (${language}) is also a name of "${first.id}" (${whereOf.get(first.id)}): leave it to one, or mark it "shared": true on both`,
            );
          }
        }
      }
    }
  }
  return problems;
}

function buildSources(inputs: WorldInputs, links: Iterable<Source>): Source[] {
  const sources: Source[] = inputs.packageSources.map((source) => ({
    id: source.name,
    publisher: source.publisher,
    title: `${source.name} ${source.version} (${source.licence})`,
    date: source.published,
    language: 'en',
    url: `https://www.npmjs.com/package/${source.name}/v/${source.version}`,
  }));
  sources.push({
    id: CURATED_SOURCE,
    publisher: 'Kontext',
    title:
      'Kontext world pack: curated files (assets/knowledge/world), each record with its sources',
    date: inputs.asOf,
    language: 'en',
  });
  sources.push(...links);
  return sources.sort((a, b) => compareText(a.id, b.id));
}

/** Builds the pack, or lists every problem of the curated files. */
export function buildWorldPack(inputs: WorldInputs): WorldBuild {
  const problems: string[] = [];
  const files = [...inputs.files].sort((a, b) => compareText(a.name, b.name));
  const entities: Entity[] = [];
  const whereOf = new Map<string, string>();
  const references: { of: string; where: string }[] = [];
  const isos = new Map<string, string>();

  /** Whether `id` is still free among `owners` (then it is `where`'s); else a problem. */
  const claim = (owners: Map<string, string>, what: string, id: string, where: string) => {
    const first = owners.get(id);
    if (first !== undefined) {
      problems.push(`${where}: the ${what} "${id}" is taken already (${first})`);
      return false;
    }
    owners.set(id, where);
    return true;
  };
  const claimId = (id: string, where: string) => claim(whereOf, 'id', id, where);

  const offices = new Map<string, CuratedOffice>();
  const officeWhere = new Map<string, string>();
  const styles = new Map<string, OfficeStyle>();
  const people: Located<CuratedPerson>[] = [];
  for (const file of files) {
    if (isOfficesFile(file.name)) {
      for (const located of parseRecords(file, curatedOfficeSchema, (r) => r.id, problems)) {
        if (!claim(officeWhere, 'office id', located.record.id, located.where)) continue;
        offices.set(located.record.id, located.record);
        references.push({ of: located.record.of, where: located.where });
      }
    } else if (isPeopleFile(file.name)) {
      people.push(...parseRecords(file, curatedPersonSchema, (r) => r.id, problems));
    } else if (isStatesFile(file.name)) {
      for (const located of parseRecords(file, curatedStateSchema, (r) => r.iso, problems)) {
        const firstIso = isos.get(located.record.iso);
        if (firstIso !== undefined) {
          problems.push(
            `${located.where}: .iso: "${located.record.iso}" is in ${firstIso} already`,
          );
          continue;
        }
        isos.set(located.record.iso, located.where);
        const built = buildState(located, inputs.packages.get(located.record.iso), problems);
        if (!built) continue;
        if (claimId(built.state.id, located.where)) {
          entities.push(built.state);
          styles.set(built.state.id, styleOfState(located.record, built.state));
        }
        if (built.capital && claimId(built.capital.id, `${located.where} .capital`)) {
          entities.push(built.capital);
        }
      }
    } else {
      for (const located of parseRecords(file, curatedOrganizationSchema, (r) => r.id, problems)) {
        if (!claimId(located.record.id, located.where)) continue;
        entities.push(buildOrganization(located));
        if (located.record.prefixes)
          styles.set(located.record.id, { prefixes: located.record.prefixes });
        if (located.record.of) references.push({ of: located.record.of, where: located.where });
      }
    }
  }
  // People last: their roles name the offices, wherever those are in the folder.
  const linkSources = new Map<string, Source>();
  const addSource = (link: string, where: string): string | undefined => {
    const source = linkSource(link, inputs.asOf);
    if (typeof source === 'string') {
      problems.push(`${where}: ${source}`);
      return undefined;
    }
    const known = linkSources.get(source.id);
    if (known && known.url !== link) {
      problems.push(`${where}: ${link} and ${known.url} are one article: give one link for it`);
      return undefined;
    }
    linkSources.set(source.id, source);
    return source.id;
  };
  // Each office's epithets, made once: every holder of the office gets them.
  const epithets = new Map(
    [...offices.values()].map((office) => [
      office.id,
      generateEpithets(office, styles.get(office.of) ?? {}),
    ]),
  );
  problems.push(...findEpithetClashes(epithets, officeWhere));
  for (const located of people) {
    if (!claimId(located.record.id, located.where)) continue;
    const person = buildPerson(
      located,
      offices,
      epithets,
      (link) => addSource(link, located.where),
      inputs.asOf,
      problems,
    );
    if (person) entities.push(person);
  }
  for (const { of, where } of references) {
    if (!whereOf.has(of)) problems.push(`${where}: .of: no entity of the pack has the id "${of}"`);
  }
  shareCommonAdjectives(entities.filter((entity) => entity.type === 'state'));
  problems.push(...findClaimProblems(entities, whereOf));
  if (problems.length > 0) return { ok: false, problems };

  const pack: KnowledgePack = {
    format: PACK_FORMAT,
    id: WORLD_PACK_ID,
    version: inputs.version,
    title: { de: 'Die Welt: Staaten und Institutionen', en: 'The world: states and institutions' },
    description: {
      de: 'Die Staaten der Welt mit ihren Hauptstädten, internationale Organisationen, Nachrichtenagenturen, Parlamente und Parteien, und Menschen in ihren Ämtern.',
      en: "The world's states with their capitals, international organizations, news agencies, parliaments and parties, and people in their offices.",
    },
    languages: [...LANGUAGES],
    asOf: inputs.asOf,
    sources: buildSources(inputs, linkSources.values()),
    entities: entities.sort((a, b) => compareText(a.id, b.id)),
    statements: [],
    events: [],
  };
  // What the extension will read: the pack must pass its own check.
  const check = checkPack(pack, `${WORLD_PACK_ID}.json`);
  if (!check.ok) {
    return {
      ok: false,
      problems: check.problems.map((p) => `the built pack: ${p.path} — ${p.message}`),
    };
  }
  return { ok: true, pack };
}
