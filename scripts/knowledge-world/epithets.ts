/**
 * The epithets of an office, generated from its holder's noun and what part 1 knows of the state
 * or organization it is an office of: "der russische Präsident", "Russlands Präsident",
 * "Präsident Russlands", "Russian President", and with a prefix "US-Präsident", "US President".
 * The office's own `epithets` add what no rule gives ("Kremlchef"). Pure: the pack's builder
 * calls it for each office a person held.
 */
import type { Alias, Language } from '../../lib/knowledge/pack-types';
import type { CuratedOffice } from './curated-schema';

/** What the press puts before or after a holder's noun to say whose office it is. */
export interface OfficeStyle {
  /** The adjective: German in lower case and without ending ("russisch"), English "Russian". */
  adjective?: Partial<Record<Language, string>>;
  /** The German genitive that stands before or after a title: "Russlands". */
  genitive?: string;
  /** Short forms before a title: German "US" (joined by a hyphen), English "US", "U.S.". */
  prefixes?: Partial<Record<Language, readonly string[]>>;
}

/** German state names ending so, or of these forms, take no plain -s genitive. */
const NO_PLAIN_GENITIVE = /(?:[sxzß]|ei|e)$/u;

/**
 * The German genitive of a state's name as the press writes it before a title ("Russlands",
 * "Frankreichs", "Irans"): the one-word name and -s, unless the name ends in a sibilant, -e or
 * -ei (those take an article: "der Ukraine", "der Türkei"). Plural names ("Philippinen") and
 * other exceptions the state's record gives itself.
 */
export function defaultGenitive(name: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) || NO_PLAIN_GENITIVE.test(name)) {
    return undefined;
  }
  return `${name}s`;
}

/** One epithet with its declined forms, if any. */
function epithet(text: string, forms: readonly string[] = []): Alias {
  const others = forms.filter((form) => form !== text);
  return { text, kind: 'epithet', ...(others.length > 0 && { forms: [...new Set(others)] }) };
}

/** The German epithets for the noun `noun` with declined forms `declined`. */
function germanEpithets(noun: string, declined: readonly string[], style: OfficeStyle): Alias[] {
  const epithets: Alias[] = [];
  const nouns = [noun, ...declined];
  const adjective = style.adjective?.de;
  if (adjective) {
    // "der russische Präsident"; "des russischen Präsidenten", "dem russischen Außenminister".
    epithets.push(
      epithet(
        `${adjective}e ${noun}`,
        nouns.map((form) => `${adjective}en ${form}`),
      ),
    );
  }
  if (style.genitive) {
    epithets.push(
      epithet(
        `${style.genitive} ${noun}`,
        declined.map((form) => `${style.genitive} ${form}`),
      ),
    );
    epithets.push(
      epithet(
        `${noun} ${style.genitive}`,
        declined.map((form) => `${form} ${style.genitive}`),
      ),
    );
  }
  for (const prefix of style.prefixes?.de ?? []) {
    epithets.push(
      epithet(
        `${prefix}-${noun}`,
        declined.map((form) => `${prefix}-${form}`),
      ),
    );
  }
  return epithets;
}

function englishEpithets(noun: string, style: OfficeStyle): Alias[] {
  const before = [style.adjective?.en, ...(style.prefixes?.en ?? [])].filter(
    (word): word is string => word !== undefined,
  );
  // "Foreign Minister", and as running text writes it too: "foreign minister".
  const nouns = [...new Set([noun, noun.toLowerCase()])];
  return before.flatMap((word) => nouns.map((form) => epithet(`${word} ${form}`)));
}

/** An office's epithets in each language, and in German for a female holder. */
export interface OfficeEpithets {
  de: Alias[];
  en: Alias[];
  deFeminine: Alias[];
  /**
   * The holder's bare noun, whose office it leaves unsaid ("der Präsident", "the president"):
   * a short form of each holder, which links only on a page that names its holder in full. A
   * noun the office types as an epithet ("Home Secretary") stays an epithet, and is not here.
   */
  titles: { de: Alias[]; en: Alias[]; deFeminine: Alias[] };
}

/** Drops repeated texts, keeping the first: a typed epithet may also be a generated one. */
function unique(aliases: Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter(({ text }) => !seen.has(text) && seen.add(text));
}

/**
 * Offices that head a government, by the curated files' naming of office ids: German papers call
 * each holder "Regierungschef" too ("Polens Regierungschef", "die italienische Regierungschefin"),
 * with the state only, since alone the word stands before every one of them.
 */
const HEAD_OF_GOVERNMENT = /^(?:prime-minister|chancellor|premier)-of-/;

export function generateEpithets(office: CuratedOffice, style: OfficeStyle): OfficeEpithets {
  const typed = (texts: readonly string[] | undefined) =>
    (texts ?? []).map((text) => epithet(text));
  const holder = office.holder;
  const feminine = office.feminine;
  const headsGovernment = HEAD_OF_GOVERNMENT.test(office.id);
  const epithets = {
    de: unique([
      ...typed(office.epithets?.de),
      ...(holder ? germanEpithets(holder.de, holder.declined ?? [], style) : []),
      ...(headsGovernment ? germanEpithets('Regierungschef', ['Regierungschefs'], style) : []),
    ]),
    en: unique([
      ...typed(office.epithets?.en),
      ...(holder ? englishEpithets(holder.en, style) : []),
    ]),
    deFeminine: unique([
      ...typed(feminine?.epithets?.de),
      ...(feminine?.holder ? germanEpithets(feminine.holder.de, [], style) : []),
      ...(headsGovernment ? germanEpithets('Regierungschefin', [], style) : []),
    ]),
  };
  const titles = (variant: keyof typeof epithets, nouns: readonly string[]): Alias[] => {
    const taken = new Set(
      epithets[variant].flatMap((alias) => [alias.text, ...(alias.forms ?? [])]),
    );
    return nouns.filter((text) => !taken.has(text)).map((text) => ({ text, kind: 'short' }));
  };
  return {
    ...epithets,
    titles: {
      de: titles('de', holder ? [holder.de, ...(holder.declined ?? [])] : []),
      en: titles('en', holder ? [...new Set([holder.en, holder.en.toLowerCase()])] : []),
      deFeminine: titles('deFeminine', feminine?.holder ? [feminine.holder.de] : []),
    },
  };
}
