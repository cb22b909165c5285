/**
 * Resolution: from alias matches to mentions of entities, each with a kind and a confidence.
 * Full names and epithets point to their entity. Short forms ("Kim", "Miller") link only where
 * the page names their entity, or where the pack lets them stand alone; where several named
 * entities share one, the one named last before it wins (a short form points back). Whatever the rules cannot settle is linked with a low confidence
 * and its alternatives, for the card to show: never guessed silently.
 */
import { aliasKind, AliasFlag, type AliasKind } from '../knowledge/compile-pack';
import type { AliasMatch } from './build-matcher';

/** What resolution needs of a match: where it is, which aliases, and the words around it. */
export type CandidateMatch = Pick<
  AliasMatch,
  'start' | 'end' | 'entries' | 'nextIsName' | 'previousIsGivenName'
>;

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
  /** The page's language: on English pages, a given name before a short form rules it out. */
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
  /** A short form shared by entities the page names, only one of them before it: that one. */
  shortAntecedent: 0.85,
  /** A short form shared by entities the page names before it: the nearest of them won. */
  shortNearest: 0.7,
  /** A short form before any of the entities that share it is named: the next name won. */
  shortCataphor: 0.6,
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

/** The entities an alias match may stand for on `date`, each once, with its strongest kind. */
function listCandidates(match: CandidateMatch, aliases: AliasTable, date: string): Candidate[] {
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

/**
 * The entity among `entities` whose full or epithet mention comes last before `offset` (a short
 * form points back to the name it abbreviates: "Kim Jong Un ... Kim"); where none comes before,
 * the one named first after it. `before` tells which of the two it was.
 */
function findAntecedent(
  entities: readonly number[],
  offset: number,
  namedAt: ReadonlyMap<number, number[]>,
): { entity: number; before: boolean; rivalsBefore: number } {
  let previous: { entity: number; position: number } | undefined;
  let next: { entity: number; position: number } | undefined;
  let rivalsBefore = 0;
  for (const entity of entities) {
    const positions = namedAt.get(entity) ?? [];
    const last = positions.findLast((position) => position < offset);
    const first = positions.find((position) => position > offset);
    if (last !== undefined) {
      rivalsBefore += 1;
      if (!previous || last > previous.position) previous = { entity, position: last };
    }
    if (first !== undefined && (!next || first < next.position)) next = { entity, position: first };
  }
  if (previous) return { entity: previous.entity, before: true, rivalsBefore: rivalsBefore - 1 };
  return { entity: next?.entity ?? entities[0]!, before: false, rivalsBefore: 0 };
}

/** Resolves alias matches (in text order) into mentions (in text order). */
export function resolveMentions(
  matches: readonly CandidateMatch[],
  aliases: AliasTable,
  options: ResolveOptions,
): ResolvedMention[] {
  const candidatesPerMatch = matches.map((match) => listCandidates(match, aliases, options.date));

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
        const { entity } = findAntecedent(entities, match.start, namedAt);
        const alternatives = entities.filter((other) => other !== entity);
        mentions.push({ ...base, entity, kind, confidence: CONFIDENCE.ambiguous, alternatives });
      }
      return;
    }

    // Short forms only from here on.
    if (match.nextIsName) return;
    if (options.language === 'en' && match.previousIsGivenName) return;

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
      const { entity, before, rivalsBefore } = findAntecedent(entities, match.start, namedAt);
      const confidence = !before
        ? CONFIDENCE.shortCataphor
        : rivalsBefore === 0
          ? CONFIDENCE.shortAntecedent
          : CONFIDENCE.shortNearest;
      mentions.push({
        ...base,
        entity,
        kind: 'short',
        confidence,
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
