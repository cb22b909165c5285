/**
 * The compiled form of a knowledge pack: only what recognition needs (entity ids, types and
 * display names; every alias with its flags), in a compact shape that loads without validation.
 * Bundled packs are compiled at build time, readers' packs when they are imported, so a page
 * never parses or checks a whole pack.
 */
import { startHashes } from '../matching/build-matcher';
import type { EntityType, KnowledgePack, LocalizedText } from './pack-types';

/**
 * Bumped whenever the compiled shape changes; stored compiled packs of another version are rebuilt.
 * Format 5 names the states each entity's roles are in (`CompiledEntity.countries`).
 */
export const COMPILED_FORMAT = 5;

export type AliasKind = 'full' | 'short' | 'epithet' | 'adjective';

/** Alias flags, packed into one number. */
export const enum AliasFlag {
  /** The low two bits: 0 full, 1 short, 2 epithet, 3 adjective. */
  KindMask = 0b11,
  Standalone = 0b100,
  Shared = 0b1000,
  /** A word of other names too ("Jordan"): see `inOtherNames` in the pack format. */
  InOtherNames = 0b1_0000,
  /** A phrase that is no mention ("US-Dollar"): see `mention` in the pack format. */
  NoMention = 0b10_0000,
}

const KIND_CODES: Record<AliasKind, number> = { full: 0, short: 1, epithet: 2, adjective: 3 };
const KINDS: AliasKind[] = ['full', 'short', 'epithet', 'adjective'];

/** An alias: its text, the index of its entity, its flags, and the dates it holds between. */
export type CompiledAlias =
  | [text: string, entity: number, flags: number]
  | [text: string, entity: number, flags: number, from: string | null, to: string | null];

export interface CompiledEntity {
  id: string;
  type: EntityType;
  names: LocalizedText;
  /** Its Wikidata item: entities of several packs with one item are one entity on a page. */
  wikidata?: string;
  /**
   * The states (by index in the pack) its roles are in: a name that several entities share goes
   * to the one of the state the page is about ("Bundesrat" on a page about Berlin).
   */
  countries?: number[];
}

export interface CompiledPack {
  compiledFormat: typeof COMPILED_FORMAT;
  id: string;
  version: string;
  asOf: string;
  title: LocalizedText;
  entities: CompiledEntity[];
  aliases: CompiledAlias[];
  /**
   * The hash of each alias's first word (`startHashes`), in the order of `aliases`: a page puts
   * into its matcher only the aliases whose first words it has (see `MatcherEntry.firstHash`).
   */
  firstHashes: number[];
  /** The hash of each alias's second token, -1 for one word (see `MatcherEntry.secondHash`). */
  secondHashes: number[];
}

/**
 * What recognition keeps of an entity: its id, type, names and Wikidata item, and the states its
 * roles are in, by their index in the pack (`stateIndex`; none where it is not given).
 */
export function compileEntity(
  entity: KnowledgePack['entities'][number],
  stateIndex?: ReadonlyMap<string, number>,
): CompiledEntity {
  const wikidata = entity.refs?.wikidata;
  const countries = [
    ...new Set(entity.roles?.flatMap(({ of }) => stateIndex?.get(of ?? '') ?? []) ?? []),
  ];
  return {
    id: entity.id,
    type: entity.type,
    names: entity.names,
    ...(wikidata !== undefined && { wikidata }),
    ...(countries.length > 0 && { countries }),
  };
}

/** The kind of an alias from its flags. */
export function aliasKind(flags: number): AliasKind {
  return KINDS[flags & AliasFlag.KindMask] ?? 'full';
}

/**
 * Compiles a valid pack (checked by `checkPack`). Aliases of all languages go in, each text once
 * per entity, with irregular forms as aliases of their own.
 */
export function compilePack(pack: KnowledgePack): CompiledPack {
  const aliases: CompiledAlias[] = [];
  const stateIndex = new Map(
    pack.entities.flatMap(({ id, type }, index) =>
      type === 'state' ? [[id, index] as const] : [],
    ),
  );
  const entities: CompiledEntity[] = pack.entities.map((entity, index) => {
    const seen = new Set<string>();
    for (const list of Object.values(entity.aliases)) {
      for (const alias of list ?? []) {
        const flags =
          KIND_CODES[alias.kind] |
          (alias.standalone ? AliasFlag.Standalone : 0) |
          (alias.shared ? AliasFlag.Shared : 0) |
          (alias.inOtherNames ? AliasFlag.InOtherNames : 0) |
          (alias.mention === false ? AliasFlag.NoMention : 0);
        for (const text of [alias.text, ...(alias.forms ?? [])]) {
          const key = `${text}\u0000${flags}\u0000${alias.from ?? ''}\u0000${alias.to ?? ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          aliases.push(
            alias.from || alias.to
              ? [text, index, flags, alias.from ?? null, alias.to ?? null]
              : [text, index, flags],
          );
        }
      }
    }
    return compileEntity(entity, stateIndex);
  });
  const starts = startHashes(aliases.map(([text]) => text));
  return {
    compiledFormat: COMPILED_FORMAT,
    id: pack.id,
    version: pack.version,
    asOf: pack.asOf,
    title: pack.title,
    entities,
    aliases,
    firstHashes: starts.first,
    secondHashes: starts.second,
  };
}
