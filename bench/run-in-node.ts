/**
 * The engine suite in Node: the matcher cases as they are, the article analysis on a happy-dom
 * document. The large page is left out here: Node has no main-thread tasks to observe, and
 * happy-dom no `StaticRange` or CSS highlights; its heavy step, recognition of 1 MB with 50k
 * aliases, is the `recognizer.recognize` case at 50k.
 */
import { Window } from 'happy-dom';
import { measureArticleAnalysis } from './article-analysis';
import { ARTICLE_PACK, makeArticlePage } from './bench-pages';
import { measureMatcher } from './matcher';
import type { Measurement } from './measurement';
import type { RunCounts } from './statistics';
import { findPackSize, PACK_SIZES } from './synthetic-packs';

/** Runs the engine cases in Node; `report` hears which one is running. */
export async function runEngineSuiteInNode(
  counts: RunCounts,
  report: (step: string) => void,
): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const size of PACK_SIZES) {
    report(`node: matcher at ${size.label} aliases`);
    measurements.push(...measureMatcher(size, 'node', counts));
  }

  report('node: article analysis (happy-dom)');
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(makeArticlePage().html, 'text/html');
    const article = measureArticleAnalysis(
      doc as unknown as Document,
      findPackSize(ARTICLE_PACK),
      'node',
      counts,
    );
    measurements.push({ ...article, note: `${article.note}; happy-dom DOM` });
  } finally {
    await window.happyDOM.close();
  }
  return measurements;
}
