/**
 * Recognition over all enabled packs at once: one matcher for every alias of every pack, the
 * tables that map its matches back to entities, and a memory of each block's matches, so that a
 * page that changes (a live blog's new entry) is matched again only where it changed.
 */
import type { CompiledEntity, CompiledPack } from '../knowledge/compile-pack';
import { buildMatcher, type Matcher } from '../matching/build-matcher';
import {
  resolveMentions,
  type CandidateMatch,
  type ResolvedMention,
  type ResolveOptions,
} from '../matching/resolve-mentions';
import { tokenize } from '../matching/tokenize';
import { BLOCK_SEPARATOR } from '../text/block-separator';

/** An entity of one of the packs, with the pack it comes from. */
export interface KnownEntity extends CompiledEntity {
  packId: string;
}

export interface RecognitionStats {
  /** Blocks of the last text, and how many of them had to be matched (not remembered). */
  blocks: number;
  matchedBlocks: number;
}

export interface Recognizer {
  /** Every entity of every pack; mentions index into it. */
  entities: readonly KnownEntity[];
  matcher: Matcher;
  /** The mentions of known entities in `text` (a page's text model), in text order. */
  recognize(text: string, options: ResolveOptions): ResolvedMention[];
  /** What the last `recognize` did. */
  readonly stats: RecognitionStats;
}

/** A block's matches, with offsets relative to the block's start. */
type BlockMatches = CandidateMatch[];

/** Builds the matcher and tables for `packs`; the cost grows with the number of aliases. */
export function createRecognizer(packs: readonly CompiledPack[]): Recognizer {
  const entities: KnownEntity[] = [];
  const aliasEntity: number[] = [];
  const aliasFlags: number[] = [];
  const aliasFrom: (string | null)[] = [];
  const aliasTo: (string | null)[] = [];
  const entries: { text: string; id: number }[] = [];

  for (const pack of packs) {
    const offset = entities.length;
    for (const entity of pack.entities) entities.push({ ...entity, packId: pack.id });
    for (const [text, entity, flags, from, to] of pack.aliases) {
      entries.push({ text, id: aliasEntity.length });
      aliasEntity.push(offset + entity);
      aliasFlags.push(flags);
      aliasFrom.push(from ?? null);
      aliasTo.push(to ?? null);
    }
  }

  const matcher = buildMatcher(entries);
  const table = { entity: aliasEntity, flags: aliasFlags, from: aliasFrom, to: aliasTo };
  // The matches of each block of the last text, by the block's text, for the date they hold on.
  let remembered = new Map<string, BlockMatches>();
  let rememberedDate = '';
  const stats: RecognitionStats = { blocks: 0, matchedBlocks: 0 };

  /** Whether alias `id` names its entity on `date` (epithets hold for a time). */
  const holdsOn = (date: string) => (id: number) => {
    const from = aliasFrom[id];
    const to = aliasTo[id];
    return (from == null || date >= from) && (to == null || date.slice(0, to.length) <= to);
  };

  const matchAll = (
    text: string,
    blocks: readonly { start: number; end: number }[],
    date: string,
  ) => {
    if (date !== rememberedDate) remembered = new Map();
    rememberedDate = date;
    const accept = holdsOn(date);
    const matchBlock = (block: string): BlockMatches =>
      matcher.match(tokenize(block), accept).map(toCandidate);
    const next = new Map<string, BlockMatches>();
    const matches: CandidateMatch[] = [];
    const isFirstRun = remembered.size === 0;
    // The first time, one pass over the whole text (fastest); later, only blocks not seen before.
    const whole = isFirstRun ? matcher.match(tokenize(text), accept).map(toCandidate) : [];
    let cursor = 0;
    stats.blocks = blocks.length;
    stats.matchedBlocks = 0;
    for (const [blockIndex, { start, end }] of blocks.entries()) {
      const block = text.slice(start, end);
      let local = next.get(block) ?? remembered.get(block);
      if (!local) {
        if (isFirstRun) {
          local = [];
          while (cursor < whole.length && whole[cursor]!.start < end) {
            const match = whole[cursor]!;
            local.push({ ...match, start: match.start - start, end: match.end - start });
            cursor += 1;
          }
        } else {
          local = matchBlock(block);
        }
        stats.matchedBlocks += 1;
      }
      next.set(block, local);
      for (const match of local) {
        matches.push({
          ...match,
          start: match.start + start,
          end: match.end + start,
          block: blockIndex,
        });
      }
    }
    remembered = next;
    return matches;
  };

  return {
    entities,
    matcher,
    stats,
    recognize(text, options) {
      return resolveMentions(matchAll(text, splitBlocks(text), options.date), table, options);
    },
  };
}

function toCandidate({
  start,
  end,
  entries,
  nextIsName,
  previousIsGivenName,
}: CandidateMatch): CandidateMatch {
  return { start, end, entries, nextIsName, previousIsGivenName };
}

/** The blocks of a text model: the stretches between block separators. */
function splitBlocks(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf(BLOCK_SEPARATOR, start);
    blocks.push({ start, end: end === -1 ? text.length : end });
    if (end === -1) return blocks;
    start = end + 1;
  }
}
