/**
 * Reading a pack's claims for display, shared by the cards and the popup: the role an entity held
 * on a date, where a claim comes from, and a quote with its speaker's channel and translation.
 */
import type {
  Entity,
  KnowledgePack,
  Language,
  Provenance,
  Role,
  Statement,
} from '../knowledge/pack-types';

/** Where a claim comes from, ready to show. */
export type ClaimProvenance =
  | { kind: 'source'; publisher: string; date: string }
  | { kind: 'background' }
  | { kind: 'article' };

/** A quote statement of a pack. */
export type QuoteStatement = Extract<Statement, { kind: 'quote' }>;

/** A relation statement of a pack. */
export type RelationStatement = Extract<Statement, { kind: 'relation' }>;

/** A quote, ready to show. */
export interface QuoteClaim {
  /** The words as the source gives them. */
  text: string;
  /** The words in the reader's language, where the pack has them and the quote is in another. */
  translation?: string;
  /** The name of who passed it on ("KCNA"). */
  channel?: string;
  date: string;
  provenance: ClaimProvenance;
}

/** Whether `date` ("YYYY[-MM[-DD]]") lies within a role's dates (partial dates by prefix). */
export function holdsOn(role: Pick<Role, 'from' | 'to'>, date: string): boolean {
  if (role.from !== undefined && date.slice(0, role.from.length) < role.from) return false;
  if (role.to !== undefined && date.slice(0, role.to.length) > role.to) return false;
  return true;
}

/** The role an entity held on `date`, if the pack knows one. */
export function findRoleOn(entity: Entity, date: string): Role | undefined {
  return entity.roles?.find((role) => holdsOn(role, date));
}

/** A claim's provenance as the reader sees it: the source's publisher and date, or background. */
export function describeProvenance(pack: KnowledgePack, provenance: Provenance): ClaimProvenance {
  if ('background' in provenance) return { kind: 'background' };
  const source = pack.sources.find((candidate) => candidate.id === provenance.source);
  return source
    ? { kind: 'source', publisher: source.publisher, date: source.date }
    : { kind: 'background' };
}

/** A function from an entity id of `pack` to its name in `language` (the id where unknown). */
export function createNamer(pack: KnowledgePack, language: Language): (id: string) => string {
  const names = new Map(pack.entities.map((entity) => [entity.id, entity.names[language]]));
  return (id) => names.get(id) ?? id;
}

/** A quote of `pack`, in `language`, with its channel named. */
export function readQuote(
  pack: KnowledgePack,
  statement: QuoteStatement,
  language: Language,
  nameOf: (id: string) => string,
): QuoteClaim {
  const { quote } = statement;
  const translation = quote.language === language ? undefined : quote.translation?.[language];
  return {
    text: quote.text,
    ...(translation !== undefined && { translation }),
    ...(quote.channel !== undefined && { channel: nameOf(quote.channel) }),
    date: statement.date,
    provenance: describeProvenance(pack, statement.provenance),
  };
}
