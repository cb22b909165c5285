/**
 * Annotating a document in one go, outside a browser (`npm run kontext -- annotate`, the accuracy
 * fixtures): the steps the content script takes in slices (`annotatePage`) — article region, page
 * metadata, text model, recognition and resolution — run to the end, with the mentions as plain
 * data instead of highlights. The document is only read.
 */
import { analyzeText } from '../analysis/analyze-text';
import type { Recognizer } from '../analysis/create-recognizer';
import { collectText } from '../dom/collect-text';
import { pickPageLanguage } from '../i18n/pick-language';
import type { AliasKind } from '../knowledge/compile-pack';
import type { EntityType, KnowledgePack, Language } from '../knowledge/pack-types';
import {
  findArticleRegion,
  type ArticleRegion,
  type ArticleRegionSource,
} from '../page/find-article-region';
import { readPageMetadata } from '../page/read-page-metadata';

/** Where the article's text came from: found as on a page, or `"text"` for a plain text. */
export type AnnotatedRegionSource = ArticleRegionSource | 'text';

/** One mention, with what a reader or a measurement needs to know of it. */
export interface AnnotatedMention {
  /** Offsets (JavaScript string indices) into `DocumentAnnotation.region.text`. */
  start: number;
  end: number;
  /** `region.text.slice(start, end)`. */
  text: string;
  /** The entity's id, and the id of the pack it comes from. */
  entity: string;
  pack: string;
  type: EntityType;
  /** The kind of alias the words are (a short form that points back to a full name is short). */
  kind: AliasKind;
  confidence: number;
  /** The entity's Wikidata item, where its pack gives one (no key otherwise). */
  wikidata?: string;
}

export interface DocumentAnnotation {
  /** The language the page is read in: its own where Kontext speaks it. */
  language: Language;
  /** The date the page is read at: its publication date, else `today`. */
  date: string;
  /** The article region: how it was found, and its text model (`collectText`). */
  region: { source: AnnotatedRegionSource; text: string };
  /** In text order. */
  mentions: AnnotatedMention[];
}

export interface AnnotateDocumentOptions {
  recognizer: Recognizer;
  /** The packs of `recognizer`'s entities, by id: where the mentions' Wikidata items come from. */
  packs: ReadonlyMap<string, KnowledgePack>;
  /** "YYYY-MM-DD": the date of a page that gives none. */
  today: string;
  /**
   * The page's language where the page gives none: recognized and read as if the page said it.
   * Where the page names a language Kontext does not speak, the page is read in this one.
   */
  language?: Language;
  /**
   * The document holds a plain text, as `<p>` paragraphs in its body: the whole body is the
   * article (source `"text"`), where finding the article would take a short text for no article.
   */
  isPlainText?: boolean;
}

/** Each pack's entities' Wikidata items by entity id, made once per pack. */
const wikidataByPack = new WeakMap<KnowledgePack, ReadonlyMap<string, string>>();

function readWikidata(pack: KnowledgePack | undefined, entityId: string): string | undefined {
  if (!pack) return undefined;
  let items = wikidataByPack.get(pack);
  if (!items) {
    const made = new Map<string, string>();
    for (const entity of pack.entities) {
      if (entity.refs?.wikidata) made.set(entity.id, entity.refs.wikidata);
    }
    items = made;
    wikidataByPack.set(pack, items);
  }
  return items.get(entityId);
}

function findPlainTextRegion(doc: Document): ArticleRegion {
  // `source` is only read for the answer, which says "text" instead.
  return { root: doc.body, isExcluded: () => false, source: 'body' };
}

/**
 * Annotates `doc` as the content script would (same region, metadata, text model, recognizer
 * and resolution), synchronously. Never changes the document; throws only where the engine
 * would throw on the page too.
 */
export function annotateDocument(
  doc: Document,
  options: AnnotateDocumentOptions,
): DocumentAnnotation {
  const { recognizer, language } = options;
  const region = options.isPlainText ? findPlainTextRegion(doc) : findArticleRegion(doc);
  const found = readPageMetadata(doc, region);
  const metadata = found.language || !language ? found : { ...found, language };
  const { text } = collectText(region.root, region);
  const analysis = analyzeText(text, recognizer, {
    metadata,
    // As the content script picks it, with `language` for the reader's languages.
    language: pickPageLanguage(metadata.language, doc, language ? [language] : []),
    today: options.today,
  });

  const typeOf = new Map<number, EntityType>();
  for (const entity of analysis.entities) {
    for (const index of entity.mentions) typeOf.set(index, entity.type);
  }
  const mentions = analysis.mentions.map((mention, index): AnnotatedMention => {
    const wikidata = readWikidata(options.packs.get(mention.packId), mention.entityId);
    return {
      start: mention.start,
      end: mention.end,
      text: text.slice(mention.start, mention.end),
      entity: mention.entityId,
      pack: mention.packId,
      type: typeOf.get(index)!,
      kind: mention.kind,
      confidence: mention.confidence,
      ...(wikidata !== undefined && { wikidata }),
    };
  });
  return {
    language: analysis.language,
    date: analysis.date,
    region: { source: options.isPlainText ? 'text' : region.source, text },
    mentions,
  };
}
