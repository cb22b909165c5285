/**
 * What a card says about an entity on a page, worked out from the pack and the page's analysis:
 * who this is, the role held on the article's date (and now, where it differs), what this article
 * and the pack say, quotes, relations to others on this page, and where the mention stands among
 * the page's mentions. Every claim carries its date and provenance. Texts stay texts: the card
 * renders them as text.
 */
import type { Mention, PageAnalysis } from '../analysis/analyze-text';
import {
  createNamer,
  describeProvenance,
  holdsOn,
  readQuote,
  type ClaimProvenance,
  type QuoteClaim,
} from '../analysis/read-pack-claims';
import { toWikipediaLink } from './wikipedia-link';
import type { Entity, KnowledgePack, Language, Role, Statement } from '../knowledge/pack-types';

/** Where a claim comes from, ready to show. */
export type CardProvenance = ClaimProvenance;

export interface CardRole {
  title: string;
  of?: string;
  from?: string;
  to?: string;
}

export interface CardClaim {
  text: string;
  date?: string;
  provenance: CardProvenance;
}

export type CardQuote = QuoteClaim;

export interface CardModel {
  entityId: string;
  name: string;
  type: Entity['type'];
  description: string;
  /** The role on the article's date. */
  roleThen?: CardRole;
  /** The role today, where it is not the one on the article's date. */
  roleNow?: CardRole;
  /**
   * Where the article is newer than the packs' offices were last checked (their `asOf`): the day
   * `roleThen` is given for instead, and the card says "Stand …" rather than claim the article's.
   */
  roleThenAsOf?: string;
  /** Likewise for `roleNow`, where today is later than that day. */
  roleNowAsOf?: string;
  /** The article's own sentences that name the entity. */
  articleSays: CardClaim[];
  /** What the pack adds: facts and events. */
  packSays: CardClaim[];
  quotes: CardQuote[];
  /** Relations to other entities this page names. */
  relations: (CardClaim & { otherId: string; otherName: string })[];
  /** The mention the card is for: its place among the entity's mentions on the page (from 1). */
  position: { index: number; count: number };
  /** Where the link rests on rules for short forms: how sure, and who else it may be. */
  uncertainty?: { confidence: number; alternatives: string[] };
  links: { label: string; url: string }[];
  /** The date the page speaks of, which `roleThen` holds on. */
  articleDate: string;
  asOf: string;
  packTitle: string;
}

/** At most this many entries per list: a card is a glance, the popup has the rest. */
export const MAX_CARD_ITEMS = 3;

/** The same entity in another pack (one Wikidata item): its pack and its id there. */
export interface CardTwin {
  pack: KnowledgePack;
  entityId: string;
}

/** An entity as one pack knows it. */
interface Known {
  pack: KnowledgePack;
  entity: Entity;
}

/**
 * The card for `mention` (of an entity of `pack`) on the analysed page. `twins` are the same
 * entity in other packs, in pack order: where packs disagree, the mention's pack (the first in
 * pack order) gives the name, type and description, and a twin fills only what it lacks (a
 * description, the Wikipedia title); roles, facts, quotes and relations come from every pack,
 * each claim with its own pack's provenance.
 */
export function buildCardModel(
  pack: KnowledgePack,
  analysis: PageAnalysis,
  mention: Mention,
  language: Language,
  today: string,
  twins: readonly CardTwin[] = [],
): CardModel | undefined {
  const entity = pack.entities.find((candidate) => candidate.id === mention.entityId);
  if (!entity) return undefined;
  const known: Known[] = [
    { pack, entity },
    ...twins.flatMap(({ pack: twinPack, entityId }) => {
      const twin = twinPack.entities.find((candidate) => candidate.id === entityId);
      return twin ? [{ pack: twinPack, entity: twin }] : [];
    }),
  ];
  const namers = new Map(known.map(({ pack: p }) => [p.id, createNamer(p, language)]));
  const nameOf = namers.get(pack.id)!;
  const toCardRole = ({ role, namer }: { role: Role; namer: (id: string) => string }) => ({
    title: role.title[language],
    ...(role.of !== undefined && { of: namer(role.of) }),
    ...(role.from !== undefined && { from: role.from }),
    ...(role.to !== undefined && { to: role.to }),
  });

  const roles = known.flatMap(({ pack: p, entity: e }) =>
    (e.roles ?? []).map((role) => ({ role, namer: namers.get(p.id)! })),
  );
  // The last day the packs' offices were checked: no role is claimed for a later one.
  const checked = known
    .map(({ pack: p }) => p.asOf)
    .sort()
    .at(-1)!;
  const thenDate = analysis.date > checked ? checked : analysis.date;
  const nowDate = today > checked ? checked : today;
  const roleThen = roles.find(({ role }) => holdsOn(role, thenDate));
  const roleNow = roles.find(({ role }) => holdsOn(role, nowDate));

  const onPage = analysis.entities.find(
    (candidate) => candidate.entityId === entity.id && candidate.packId === pack.id,
  );
  const articleSays: CardClaim[] = (onPage?.sentences ?? [])
    .slice(0, MAX_CARD_ITEMS)
    .map((index) => ({
      text: analysis.sentences[index]!.text,
      ...(analysis.metadata.publishedAt !== undefined && { date: analysis.metadata.publishedAt }),
      provenance: { kind: 'article' },
    }));

  const byDate = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);
  /** Every pack's statements about its entry for the entity, with the pack. */
  const statements = known.flatMap(({ pack: p, entity: e }) =>
    p.statements.map((statement) => ({ statement, pack: p, id: e.id })),
  );
  const packSays = statements
    .filter(
      ({ statement, id }) =>
        statement.subject === id && (statement.kind === 'fact' || statement.kind === 'event'),
    )
    .sort((a, b) => byDate(a.statement, b.statement))
    .slice(0, MAX_CARD_ITEMS)
    .map(({ statement, pack: p }) => ({
      text: statement.text[language],
      date: statement.date,
      provenance: describeProvenance(p, statement.provenance),
    }));

  const quotes: CardQuote[] = statements
    .filter(({ statement, id }) => statement.kind === 'quote' && statement.quote.speaker === id)
    .sort((a, b) => byDate(a.statement, b.statement))
    .slice(0, MAX_CARD_ITEMS)
    .map(({ statement, pack: p }) =>
      readQuote(p, statement as Extract<Statement, { kind: 'quote' }>, language, namers.get(p.id)!),
    );

  // Who this page names, in each pack's own ids: an entity named here, and its twins.
  const namedHere = new Set(
    analysis.entities.flatMap((other) =>
      [other, ...(other.twins ?? [])].map(({ packId, entityId }) => `${packId}/${entityId}`),
    ),
  );
  const relations = statements
    .flatMap(({ statement, pack: p, id }) => {
      if (statement.kind !== 'relation') return [];
      if (statement.subject !== id && statement.object !== id) return [];
      const otherId = statement.subject === id ? statement.object : statement.subject;
      if (otherId === id || !namedHere.has(`${p.id}/${otherId}`)) return [];
      return [{ statement, pack: p, otherId }];
    })
    .sort((a, b) => byDate(a.statement, b.statement))
    .slice(0, MAX_CARD_ITEMS)
    .map(({ statement, pack: p, otherId }) => ({
      text: statement.text[language],
      date: statement.date,
      provenance: describeProvenance(p, statement.provenance),
      otherId,
      otherName: namers.get(p.id)!(otherId),
    }));

  const mentionIndex = analysis.mentions.indexOf(mention);
  const position = {
    index: (onPage?.mentions.indexOf(mentionIndex) ?? 0) + 1,
    count: onPage?.count ?? 1,
  };
  // The Wikipedia article the first pack that knows its title names, else a search.
  const titled = known.find(({ entity: e }) => e.refs?.wikipedia?.[language] !== undefined);
  const links = [toWikipediaLink(titled?.entity ?? entity, language)];
  const description =
    known.map(({ entity: e }) => e.description[language]).find((text) => text !== '') ?? '';

  return {
    entityId: entity.id,
    name: entity.names[language],
    type: entity.type,
    description,
    ...(roleThen && { roleThen: toCardRole(roleThen) }),
    ...(roleNow && roleNow !== roleThen && { roleNow: toCardRole(roleNow) }),
    ...(roleThen && thenDate !== analysis.date && { roleThenAsOf: thenDate }),
    ...(roleNow && roleNow !== roleThen && nowDate !== today && { roleNowAsOf: nowDate }),
    articleSays,
    packSays,
    quotes,
    relations,
    position,
    ...(mention.kind === 'short' &&
      mention.confidence < 1 && {
        uncertainty: {
          confidence: mention.confidence,
          alternatives: (mention.alternatives ?? []).map(nameOf),
        },
      }),
    links,
    articleDate: analysis.date,
    asOf: pack.asOf,
    packTitle: pack.title[language],
  };
}
