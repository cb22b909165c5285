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

/** The card for `mention` (of an entity of `pack`) on the analysed page. */
export function buildCardModel(
  pack: KnowledgePack,
  analysis: PageAnalysis,
  mention: Mention,
  language: Language,
  today: string,
): CardModel | undefined {
  const entity = pack.entities.find((candidate) => candidate.id === mention.entityId);
  if (!entity) return undefined;
  const nameOf = createNamer(pack, language);
  const toCardRole = (role: Role): CardRole => ({
    title: role.title[language],
    ...(role.of !== undefined && { of: nameOf(role.of) }),
    ...(role.from !== undefined && { from: role.from }),
    ...(role.to !== undefined && { to: role.to }),
  });

  const roles = entity.roles ?? [];
  const roleThen = roles.find((role) => holdsOn(role, analysis.date));
  const roleNow = roles.find((role) => holdsOn(role, today));

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

  const about = (statement: Statement) => statement.subject === entity.id;
  const byDate = (a: Statement, b: Statement) => b.date.localeCompare(a.date);
  const packSays = pack.statements
    .filter(
      (statement) => about(statement) && (statement.kind === 'fact' || statement.kind === 'event'),
    )
    .sort(byDate)
    .slice(0, MAX_CARD_ITEMS)
    .map((statement) => ({
      text: statement.text[language],
      date: statement.date,
      provenance: describeProvenance(pack, statement.provenance),
    }));

  const quotes: CardQuote[] = pack.statements
    .filter((statement) => statement.kind === 'quote' && statement.quote.speaker === entity.id)
    .sort(byDate)
    .slice(0, MAX_CARD_ITEMS)
    .map((statement) =>
      readQuote(pack, statement as Extract<Statement, { kind: 'quote' }>, language, nameOf),
    );

  const namedHere = new Set(
    analysis.entities.filter((other) => other.packId === pack.id).map((other) => other.entityId),
  );
  const relations = pack.statements
    .filter(
      (statement): statement is Extract<Statement, { kind: 'relation' }> =>
        statement.kind === 'relation' &&
        (statement.subject === entity.id || statement.object === entity.id),
    )
    .map((statement) => ({
      statement,
      otherId: statement.subject === entity.id ? statement.object : statement.subject,
    }))
    .filter(({ otherId }) => otherId !== entity.id && namedHere.has(otherId))
    .sort((a, b) => byDate(a.statement, b.statement))
    .slice(0, MAX_CARD_ITEMS)
    .map(({ statement, otherId }) => ({
      text: statement.text[language],
      date: statement.date,
      provenance: describeProvenance(pack, statement.provenance),
      otherId,
      otherName: nameOf(otherId),
    }));

  const mentionIndex = analysis.mentions.indexOf(mention);
  const position = {
    index: (onPage?.mentions.indexOf(mentionIndex) ?? 0) + 1,
    count: onPage?.count ?? 1,
  };
  const links = [toWikipediaLink(entity, language)];

  return {
    entityId: entity.id,
    name: entity.names[language],
    type: entity.type,
    description: entity.description[language],
    ...(roleThen && { roleThen: toCardRole(roleThen) }),
    ...(roleNow && roleNow !== roleThen && { roleNow: toCardRole(roleNow) }),
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
