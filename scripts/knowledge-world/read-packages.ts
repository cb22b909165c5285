/**
 * What the world pack takes from the npm data packages (pinned devDependencies), per ISO 3166-1
 * alpha-2 code: display names (CLDR), names and aliases (i18n-iso-countries), the capital's
 * English name and the continents (countries-list), adjectives (i18n-nationality).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Language } from '../../lib/knowledge/pack-types';

/** One state as the packages give it. */
export interface PackageState {
  /** CLDR's display name, then its short and variant forms. */
  displayNames: Record<Language, string[]>;
  /** i18n-iso-countries' names, and countries-list's English aliases. */
  otherNames: Record<Language, string[]>;
  /** i18n-nationality's adjective, as written there ("Russisch"). */
  adjectives: Partial<Record<Language, string>>;
  /** countries-list's English name of the capital. */
  capital?: string;
  /** countries-list's continent codes: "EU", "AS". */
  continents: string[];
}

export type PackageData = ReadonlyMap<string, PackageState>;

/** The packages, with the version each is pinned to, for the pack's sources. */
export const DATA_PACKAGES = [
  'cldr-localenames-full',
  'i18n-iso-countries',
  'countries-list',
  'i18n-nationality',
] as const;

/** Where npm installs the devDependencies (the packages' exports hide their data files). */
const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules');

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(join(NODE_MODULES, path), 'utf8')) as unknown;
}

/** The version of `name` installed, from its package.json. */
export async function readPackageVersion(name: string): Promise<string> {
  const manifest = (await readJson(`${name}/package.json`)) as { version: string };
  return manifest.version;
}

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Reads the four packages into one map by ISO code. */
export async function readPackageData(): Promise<PackageData> {
  const languages: Language[] = ['de', 'en'];
  const cldr = new Map<Language, Record<string, string>>();
  const isoNames = new Map<Language, Record<string, string | string[]>>();
  const nationalities = new Map<Language, Record<string, string>>();
  for (const language of languages) {
    const territories = (await readJson(
      `cldr-localenames-full/main/${language}/territories.json`,
    )) as {
      main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
    };
    cldr.set(language, territories.main[language]!.localeDisplayNames.territories);
    const countries = (await readJson(`i18n-iso-countries/langs/${language}.json`)) as {
      countries: Record<string, string | string[]>;
    };
    isoNames.set(language, countries.countries);
    const adjectives = (await readJson(`i18n-nationality/langs/${language}.json`)) as {
      nationalities: Record<string, string>;
    };
    nationalities.set(language, adjectives.nationalities);
  }
  const countriesList = (await readJson('countries-list/countries.min.json')) as Record<
    string,
    { capital?: string; continent: string; continents?: string[]; alias?: string[] }
  >;

  const states = new Map<string, PackageState>();
  for (const iso of Object.keys(isoNames.get('en')!).sort()) {
    const listed = countriesList[iso];
    const state: PackageState = {
      displayNames: { de: [], en: [] },
      otherNames: { de: [], en: [] },
      adjectives: {},
      capital: listed?.capital || undefined,
      continents: listed ? (listed.continents ?? [listed.continent]) : [],
    };
    for (const language of languages) {
      const territories = cldr.get(language)!;
      state.displayNames[language] = [iso, `${iso}-alt-short`, `${iso}-alt-variant`]
        .map((key) => territories[key])
        .filter((name): name is string => name !== undefined);
      state.otherNames[language] = asList(isoNames.get(language)![iso]);
      const adjective = nationalities.get(language)![iso];
      if (adjective !== undefined) state.adjectives[language] = adjective;
    }
    state.otherNames.en.push(...(listed?.alias ?? []));
    states.set(iso, state);
  }
  return states;
}
