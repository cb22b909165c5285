/**
 * Runs an accuracy fixture through the engine as the content script does (article region, page
 * metadata, text model, analysis with the bundled pack) and scores the mentions against its gold.
 * Shared by the accuracy test (happy-dom's globals) and `npm run accuracy` (a happy-dom `Window`
 * of its own): the caller parses the page, so both score the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeText, type PageAnalysis } from '../../../lib/analysis/analyze-text';
import { createRecognizer, type Recognizer } from '../../../lib/analysis/create-recognizer';
import { collectText } from '../../../lib/dom/collect-text';
import { compilePack } from '../../../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../../../lib/knowledge/pack-types';
import { findArticleRegion } from '../../../lib/page/find-article-region';
import { readPageMetadata } from '../../../lib/page/read-page-metadata';
import type { AccuracyExpectation } from '../../fixtures/accuracy';
import { evaluateMentions, type Evaluation } from './evaluate-mentions';

/**
 * The pack the fixtures' gold is written against. A path, not a URL: under happy-dom the global
 * `URL` is happy-dom's, which `readFileSync` does not take.
 */
export const BUNDLED_PACK_PATH = resolve(
  import.meta.dirname,
  '../../../assets/knowledge/kim-putin-2023.json',
);

/** A recognizer over the bundled pack, read from disk (not through the build's virtual module). */
export function createBundledRecognizer(): Recognizer {
  const pack = JSON.parse(readFileSync(BUNDLED_PACK_PATH, 'utf8')) as KnowledgePack;
  return createRecognizer([compilePack(pack)]);
}

export interface AccuracyResult {
  /** The text model of the page's article region. */
  text: string;
  analysis: PageAnalysis;
  evaluation: Evaluation;
}

/** Analyzes `doc` (a fixture's page) and scores the mentions against `expected`. */
export function measureAccuracy(
  doc: Document,
  expected: AccuracyExpectation,
  recognizer: Recognizer,
): AccuracyResult {
  const region = findArticleRegion(doc);
  const metadata = readPageMetadata(doc, region);
  const { text } = collectText(region.root, region);
  const analysis = analyzeText(text, recognizer, {
    metadata,
    language: expected.language,
    today: expected.today,
  });
  return {
    text,
    analysis,
    evaluation: evaluateMentions(text, expected.mentions, analysis.mentions),
  };
}
