/**
 * Recognition over all enabled packs at once: one matcher for every alias of every pack, and the
 * tables that map its matches back to entities.
 */
import type { CompiledEntity, CompiledPack } from '../knowledge/compile-pack';
import { buildMatcher, type Matcher } from '../matching/build-matcher';
import {
  resolveMentions,
  type ResolvedMention,
  type ResolveOptions,
} from '../matching/resolve-mentions';
import { tokenize } from '../matching/tokenize';

/** An entity of one of the packs, with the pack it comes from. */
export interface KnownEntity extends CompiledEntity {
  packId: string;
}

export interface Recognizer {
  /** Every entity of every pack; mentions index into it. */
  entities: readonly KnownEntity[];
  matcher: Matcher;
  /** The mentions of known entities in `text`, in text order. */
  recognize(text: string, options: ResolveOptions): ResolvedMention[];
}

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
  return {
    entities,
    matcher,
    recognize(text, options) {
      const tokens = tokenize(text);
      return resolveMentions(text, tokens, matcher.match(tokens), table, options);
    },
  };
}
