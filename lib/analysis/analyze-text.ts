/**
 * The analysis of a page, computed once and shared by the highlights, the cards and the popup:
 * every mention with its entity, kind and confidence; every entity with its count, positions and
 * the sentences it stands in; the page's metadata. Offsets point into the page's text model.
 */
import type { AliasKind } from '../knowledge/compile-pack';
import type { EntityType, Language, LocalizedText } from '../knowledge/pack-types';
import type { PageMetadata } from '../page/read-page-metadata';
import { runToEnd, type Steps } from '../async/run-sliced';
import type { ResolvedMention } from '../matching/resolve-mentions';
import type { Recognizer } from './create-recognizer';
import { createPhotoCreditTest } from './find-photo-credits';
import { createSentenceLocator } from './locate-sentences';

export interface Mention {
  start: number;
  end: number;
  entityId: string;
  packId: string;
  kind: AliasKind;
  confidence: number;
  /** Ids of other entities (same pack) the words may stand for, where rules could not settle it. */
  alternatives?: string[];
  /** Index into `PageAnalysis.sentences`. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** The sentence's text, cut at `MAX_SENTENCE_LENGTH`. */
  text: string;
}

/** An entity of a pack: where its knowledge is. */
export interface PackEntity {
  packId: string;
  entityId: string;
}

export interface EntityOnPage {
  entityId: string;
  packId: string;
  /**
   * The same entity in other packs (one Wikidata item), as far as the page has read them: the
   * cards add what those packs say.
   */
  twins?: PackEntity[];
  type: EntityType;
  names: LocalizedText;
  count: number;
  /** Indices into `PageAnalysis.mentions`, in text order. */
  mentions: number[];
  /** Indices into `PageAnalysis.sentences`, each once, in text order. */
  sentences: number[];
}

export interface PageAnalysis {
  metadata: PageMetadata;
  /** The language the page is read in: the page's own where Kontext speaks it. */
  language: Language;
  /** The date the page speaks of: its publication date, else the day it was read. */
  date: string;
  textLength: number;
  mentions: Mention[];
  /** Entities by number of mentions, then by first mention. */
  entities: EntityOnPage[];
  sentences: Sentence[];
}

/** Sentences longer than this are cut: a card or the popup shows a sentence, not a page. */
export const MAX_SENTENCE_LENGTH = 600;

export interface AnalyzeContext {
  metadata: PageMetadata;
  /** Kontext's language for the page (cards and names). */
  language: Language;
  /** Today, "YYYY-MM-DD": the date for pages that give none. */
  today: string;
}

/** Mentions mapped to entities and sentences per step of `analyzeTextSteps`. */
const MENTIONS_PER_STEP = 250;

/** Analyzes a page's text model with `recognizer`. */
export function analyzeText(
  text: string,
  recognizer: Recognizer,
  context: AnalyzeContext,
): PageAnalysis {
  return runToEnd(analyzeTextSteps(text, recognizer, context));
}

/** The same work as `analyzeText`, as steps that may pause (see `runInSlices`). */
export function* analyzeTextSteps(
  text: string,
  recognizer: Recognizer,
  context: AnalyzeContext,
): Steps<PageAnalysis> {
  const resolved = yield* recognizeTextSteps(text, recognizer, context);
  return yield* describeMentionsSteps(text, recognizer, resolved, context);
}

/** The date a page speaks of: its publication date, else the day it is read. */
function pageDate(context: AnalyzeContext): string {
  return context.metadata.publishedAt ?? context.today;
}

/**
 * The first half of the analysis: the mentions of known entities, all a page's highlights need,
 * without those in photo credits ("Foto: REUTERS", see `createPhotoCreditTest`). Steps that may
 * pause between groups of blocks.
 */
export function* recognizeTextSteps(
  text: string,
  recognizer: Recognizer,
  context: AnalyzeContext,
): Steps<ResolvedMention[]> {
  const mentions = yield* recognizer.recognizeSteps(text, {
    date: pageDate(context),
    language: context.metadata.language,
  });
  const isInPhotoCredit = createPhotoCreditTest(text);
  const kept: ResolvedMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    // Each mention's block is searched once: on a page of many captions, that takes a while.
    if (index > 0 && index % MENTIONS_PER_STEP === 0) yield;
    const mention = mentions[index]!;
    if (!isInPhotoCredit(mention.start, mention.end)) kept.push(mention);
  }
  return kept;
}

/**
 * The second half: the mentions `recognizeTextSteps` found, with their sentences and entities,
 * for cards and the popup. Sentences are found with `Intl.Segmenter`, which takes a while to make
 * in a fresh page: this half can wait until the highlights are drawn.
 */
export function* describeMentionsSteps(
  text: string,
  recognizer: Recognizer,
  resolved: readonly ResolvedMention[],
  context: AnalyzeContext,
): Steps<PageAnalysis> {
  const date = pageDate(context);
  const locateSentence = createSentenceLocator(text, context.metadata.language ?? context.language);

  const sentences: Sentence[] = [];
  const sentenceIndex = new Map<number, number>();
  const byEntity = new Map<number, EntityOnPage>();
  const mentions: Mention[] = [];
  for (const [index, found] of resolved.entries()) {
    if (index > 0 && index % MENTIONS_PER_STEP === 0) yield;
    const entity = recognizer.entities[found.entity]!;
    const span = locateSentence(found.start);
    let sentence = sentenceIndex.get(span.start);
    if (sentence === undefined) {
      sentence = sentences.length;
      sentenceIndex.set(span.start, sentence);
      sentences.push({
        start: span.start,
        end: span.end,
        // As a reader sees it: the page's line breaks and indentation are one space.
        text: text
          .slice(span.start, Math.min(span.end, span.start + MAX_SENTENCE_LENGTH))
          .replace(/\s+/g, ' '),
      });
    }
    let onPage = byEntity.get(found.entity);
    if (!onPage) {
      const twins = recognizer.twinsOf(found.entity).flatMap((twin): PackEntity[] => {
        const known = recognizer.entities[twin];
        return known ? [{ packId: known.packId, entityId: known.id }] : [];
      });
      onPage = {
        entityId: entity.id,
        packId: entity.packId,
        ...(twins.length > 0 && { twins }),
        type: entity.type,
        names: entity.names,
        count: 0,
        mentions: [],
        sentences: [],
      };
      byEntity.set(found.entity, onPage);
    }
    onPage.count += 1;
    onPage.mentions.push(index);
    if (onPage.sentences.at(-1) !== sentence) onPage.sentences.push(sentence);
    mentions.push({
      start: found.start,
      end: found.end,
      entityId: entity.id,
      packId: entity.packId,
      kind: found.kind,
      confidence: found.confidence,
      ...(found.alternatives && {
        alternatives: found.alternatives.map((other) => recognizer.entities[other]!.id),
      }),
      sentence,
    });
  }

  const entities = [...byEntity.values()].sort(
    (a, b) => b.count - a.count || a.mentions[0]! - b.mentions[0]!,
  );
  return {
    metadata: context.metadata,
    language: context.language,
    date,
    textLength: text.length,
    mentions,
    entities,
    sentences,
  };
}
