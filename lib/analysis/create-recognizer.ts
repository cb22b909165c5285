/**
 * Recognition over all enabled packs at once: one matcher for every alias of every pack, the
 * tables that map its matches back to entities, and a memory of each block's matches, so that a
 * page that changes (a live blog's new entry) is matched again only where it changed.
 *
 * Entities of several packs with one Wikidata item are one entity on a page: every alias of each
 * of them points to the one first in pack order (the bundled packs, then the world pack, then
 * the imported packs as they were imported), which is the one mentions name; the others are its
 * twins (`twinsOf`), whose knowledge the cards add to it.
 */
import type { CompiledAlias, CompiledEntity, CompiledPack } from '../knowledge/compile-pack';
import type { EntityType } from '../knowledge/pack-types';
import {
  buildMatcher,
  type AliasMatch,
  type Matcher,
  type MatcherEntry,
} from '../matching/build-matcher';
import {
  resolveMentions,
  type AliasTable,
  type CandidateMatch,
  type ResolvedMention,
  type ResolveOptions,
} from '../matching/resolve-mentions';
import { tokenize } from '../matching/tokenize';
import { runToEnd, type Steps } from '../async/run-sliced';
import { BLOCK_SEPARATOR } from '../text/block-separator';

/**
 * Characters of new blocks matched as one text in one step: big enough that a group's overhead is
 * small, small enough that a step stays short even when it is slow. Tokenize and match run at
 * about 40 MB/s in the page once warm, but the first groups of a fresh page run cold, and meet
 * the words that insert an imported pack's aliases: on the bench's 1 MB page with a 50k-alias
 * pack, the first group of 64,000 characters took 45 to 62 ms, one task.
 */
export const GROUP_CHARS = 16_000;
/**
 * Blocks looked at in one step where no matching is done (blocks remembered, and the matches put
 * together at the end): a page of 100,000 text nodes has tens of thousands of blocks, and looking
 * up each one's text took about 20 ms.
 */
const BLOCKS_PER_STEP = 2_000;

/** An entity of one of the packs, with the pack it comes from. */
export interface KnownEntity extends CompiledEntity {
  packId: string;
}

export interface RecognitionStats {
  /** Blocks of the last text, and how many of them had to be matched (not remembered). */
  blocks: number;
  matchedBlocks: number;
}

/**
 * What a slot's aliases say of their entities (by number within the pack) before the entities
 * come: the Wikidata item, which joins an entity to its twins, and the type. Stored data, not
 * checked again: what is not a Wikidata id or a type is left out.
 */
export interface SlotEntityFacts {
  wikidata?: Readonly<Record<number, unknown>>;
  types?: Readonly<Record<number, unknown>>;
  /** The states its roles are in, by number within the pack (`CompiledEntity.countries`). */
  countries?: Readonly<Record<number, unknown>>;
}

/** Every entity type, to tell stored data that is one. */
const IS_ENTITY_TYPE: Readonly<Record<EntityType, true>> = {
  person: true,
  organization: true,
  state: true,
  place: true,
};

function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && Object.hasOwn(IS_ENTITY_TYPE, value);
}

/**
 * A pack whose aliases and entities come later, a part at a time (a large imported pack, read
 * from storage only as far as a page needs it): its place among the entities is kept.
 */
export interface PackSlot {
  id: string;
  entityCount: number;
}

export interface Recognizer {
  /**
   * Every entity of every pack; mentions index into it. A slot's entities are there once added
   * (`addEntities`); mentions are found only of entities whose aliases were added, and their
   * entities must be added before the mentions are used.
   */
  entities: readonly KnownEntity[];
  matcher: Matcher;
  /**
   * Adds aliases of the slot `packId` (entity numbers within the pack), with the hashes of their
   * first two tokens (`startHashes`), and, by entity number, their entities' Wikidata items and
   * types where known (`SlotEntityFacts`); false without such a slot.
   */
  addAliases(
    packId: string,
    aliases: readonly CompiledAlias[],
    hashes: { first: readonly number[]; second?: readonly number[] },
    facts?: SlotEntityFacts,
  ): boolean;
  /**
   * The type of entity `entity`: its own, or for a slot's entity not added yet, the type its
   * aliases came with. What a page needs to draw a mention.
   */
  typeOf(entity: number): EntityType | undefined;
  /** Adds entities of the slot `packId`, each with its number within the pack. */
  addEntities(packId: string, added: readonly (readonly [number, CompiledEntity])[]): boolean;
  /**
   * The other entities of `entity`'s Wikidata item (of other packs, or a pack's own duplicate),
   * in pack order; mentions name `entity` for them all.
   */
  twinsOf(entity: number): number[];
  /** The slot and number within its pack of entity `entity`; undefined for a whole pack's. */
  placeOf(entity: number): { packId: string; index: number } | undefined;
  /** The mentions of known entities in `text` (a page's text model), in text order. */
  recognize(text: string, options: ResolveOptions): ResolvedMention[];
  /** The same work as `recognize`, as steps that may pause between groups of blocks. */
  recognizeSteps(text: string, options: ResolveOptions): Steps<ResolvedMention[]>;
  /** What the last `recognize` did. */
  readonly stats: RecognitionStats;
}

/** A block's matches, with offsets relative to the block's start. */
type BlockMatches = CandidateMatch[];

/** The entities of one Wikidata item, and the aliases that point to them. */
interface Twins {
  /** The first in pack order: the one its aliases point to. */
  canonical: number;
  members: number[];
  aliases: number[];
}

const WIKIDATA_ID = /^Q[1-9]\d{0,11}$/;

/**
 * Builds the matcher and tables for `packs`, and places for the packs of `slots`; the cost grows
 * with the number of aliases.
 */
export function createRecognizer(
  packs: readonly CompiledPack[],
  slots: readonly PackSlot[] = [],
): Recognizer {
  const entities: KnownEntity[] = [];
  const aliasEntity: number[] = [];
  const aliasFlags: number[] = [];
  const aliasFrom: (string | null)[] = [];
  const aliasTo: (string | null)[] = [];
  /** Where each slot's entities start among `entities`, and how many it has. */
  const slotPlaces = new Map<string, { offset: number; count: number }>();
  const twinsByItem = new Map<string, Twins>();
  const twinsOfEntity = new Map<number, Twins>();
  // The types of slots' entities whose aliases came before them.
  const slotTypes = new Map<number, EntityType>();
  // The states each entity's roles are in (entity numbers), where it has any.
  const countries = new Map<number, number[]>();
  /** Notes `list` (numbers within the pack at `offset`, of `count` entities) as `entity`'s states. */
  const noteCountries = (entity: number, list: unknown, offset: number, count: number) => {
    if (!Array.isArray(list)) return;
    const states = list.filter((state): state is number => state >= 0 && state < count);
    if (states.length > 0)
      countries.set(
        entity,
        states.map((state) => offset + state),
      );
  };

  /**
   * The entity that `entity`'s aliases point to: the first of its Wikidata item `wikidata`. An
   * entity of a lower number than the item's first (a stored pack read in another order) becomes
   * its first, and every alias of the item points to it from then on.
   */
  const joinItem = (entity: number, wikidata: unknown): Twins | undefined => {
    const known = twinsOfEntity.get(entity);
    if (known) return known;
    // Stored data may be damaged: what is not an item joins nothing.
    if (typeof wikidata !== 'string' || !WIKIDATA_ID.test(wikidata)) return undefined;
    let twins = twinsByItem.get(wikidata);
    if (!twins) {
      twins = { canonical: entity, members: [], aliases: [] };
      twinsByItem.set(wikidata, twins);
    }
    twins.members.push(entity);
    twins.members.sort((a, b) => a - b);
    twinsOfEntity.set(entity, twins);
    if (entity < twins.canonical) {
      twins.canonical = entity;
      for (const alias of twins.aliases) aliasEntity[alias] = entity;
    }
    return twins;
  };

  /**
   * The matcher entries of `aliases`, entered in the tables with entity numbers from `offset`
   * (their pack has `count` entities).
   */
  const enter = (
    aliases: readonly CompiledAlias[],
    hashes: { first?: readonly unknown[]; second?: readonly unknown[] },
    offset: number,
    count: number,
    wikidataOf: (entity: number) => unknown,
  ): MatcherEntry[] => {
    // A stored pack is not checked again: hashes that do not fit its aliases are not used.
    const fits = (list: readonly unknown[] | undefined) =>
      Array.isArray(list) && list.length === aliases.length ? list : undefined;
    const firstHashes = fits(hashes.first);
    const secondHashes = fits(hashes.second);
    const added: MatcherEntry[] = [];
    for (let index = 0; index < aliases.length; index += 1) {
      const [text, entity, flags, from, to] = aliases[index]!;
      // Stored data may be damaged: an alias of no entity of its pack is left out.
      if (!(entity >= 0 && entity < count)) continue;
      const id = aliasEntity.length;
      const twins = joinItem(offset + entity, wikidataOf(entity));
      aliasEntity.push(twins?.canonical ?? offset + entity);
      twins?.aliases.push(id);
      aliasFlags.push(flags);
      aliasFrom.push(from ?? null);
      aliasTo.push(to ?? null);
      const firstHash = firstHashes?.[index];
      const secondHash = secondHashes?.[index];
      // Plain objects of one shape: a page may add thousands at once.
      added.push(
        typeof firstHash !== 'number'
          ? { text, id }
          : { text, id, firstHash, secondHash: typeof secondHash === 'number' ? secondHash : -1 },
      );
    }
    return added;
  };

  const entries: MatcherEntry[] = [];
  for (const pack of packs) {
    const offset = entities.length;
    for (const entity of pack.entities) {
      noteCountries(entities.length, entity.countries, offset, pack.entities.length);
      entities.push({ ...entity, packId: pack.id });
    }
    // The pack's entities join their items in pack order, whatever order their aliases come in.
    pack.entities.forEach((entity, index) => joinItem(offset + index, entity.wikidata));
    entries.push(
      ...enter(
        pack.aliases,
        { first: pack.firstHashes, second: pack.secondHashes },
        offset,
        pack.entities.length,
        (entity) => pack.entities[entity]?.wikidata,
      ),
    );
  }
  for (const slot of slots) {
    slotPlaces.set(slot.id, { offset: entities.length, count: slot.entityCount });
    entities.length += slot.entityCount;
  }

  const matcher = buildMatcher(entries);
  const typeOf = (entity: number) => entities[entity]?.type ?? slotTypes.get(entity);
  const canonical = (entity: number) => twinsOfEntity.get(entity)?.canonical ?? entity;
  const table: AliasTable = {
    entity: aliasEntity,
    flags: aliasFlags,
    from: aliasFrom,
    to: aliasTo,
    isPerson: (entity) => typeOf(entity) === 'person',
    // Of the entity and its twins, each state as the entity its mentions point to.
    countriesOf: (entity) =>
      (twinsOfEntity.get(entity)?.members ?? [entity]).flatMap((member) =>
        (countries.get(member) ?? []).map(canonical),
      ),
  };
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

  /**
   * Matches the blocks of `text`, remembering each block's matches: blocks seen before cost
   * nothing; new ones are tokenized and matched in groups of about `GROUP_CHARS`, one group a step.
   */
  function* matchAll(
    text: string,
    blocks: readonly { start: number; end: number }[],
    date: string,
  ): Steps<CandidateMatch[]> {
    if (date !== rememberedDate) remembered = new Map();
    rememberedDate = date;
    const accept = holdsOn(date);
    const local = new Map<string, BlockMatches>();
    stats.blocks = blocks.length;
    stats.matchedBlocks = 0;

    // Group the blocks not remembered, and match each group as one text.
    let group: { start: number; end: number }[] = [];
    let groupChars = 0;
    const matchGroup = () => {
      const groupStart = group[0]!.start;
      const groupText = text.slice(groupStart, group.at(-1)!.end);
      const found = matcher.match(tokenize(groupText), accept);
      let cursor = 0;
      for (const block of group) {
        const matches: BlockMatches = [];
        const blockStart = block.start - groupStart;
        const blockEnd = block.end - groupStart;
        while (cursor < found.length && found[cursor]!.start < blockEnd) {
          const match = found[cursor]!;
          matches.push({
            ...toCandidate(match),
            start: match.start - blockStart,
            end: match.end - blockStart,
          });
          cursor += 1;
        }
        local.set(text.slice(block.start, block.end), matches);
        stats.matchedBlocks += 1;
      }
      group = [];
      groupChars = 0;
    };
    for (const [index, block] of blocks.entries()) {
      if (index % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
      const key = text.slice(block.start, block.end);
      const known = local.get(key) ?? remembered.get(key);
      if (known) {
        local.set(key, known);
        // A group is one stretch of text: the blocks before this one are matched apart.
        if (group.length > 0) matchGroup();
        continue;
      }
      group.push(block);
      groupChars += block.end - block.start;
      if (groupChars >= GROUP_CHARS) {
        matchGroup();
        yield;
      }
    }
    if (group.length > 0) matchGroup();
    remembered = local;

    const matches: CandidateMatch[] = [];
    for (const [blockIndex, { start, end }] of blocks.entries()) {
      if (blockIndex % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
      for (const match of local.get(text.slice(start, end))!) {
        matches.push({
          ...match,
          start: match.start + start,
          end: match.end + start,
          block: blockIndex,
        });
      }
    }
    return matches;
  }

  function* recognizeSteps(text: string, options: ResolveOptions): Steps<ResolvedMention[]> {
    const matches = yield* matchAll(text, splitBlocks(text), options.date);
    return resolveMentions(matches, table, options);
  }

  return {
    entities,
    matcher,
    addAliases(packId, aliases, hashes, facts) {
      const place = slotPlaces.get(packId);
      if (!place) return false;
      matcher.add(
        enter(aliases, hashes, place.offset, place.count, (entity) => facts?.wikidata?.[entity]),
      );
      for (const [, entity] of aliases) {
        const type = facts?.types?.[entity];
        if (entity >= 0 && entity < place.count && isEntityType(type)) {
          slotTypes.set(place.offset + entity, type);
        }
      }
      for (const [key, list] of Object.entries(facts?.countries ?? {})) {
        const entity = Number(key);
        if (Number.isInteger(entity) && entity >= 0 && entity < place.count) {
          noteCountries(place.offset + entity, list, place.offset, place.count);
        }
      }
      // What was matched before did not know these aliases.
      remembered = new Map();
      return true;
    },
    typeOf,
    twinsOf(entity) {
      const twins = twinsOfEntity.get(entity);
      return twins ? twins.members.filter((member) => member !== entity) : [];
    },
    placeOf(entity) {
      for (const [packId, { offset, count }] of slotPlaces) {
        if (entity >= offset && entity < offset + count) return { packId, index: entity - offset };
      }
      return undefined;
    },
    addEntities(packId, added) {
      const place = slotPlaces.get(packId);
      if (!place) return false;
      for (const [index, entity] of added) {
        if (!(index >= 0 && index < place.count)) continue;
        entities[place.offset + index] = { ...entity, packId };
        joinItem(place.offset + index, entity.wikidata);
      }
      return true;
    },
    stats,
    recognize: (text, options) => runToEnd(recognizeSteps(text, options)),
    recognizeSteps,
  };
}

/** What resolution needs of a match: all but its token indices, which are the group's own. */
function toCandidate({
  firstToken: _firstToken,
  lastToken: _lastToken,
  ...candidate
}: AliasMatch): CandidateMatch {
  return candidate;
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
