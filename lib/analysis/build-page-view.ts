/**
 * The popup's view of an analysed page (see `messages/page-view.ts`), in the reader's language:
 * the page and the packs that matched, the entities by type with their role on the article's date
 * and where their mentions stand, the quotes of the entities on the page, the relations between
 * them, the timeline and the gist. Runs in the content script, which has the page and the packs;
 * the result is plain data for a message.
 */
import type { EntityType, KnowledgePack, Language } from '../knowledge/pack-types';
import type { EntityView, PageView, QuoteView, RelationView } from '../messages/page-view';
import { UNCERTAIN_BELOW } from '../matching/resolve-mentions';
import type { PageAnalysis } from './analyze-text';
import { drawnAnalysis } from './drawn-analysis';
import { buildTimeline } from './build-timeline';
import { pickGist } from './pick-gist';
import {
  createNamer,
  describeProvenance,
  findRoleOn,
  readQuote,
  type QuoteStatement,
  type RelationStatement,
} from './read-pack-claims';

/** The order of the popup's groups. */
const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'state', 'place'];
/** Positions are fractions with this many digits: finer than any strip shows. */
const POSITION_DIGITS = 4;

export interface PageViewInput {
  analysis: PageAnalysis;
  /** The article's text, as analysed (for quotes the article itself has). */
  text: string;
  /** The full packs, by id. */
  packs: ReadonlyMap<string, KnowledgePack>;
  /** The reader's language: names and texts come in it. */
  language: Language;
  /** The page's host. */
  host: string;
  /**
   * Whether the page draws states' adjectives: where it does not, the counts and ticks are of the
   * other mentions, and each entity says how often it is also named by its adjective.
   */
  adjectivesShown: boolean;
}

/** Text as compared for quotes: typographic quotes and dashes plain, white space single. */
function normalizeForSearch(text: string): string {
  return text
    .replace(/[„“”«»‚‘’"']/g, '')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function round(value: number): number {
  const factor = 10 ** POSITION_DIGITS;
  return Math.round(value * factor) / factor;
}

/** The view of `analysis` for the popup. */
export function buildPageView({
  analysis: full,
  text,
  packs,
  language,
  host,
  adjectivesShown,
}: PageViewInput): PageView {
  const analysis = drawnAnalysis(full, adjectivesShown);
  const adjectivesOf = new Map<string, number>();
  for (const mention of full.mentions) {
    if (mention.kind !== 'adjective') continue;
    const key = `${mention.packId}/${mention.entityId}`;
    adjectivesOf.set(key, (adjectivesOf.get(key) ?? 0) + 1);
  }

  const matched = [...new Set(analysis.entities.map((entity) => entity.packId))]
    .map((id) => packs.get(id))
    .filter((pack): pack is KnowledgePack => pack !== undefined);
  const onPage = new Set(analysis.entities.map((e) => `${e.packId}/${e.entityId}`));
  const length = Math.max(1, analysis.textLength);

  const entities: EntityView[] = analysis.entities.map((onPageEntity) => {
    const entity = packs
      .get(onPageEntity.packId)
      ?.entities.find((candidate) => candidate.id === onPageEntity.entityId);
    // The role on the article's date, from the entity's pack or, failing that, another pack's.
    const role = [
      entity,
      ...(onPageEntity.twins ?? []).map(({ packId, entityId }) =>
        packs.get(packId)?.entities.find((candidate) => candidate.id === entityId),
      ),
    ]
      .map((known) => known && findRoleOn(known, analysis.date))
      .find((found) => found !== undefined);
    const adjectives = adjectivesOf.get(`${onPageEntity.packId}/${onPageEntity.entityId}`) ?? 0;
    // Linked with a low confidence: the card names the alternatives, the popup counts them apart.
    const uncertain = onPageEntity.mentions.filter(
      (index) => analysis.mentions[index]!.confidence < UNCERTAIN_BELOW,
    ).length;
    return {
      packId: onPageEntity.packId,
      entityId: onPageEntity.entityId,
      name: onPageEntity.names[language],
      type: onPageEntity.type,
      ...(role && { role: role.title[language] }),
      count: onPageEntity.count,
      ...(adjectives > 0 && { adjectives }),
      ...(uncertain > 0 && { uncertain }),
      positions: onPageEntity.mentions.map((index) =>
        round(Math.min(1, analysis.mentions[index]!.start / length)),
      ),
    };
  });
  const groups = TYPE_ORDER.map((type) => ({
    type,
    entities: entities.filter((entity) => entity.type === type),
  })).filter((group) => group.entities.length > 0);

  const searchable = normalizeForSearch(text);
  const quotes: (QuoteView & { at: number })[] = [];
  const relations: RelationView[] = [];
  for (const pack of matched) {
    const nameOf = createNamer(pack, language);
    const isOnPage = (id: string) => onPage.has(`${pack.id}/${id}`);
    for (const statement of pack.statements) {
      if (statement.kind === 'quote' && isOnPage(statement.quote.speaker)) {
        const claim = readQuote(pack, statement as QuoteStatement, language, nameOf);
        const at = searchable.indexOf(normalizeForSearch(claim.text));
        quotes.push({
          id: statement.id,
          packId: pack.id,
          speakerId: statement.quote.speaker,
          speaker: nameOf(statement.quote.speaker),
          ...claim,
          language: statement.quote.language,
          onPage: at !== -1,
          at,
        });
      }
      if (
        statement.kind === 'relation' &&
        statement.subject !== statement.object &&
        isOnPage(statement.subject) &&
        isOnPage(statement.object)
      ) {
        const relation = statement as RelationStatement;
        relations.push({
          id: relation.id,
          packId: pack.id,
          subjectId: relation.subject,
          subject: nameOf(relation.subject),
          relation: relation.relation,
          objectId: relation.object,
          object: nameOf(relation.object),
          text: relation.text[language],
          date: relation.date,
          provenance: describeProvenance(pack, relation.provenance),
        });
      }
    }
  }
  // The article's own quotes first, as it has them; then the pack's, newest first.
  quotes.sort((a, b) =>
    a.onPage && b.onPage
      ? a.at - b.at
      : a.onPage !== b.onPage
        ? Number(b.onPage) - Number(a.onPage)
        : b.date.localeCompare(a.date),
  );

  const { metadata } = analysis;
  return {
    host,
    page: {
      title: metadata.title,
      ...(metadata.siteName !== undefined && { siteName: metadata.siteName }),
      ...(metadata.publishedAt !== undefined && { publishedAt: metadata.publishedAt }),
      ...(metadata.language !== undefined && { language: metadata.language }),
      date: analysis.date,
    },
    packs: matched.map((pack) => ({ id: pack.id, title: pack.title[language], asOf: pack.asOf })),
    mentionCount: analysis.mentions.length,
    adjectivesShown,
    groups,
    quotes: quotes.map(({ at: _at, ...quote }) => quote),
    relations,
    timeline: buildTimeline({ analysis, packs: matched, language }),
    gist: pickGist(analysis).map((index) => analysis.sentences[index]!.text),
  };
}
