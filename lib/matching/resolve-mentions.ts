/**
 * Resolution: from alias matches to mentions of entities, each with a kind and a confidence.
 * Full names and epithets point to their entity. Short forms ("Kim", "Miller") link only where
 * the page names their entity, or where the pack lets them stand alone; where several named
 * entities share one, it points back: to the one named last before it in its paragraph, else to
 * the one the page has named most so far (see `findAntecedent`). Where the page's names leave a
 * tie (a name two entities share, "Bundesrat", "Die Grünen"), the entity of the state the page is
 * about wins: the state its certain mentions name most, themselves or by the states their roles
 * are in. Whatever the rules cannot settle is linked with a low confidence and its alternatives,
 * for the card to show: never guessed silently.
 */
import { aliasKind, AliasFlag, type AliasKind } from '../knowledge/compile-pack';
import type { AliasMatch } from './build-matcher';

/** What resolution needs of a match: where it is, which aliases, and the words around it. */
export type CandidateMatch = Pick<
  AliasMatch,
  'start' | 'end' | 'entries' | 'nextIsName' | 'previousIsGivenName'
> &
  Pick<AliasMatch, 'titleLength' | 'isTitleWord' | 'namesNoOne' | 'inflected'> & {
    /** The block (paragraph) the match stands in, counted from 0; all in one block if unknown. */
    block?: number;
  };

/** What the resolver needs to know of each alias (by the matcher's entry id). */
export interface AliasTable {
  entity: ArrayLike<number>;
  flags: ArrayLike<number>;
  from: ReadonlyArray<string | null>;
  to: ReadonlyArray<string | null>;
  /** Whether an entity is a person: a title before a person's name is part of the mention. */
  isPerson: (entity: number) => boolean;
  /** The states an entity's roles are in (as entities), where the packs say. */
  countriesOf?: (entity: number) => readonly number[];
}

/** A mention of an entity: `entity` indexes the caller's entity table. */
export interface ResolvedMention {
  start: number;
  end: number;
  entity: number;
  kind: AliasKind;
  /** 1 for a full name; lower where the link rests on rules about short forms. */
  confidence: number;
  /** Other entities the words may stand for, where the rules could not settle it. */
  alternatives?: number[];
}

export interface ResolveOptions {
  /** The date the page speaks of (its publication date), "YYYY-MM-DD"; aliases hold on it. */
  date: string;
  /** The page's language: on English pages, a given name before a short form rules it out. */
  language?: string;
}

/** Mentions below this confidence are uncertain: drawn so, and counted apart in the popup. */
export const UNCERTAIN_BELOW = 0.75;

/** Confidence of each way to a link. */
export const CONFIDENCE = {
  full: 1,
  epithet: 0.9,
  /** A short form of the one entity the page names in full. */
  shortNamed: 0.95,
  /** A short form the pack lets stand alone, on a page that never names its entity in full. */
  shortStandalone: 0.8,
  /** A short form shared by entities the page names, only one of them before it: that one. */
  shortAntecedent: 0.85,
  /** A short form shared by entities the page names before it: the nearest, in its paragraph. */
  shortNearest: 0.7,
  /** As above, but no name in its paragraph: the entity the page names most so far won. */
  shortSalient: 0.6,
  /** A short form before any of the entities that share it is named: the next name won. */
  shortCataphor: 0.6,
  /** A state's adjective ("russische"), of one state. */
  adjective: 0.9,
  /** Words that several entities share, of which the page is about one's state most. */
  country: 0.8,
  /** Words that stand for several entities, none of which the page settles. */
  ambiguous: 0.3,
} as const;

function isDateValid(from: string | null, to: string | null, date: string): boolean {
  // Partial dates compare by prefix: "2024-05" holds through the whole of May 2024.
  if (from !== null && date < from) return false;
  if (to !== null && date.slice(0, to.length) > to) return false;
  return true;
}

interface Candidate {
  entity: number;
  kind: AliasKind;
  standalone: boolean;
}

/**
 * The entities an alias match may stand for on `options.date`, each once, with its strongest
 * kind. None where the words are a phrase that mentions no one (an alias of `mention: false`,
 * "US-Dollar").
 *
 * Where a capitalized word (not a title) stands right before or after the match, the words may be
 * part of a longer name, and an entity whose name here other names are made of too
 * (`inOtherNames`: "Michael Jordan", "Chad Smith") is left out: on an English page if any of its
 * aliases matched here says so, on others only if all do. German capitalizes every noun ("dass
 * Niger Truppen schickt"), so a name German writes for the entity itself keeps its link there.
 */
function listCandidates(
  match: CandidateMatch,
  aliases: AliasTable,
  options: ResolveOptions,
): Candidate[] {
  const byEntity = new Map<number, Candidate>();
  const rank: Record<AliasKind, number> = { full: 4, epithet: 3, adjective: 2, short: 1 };
  // Of each entity: how many of its aliases matched here, and how many of those are in other names;
  // counted only where a name may go on around the match.
  const inLongerName = match.nextIsName || match.previousIsGivenName;
  const inOtherNames = inLongerName
    ? new Map<number, { all: number; flagged: number }>()
    : undefined;
  for (const id of match.entries) {
    if (!isDateValid(aliases.from[id] ?? null, aliases.to[id] ?? null, options.date)) continue;
    const flags = aliases.flags[id]!;
    if (flags & AliasFlag.NoMention) return [];
    const entity = aliases.entity[id]!;
    if (inOtherNames) {
      const count = inOtherNames.get(entity) ?? { all: 0, flagged: 0 };
      count.all += 1;
      if (flags & AliasFlag.InOtherNames) count.flagged += 1;
      inOtherNames.set(entity, count);
    }
    const candidate: Candidate = {
      entity,
      kind: aliasKind(flags),
      standalone: (flags & AliasFlag.Standalone) !== 0,
    };
    const known = byEntity.get(candidate.entity);
    if (!known || rank[candidate.kind] > rank[known.kind])
      byEntity.set(candidate.entity, candidate);
  }
  for (const [entity, { all, flagged }] of inOtherNames ?? []) {
    if (options.language === 'en' ? flagged > 0 : flagged === all) byEntity.delete(entity);
  }
  return [...byEntity.values()];
}

/** Where the page names an entity. */
interface NamedAt {
  position: number;
  block: number;
}

/**
 * How the page names an entity: where by a full name or an epithet, and how far resolution, which
 * goes through the text in order, has read: what lies before, short forms linked with confidence
 * counted in.
 */
interface Named {
  /** The full names' and epithets' places, in text order. */
  at: NamedAt[];
  /** How many of `at` lie before the place read to. */
  passed: number;
  /** The mentions before the place read to. */
  count: number;
  /** The last of them. */
  last?: NamedAt;
}

/** `named` read up to `offset`; the reading only goes on, so each place is passed once. */
function readTo(named: Named | undefined, offset: number): Named | undefined {
  while (named && named.passed < named.at.length && named.at[named.passed]!.position < offset) {
    named.last = named.at[named.passed++];
    named.count += 1;
  }
  return named;
}

/** How a short form's entity was chosen among several the page names. */
type Antecedent = {
  entity: number;
  how: 'only-before' | 'nearest-in-block' | 'most-named' | 'next-after';
};

/**
 * The entity among `entities` that a short form at `offset` (in `block`) points back to: the only
 * one named before it; else the one named last before it in the same paragraph; else the one the
 * page has named most often so far (a new paragraph's "Kim" is the article's Kim, not the one
 * quoted once two paragraphs up); where none was named before, the one named next.
 */
function findAntecedent(
  entities: readonly number[],
  offset: number,
  block: number,
  namedAt: ReadonlyMap<number, Named>,
): Antecedent {
  const before = entities
    .map((entity) => ({ entity, ...readTo(namedAt.get(entity), offset) }))
    .filter((candidate) => candidate.last !== undefined);
  if (before.length === 1) return { entity: before[0]!.entity, how: 'only-before' };
  if (before.length > 1) {
    const nearest = before.reduce((a, b) => (b.last!.position > a.last!.position ? b : a));
    if (nearest.last!.block === block) return { entity: nearest.entity, how: 'nearest-in-block' };
    const most = before.reduce((a, b) =>
      b.count! > a.count! || (b.count === a.count && b.last!.position > a.last!.position) ? b : a,
    );
    return { entity: most.entity, how: 'most-named' };
  }
  let next: { entity: number; position: number } | undefined;
  for (const entity of entities) {
    // Read to `offset` above: the first place left is the next.
    const named = namedAt.get(entity);
    const first = named?.at[named.passed];
    if (first && (!next || first.position < next.position))
      next = { entity, position: first.position };
  }
  return { entity: next?.entity ?? entities[0]!, how: 'next-after' };
}

const CONFIDENCE_BY_CHOICE: Record<Antecedent['how'], number> = {
  'only-before': CONFIDENCE.shortAntecedent,
  'nearest-in-block': CONFIDENCE.shortNearest,
  'most-named': CONFIDENCE.shortSalient,
  'next-after': CONFIDENCE.shortCataphor,
};

/** Resolves alias matches (in text order) into mentions (in text order). */
export function resolveMentions(
  matches: readonly CandidateMatch[],
  aliases: AliasTable,
  options: ResolveOptions,
): ResolvedMention[] {
  const candidatesPerMatch = matches.map((match) => listCandidates(match, aliases, options));

  // The states of each entity, asked of the packs once per entity.
  const statesOf = new Map<number, readonly number[]>();
  const countriesOf = (entity: number): readonly number[] => {
    let states = statesOf.get(entity);
    if (!states) {
      states = aliases.countriesOf?.(entity) ?? [];
      statesOf.set(entity, states);
    }
    return states;
  };
  // How much the page is about each state: a mention of the state, or of an entity whose roles
  // are in it, each time words name one entity alone.
  const aboutState = new Map<number, number>();
  for (const candidates of candidatesPerMatch) {
    const [only] = candidates;
    if (candidates.length !== 1 || (only!.kind === 'short' && !only!.standalone)) continue;
    for (const state of [only!.entity, ...countriesOf(only!.entity)]) {
      aboutState.set(state, (aboutState.get(state) ?? 0) + 1);
    }
  }
  /**
   * `entities` with those of the state the page is most about first (by the most named of their
   * roles' states), in their order otherwise, so that ties among them go that way; `settled` when
   * the first one's state is named more than any other's.
   */
  const rankByCountry = (entities: readonly number[]) => {
    if (aboutState.size === 0) return { ranked: [...entities], settled: false };
    const weighed = entities
      .map((entity) => ({
        entity,
        weight: Math.max(0, ...countriesOf(entity).map((state) => aboutState.get(state) ?? 0)),
      }))
      .sort((a, b) => b.weight - a.weight);
    const [first, second] = weighed;
    return {
      ranked: weighed.map(({ entity }) => entity),
      settled: second !== undefined && first!.weight > second.weight,
    };
  };

  // Where the page names each entity by a full name or an epithet (which points to one entity).
  const namedAt = new Map<number, Named>();
  candidatesPerMatch.forEach((candidates, index) => {
    const { start, block = 0 } = matches[index]!;
    for (const candidate of candidates) {
      // An adjective names no one a short form could point back to ("russische Truppen … Putin").
      if (candidate.kind === 'short' || candidate.kind === 'adjective') continue;
      const named = namedAt.get(candidate.entity) ?? { at: [], passed: 0, count: 0 };
      named.at.push({ position: start, block });
      namedAt.set(candidate.entity, named);
    }
  });

  /**
   * Whether an epithet names the holder of the page's date: not after "former", "then-",
   * "ehemalige" ("the former US President"), not right before someone else's name ("Russian
   * President Boris Yeltsin", "Bundeskanzler Olaf Scholz" in 2026), and on English pages, or
   * where it is one title word ("Kanzler Kohl"), not before a name the packs do not know.
   */
  const isEpithetOfDate = (index: number): boolean => {
    const match = matches[index]!;
    // "British prime ministers" are several.
    if (match.namesNoOne || (options.language === 'en' && match.inflected)) return false;
    const next = matches[index + 1];
    if (next && next.block === match.block && next.start - match.end === 1) {
      const names = candidatesPerMatch[index + 1]!.filter(
        ({ kind, entity }) => (kind === 'full' || kind === 'short') && aliases.isPerson(entity),
      );
      if (names.length > 0) {
        return names.some(({ entity }) =>
          candidatesPerMatch[index]!.some((candidate) => candidate.entity === entity),
        );
      }
    }
    return !(match.nextIsName && (options.language === 'en' || match.isTitleWord));
  };

  const mentions: ResolvedMention[] = [];
  matches.forEach((match, index) => {
    const candidates = candidatesPerMatch[index]!;
    if (candidates.length === 0) return;
    const base = { start: match.start, end: match.end };
    const named = candidates.filter((candidate) => candidate.kind !== 'short');

    if (named.length > 0) {
      const kind = (['full', 'epithet', 'adjective'] as const).find((strongest) =>
        named.some((candidate) => candidate.kind === strongest),
      )!;
      if (kind === 'epithet' && !isEpithetOfDate(index)) return;
      const { ranked: entities, settled } = rankByCountry(named.map(({ entity }) => entity));
      if (entities.length === 1) {
        mentions.push({ ...base, entity: entities[0]!, kind, confidence: CONFIDENCE[kind] });
      } else {
        const { entity } = findAntecedent(entities, match.start, match.block ?? 0, namedAt);
        const alternatives = entities.filter((other) => other !== entity);
        // One of the states the page is about more than the others' settles it.
        const confidence =
          settled && entity === entities[0] ? CONFIDENCE.country : CONFIDENCE.ambiguous;
        mentions.push({ ...base, entity, kind, confidence, alternatives });
      }
      return;
    }

    // Short forms only from here on. A capitalized word right after a short form may continue
    // someone else's name ("Kim Wilde"); German capitalizes every noun ("dass Putin Waffen
    // liefert"), so only short forms the pack lets stand alone keep their link there.
    if (match.nextIsName && !candidates.some((candidate) => candidate.standalone)) return;
    // "the former prime minister", and in English the plural "foreign ministers": a bare title
    // that names no holder of the date.
    if (match.namesNoOne || (options.language === 'en' && match.inflected)) return;
    if (options.language === 'en' && match.previousIsGivenName) return;

    /**
     * Links the short form. With confidence, it names its entity from there on as a full name
     * does: "Mr. Biden" makes Biden the nearest president for "the president" after it.
     */
    const link = (entity: number, confidence: number, alternatives?: number[]) => {
      mentions.push({ ...base, entity, kind: 'short', confidence, alternatives });
      if (confidence < CONFIDENCE.shortStandalone) return;
      const named = readTo(namedAt.get(entity), match.start) ?? { at: [], passed: 0, count: 0 };
      named.count += 1;
      named.last = { position: match.start, block: match.block ?? 0 };
      namedAt.set(entity, named);
    };
    const onPage = candidates.filter((candidate) => namedAt.has(candidate.entity));
    if (onPage.length === 1) {
      link(onPage[0]!.entity, CONFIDENCE.shortNamed);
    } else if (onPage.length > 1) {
      const entities = rankByCountry(onPage.map(({ entity }) => entity)).ranked;
      const { entity, how } = findAntecedent(entities, match.start, match.block ?? 0, namedAt);
      link(
        entity,
        CONFIDENCE_BY_CHOICE[how],
        entities.filter((other) => other !== entity),
      );
    } else {
      const { ranked: standalone, settled } = rankByCountry(
        candidates.filter((candidate) => candidate.standalone).map(({ entity }) => entity),
      );
      if (standalone.length === 1) {
        link(standalone[0]!, CONFIDENCE.shortStandalone);
      } else if (standalone.length > 1) {
        const confidence = settled ? CONFIDENCE.country : CONFIDENCE.ambiguous;
        link(standalone[0]!, confidence, standalone.slice(1));
      }
    }
  });
  return withTitles(mentions, matches, aliases);
}

/**
 * A title before a person's name is one mention with it ("Präsident Biden", "Secretary
 * Blinken"): the mention starts at the title, and a title that was a mention of its own
 * ("Kanzler" of "Kanzler Scholz") is no longer one.
 */
function withTitles(
  mentions: readonly ResolvedMention[],
  matches: readonly CandidateMatch[],
  aliases: AliasTable,
): ResolvedMention[] {
  const result: ResolvedMention[] = [];
  let at = 0;
  for (let mention of mentions) {
    while (matches[at]!.start < mention.start) at += 1;
    const { titleLength } = matches[at]!;
    const titleStart = mention.start - (titleLength ?? 0);
    // A person's: adjectives name states, and epithets are titles themselves.
    if (titleLength && aliases.isPerson(mention.entity)) {
      // Mentions within the title are the title's own ("President" of "Vice President Harris").
      while ((result.at(-1)?.start ?? -1) >= titleStart) result.pop();
      mention = { ...mention, start: titleStart };
    }
    result.push(mention);
  }
  return result;
}
