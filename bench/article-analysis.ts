/**
 * The whole analysis of an article page, as the content script runs it minus the drawing: find
 * the article, read the metadata, collect the text, analyze it. Takes the document as a parameter,
 * so it runs on the page in Chromium and on a happy-dom document in Node.
 */
import { analyzeText, type PageAnalysis } from '../lib/analysis/analyze-text';
import { createRecognizer, type Recognizer } from '../lib/analysis/create-recognizer';
import { collectText } from '../lib/dom/collect-text';
import { pickPageLanguage } from '../lib/i18n/pick-language';
import { findArticleRegion } from '../lib/page/find-article-region';
import { readPageMetadata } from '../lib/page/read-page-metadata';
import { PAGE_DATE } from './generate-news-page';
import type { BenchEnvironment, Measurement } from './measurement';
import { median, sampleTimes, type RunCounts } from './statistics';
import { loadSyntheticPack, type PackSize } from './synthetic-packs';

/** The reader's languages, as `navigator.languages` gives them. */
export const READER_LANGUAGES = ['de-DE', 'de', 'en'];

/** Analyzes the article of `doc` with `recognizer`. */
export function analyzeArticle(doc: Document, recognizer: Recognizer): PageAnalysis {
  const region = findArticleRegion(doc);
  const metadata = readPageMetadata(doc, region);
  const collected = collectText(region.root, region);
  return analyzeText(collected.text, recognizer, {
    metadata,
    language: pickPageLanguage(metadata.language, doc, READER_LANGUAGES),
    today: PAGE_DATE,
  });
}

/** The whole analysis of the article in `doc`, with a recognizer of `size` built beforehand. */
export function measureArticleAnalysis(
  doc: Document,
  size: PackSize,
  environment: BenchEnvironment,
  counts: RunCounts,
): Measurement {
  const pack = loadSyntheticPack(size);
  let analysis: PageAnalysis | undefined;
  // A fresh recognizer per run: a used one remembers the page's blocks and would skip matching.
  const { runs, warmups } = sampleTimes(
    counts,
    () => createRecognizer([pack]),
    (recognizer) => (analysis = analyzeArticle(doc, recognizer)),
  );
  return {
    case: 'analysis.article',
    environment,
    size: size.label,
    aliases: pack.aliases.length,
    unit: 'ms',
    median: median(runs),
    samples: runs,
    firstRun: warmups[0],
    note:
      `${analysis!.textLength} characters of article text, ${analysis!.mentions.length} ` +
      `mentions of ${analysis!.entities.length} entities; recognizer built untimed`,
  };
}
