/**
 * The two pages of the page-level cases, made the same way for Node and for Chromium: a
 * 1,500-word article that names a dozen entities of the 10k pack, and a ~1 MB article with names
 * from all over the 50k pack.
 */
import { generateNewsPage, type NewsPage } from './generate-news-page';
import type { PackSizeLabel } from './measurement';
import {
  findPackSize,
  loadSyntheticPack,
  pickArticleCast,
  pickSpreadNames,
} from './synthetic-packs';

/** The pack the article is analysed with. */
export const ARTICLE_PACK: PackSizeLabel = '10k';
export const ARTICLE_WORDS = 1_500;

/** The pack the large page is annotated with. */
export const LARGE_PAGE_PACK: PackSizeLabel = '50k';
/** Characters of article text on the large page. */
export const LARGE_PAGE_LENGTH = 1_000_000;

/** The article page: names of its cast make about 4 % of its words, as in a political story. */
export function makeArticlePage(): NewsPage {
  const pack = loadSyntheticPack(findPackSize(ARTICLE_PACK));
  return generateNewsPage({ words: ARTICLE_WORDS, names: pickArticleCast(pack), nameRate: 0.04 });
}

/** The large page: one long article of many paragraphs. */
export function makeLargePage(): NewsPage {
  const pack = loadSyntheticPack(findPackSize(LARGE_PAGE_PACK));
  return generateNewsPage({ length: LARGE_PAGE_LENGTH, names: pickSpreadNames(pack) });
}
