/**
 * Resolution: from alias matches to mentions of entities, each with a kind and a confidence.
 * Full names and epithets point to their entity. Short forms ("Kim", "Miller") link only where
 * the page names their entity, or where the pack lets them stand alone; the nearest named entity
 * wins where several share one. Whatever the rules cannot settle is linked with a low confidence
 * and its alternatives, for the card to show: never guessed silently.
 */
import { aliasKind, AliasFlag, type AliasKind } from '../knowledge/compile-pack';
import type { AliasMatch } from './build-matcher';
import { Gap, TokenKind, tokenKey, tokenSurface, type TokenList } from './tokenize';

/** What the resolver needs to know of each alias (by the matcher's entry id). */
export interface AliasTable {
  entity: ArrayLike<number>;
  flags: ArrayLike<number>;
  from: ReadonlyArray<string | null>;
  to: ReadonlyArray<string | null>;
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
  /** The page's language: English pages also check the word before a short form. */
  language?: string;
}

/** Confidence of each way to a link. */
export const CONFIDENCE = {
  full: 1,
  epithet: 0.9,
  /** A short form of the one entity the page names in full. */
  shortNamed: 0.95,
  /** A short form the pack lets stand alone, on a page that never names its entity in full. */
  shortStandalone: 0.8,
  /** A short form shared by several entities the page names: the nearest full mention won. */
  shortNearest: 0.7,
  /** Words that stand for several entities, none of which the page settles. */
  ambiguous: 0.3,
} as const;

/**
 * Words that stand before a name in English as a title, not as a given name: "President Putin" is
 * Putin, "Henry Miller" is not Matthew Miller.
 */
const ENGLISH_TITLES = new Set([
  'president',
  'prime',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'chairman',
  'chairwoman',
  'general',
  'marshal',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'madam',
  'chancellor',
  'king',
  'queen',
  'premier',
  'ambassador',
  'senator',
  'governor',
  'comrade',
  'envoy',
  'spokesperson',
  'dictator',
  'ruler',
  'strongman',
  'chief',
  'deputy',
  'colonel',
]);

function isDateValid(from: string | null, to: string | null, date: string): boolean {
  // Partial dates compare by prefix: "2024-05" holds through the whole of May 2024.
  if (from !== null && date < from) return false;
  if (to !== null && date.slice(0, to.length) > to) return false;
  return true;
}

function isCapitalizedWord(surface: string): boolean {
  const first = surface.charAt(0);
  return first !== first.toLowerCase() && surface !== surface.toUpperCase();
}

/**
 * Whether the word right after a short form continues someone else's name: "Kim Wilde", "Kim Yo
 * Jong". A recognized name there is no such word ("Putin Russland" is two mentions).
 */
function continuesAnotherName(
  tokens: TokenList,
  match: AliasMatch,
  matchedTokens: Set<number>,
): boolean {
  const next = match.lastToken + 1;
  if (next >= tokens.count || tokens.gaps[next] !== Gap.Space) return false;
  if (tokens.kinds[next] !== TokenKind.Word || matchedTokens.has(next)) return false;
  // A possessive ends the name: "Kim's Wilde-era" is Kim's.
  if (tokens.possessiveEnds[match.lastToken] !== tokens.ends[match.lastToken]) return false;
  return isCapitalizedWord(tokenSurface(tokens, next));
}

/** Whether, on an English page, the word before a short form is a given name: "Henry Miller". */
function followsGivenName(
  text: string,
  tokens: TokenList,
  match: AliasMatch,
  matchedTokens: Set<number>,
): boolean {
  const previous = match.firstToken - 1;
  if (previous < 0 || tokens.gaps[match.firstToken] !== Gap.Space) return false;
  if (tokens.kinds[previous] !== TokenKind.Word || matchedTokens.has(previous)) return false;
  if (!isCapitalizedWord(tokenSurface(tokens, previous))) return false;
  if (ENGLISH_TITLES.has(tokenKey(tokens, previous))) return false;
  // A capital at the start of a sentence says nothing.
  const before =
    previous === 0 ? '' : text.slice(tokens.ends[previous - 1], tokens.starts[previous]);
  return previous > 0 && tokens.gaps[previous] !== Gap.Block && !/[.!?:"“„«»]/.test(before);
}

interface Candidate {
  entity: number;
  kind: AliasKind;
  standalone: boolean;
}

/** The entities an alias match may stand for on `date`, each once, with its strongest kind. */
function listCandidates(match: AliasMatch, aliases: AliasTable, date: string): Candidate[] {
  const byEntity = new Map<number, Candidate>();
  const rank: Record<AliasKind, number> = { full: 3, epithet: 2, short: 1 };
  for (const id of match.entries) {
    if (!isDateValid(aliases.from[id] ?? null, aliases.to[id] ?? null, date)) continue;
    const flags = aliases.flags[id]!;
    const candidate: Candidate = {
      entity: aliases.entity[id]!,
      kind: aliasKind(flags),
      standalone: (flags & AliasFlag.Standalone) !== 0,
    };
    const known = byEntity.get(candidate.entity);
    if (!known || rank[candidate.kind] > rank[known.kind])
      byEntity.set(candidate.entity, candidate);
  }
  return [...byEntity.values()];
}

/** The entity among `entities` whose full or epithet mention lies nearest to `offset`. */
function findNearest(
  entities: readonly number[],
  offset: number,
  namedAt: ReadonlyMap<number, number[]>,
): number {
  let best = entities[0]!;
  let bestDistance = Infinity;
  for (const entity of entities) {
    for (const position of namedAt.get(entity) ?? []) {
      // A name before the short form explains it better than one after: "Kim Jong Un ... Kim".
      const distance = position <= offset ? offset - position : (position - offset) * 2;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = entity;
      }
    }
  }
  return best;
}

/** Resolves alias matches (in text order) into mentions (in text order). */
export function resolveMentions(
  text: string,
  tokens: TokenList,
  matches: readonly AliasMatch[],
  aliases: AliasTable,
  options: ResolveOptions,
): ResolvedMention[] {
  const candidatesPerMatch = matches.map((match) => listCandidates(match, aliases, options.date));
  const matchedTokens = new Set<number>();
  for (const match of matches) {
    for (let token = match.firstToken; token <= match.lastToken; token += 1)
      matchedTokens.add(token);
  }

  // Where the page names each entity by a full name or an epithet (which points to one entity).
  const namedAt = new Map<number, number[]>();
  candidatesPerMatch.forEach((candidates, index) => {
    for (const candidate of candidates) {
      if (candidate.kind === 'short') continue;
      const positions = namedAt.get(candidate.entity) ?? [];
      positions.push(matches[index]!.start);
      namedAt.set(candidate.entity, positions);
    }
  });

  const mentions: ResolvedMention[] = [];
  matches.forEach((match, index) => {
    const candidates = candidatesPerMatch[index]!;
    if (candidates.length === 0) return;
    const base = { start: match.start, end: match.end };
    const named = candidates.filter((candidate) => candidate.kind !== 'short');

    if (named.length > 0) {
      const kind = named.some((candidate) => candidate.kind === 'full') ? 'full' : 'epithet';
      const entities = named.map((candidate) => candidate.entity);
      if (entities.length === 1) {
        mentions.push({ ...base, entity: entities[0]!, kind, confidence: CONFIDENCE[kind] });
      } else {
        const entity = findNearest(entities, match.start, namedAt);
        const alternatives = entities.filter((other) => other !== entity);
        mentions.push({ ...base, entity, kind, confidence: CONFIDENCE.ambiguous, alternatives });
      }
      return;
    }

    // Short forms only from here on.
    if (continuesAnotherName(tokens, match, matchedTokens)) return;
    if (options.language === 'en' && followsGivenName(text, tokens, match, matchedTokens)) return;

    const onPage = candidates.filter((candidate) => namedAt.has(candidate.entity));
    if (onPage.length === 1) {
      mentions.push({
        ...base,
        entity: onPage[0]!.entity,
        kind: 'short',
        confidence: CONFIDENCE.shortNamed,
      });
      return;
    }
    if (onPage.length > 1) {
      const entities = onPage.map((candidate) => candidate.entity);
      const entity = findNearest(entities, match.start, namedAt);
      mentions.push({
        ...base,
        entity,
        kind: 'short',
        confidence: CONFIDENCE.shortNearest,
        alternatives: entities.filter((other) => other !== entity),
      });
      return;
    }
    const standalone = candidates.filter((candidate) => candidate.standalone);
    if (standalone.length === 1) {
      mentions.push({
        ...base,
        entity: standalone[0]!.entity,
        kind: 'short',
        confidence: CONFIDENCE.shortStandalone,
      });
    } else if (standalone.length > 1) {
      mentions.push({
        ...base,
        entity: standalone[0]!.entity,
        kind: 'short',
        confidence: CONFIDENCE.ambiguous,
        alternatives: standalone.slice(1).map((candidate) => candidate.entity),
      });
    }
  });
  return mentions;
}
