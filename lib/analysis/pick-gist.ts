/**
 * The gist of an article: three to five of its own sentences, picked by the entities they name
 * and where they stand (news puts the essentials first), without repeating the same cast. Works
 * on the analysis's sentences, which are the sentences that name someone.
 */
import type { PageAnalysis } from './analyze-text';

/** The fewest and the most sentences of a gist (fewer only where the page has fewer). */
export const MIN_GIST_SENTENCES = 3;
export const MAX_GIST_SENTENCES = 5;
/** Sentences with fewer words read as a heading or a kicker, not as a statement. */
const MIN_WORDS = 6;
/** How much a heading-like sentence still counts. */
const FRAGMENT_FACTOR = 0.2;
/** How much an entity counts again once a picked sentence names it. */
const REPEAT_FACTOR = 0.4;
/** How much the last sentence counts against the first, by position alone. */
const LAST_POSITION_FACTOR = 0.5;

function isFragment(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  // A statement ends in a full stop, a question or exclamation mark, or a closing quote.
  return words < MIN_WORDS || !/[.!?…"'“”»«‘’]$/.test(text);
}

/**
 * The indices (into `analysis.sentences`) of the gist's sentences, in the order of the article.
 * Each sentence scores the entities it names, weighted by how often the page names them, less for
 * entities an already picked sentence names, times a factor that falls from the first sentence
 * to the last.
 */
export function pickGist(analysis: Pick<PageAnalysis, 'sentences' | 'entities'>): number[] {
  const { sentences } = analysis;
  const named: number[][] = sentences.map(() => []);
  analysis.entities.forEach((entity, index) => {
    for (const sentence of entity.sentences) named[sentence]?.push(index);
  });
  const weight = analysis.entities.map((entity) => Math.log2(1 + entity.count));
  const base = sentences.map((sentence, index) => {
    const position = 1 - (LAST_POSITION_FACTOR * index) / Math.max(1, sentences.length - 1);
    return position * (isFragment(sentence.text) ? FRAGMENT_FACTOR : 1);
  });

  const statements = sentences.filter((sentence) => !isFragment(sentence.text)).length;
  const wanted = Math.min(
    sentences.length,
    Math.max(MIN_GIST_SENTENCES, Math.min(MAX_GIST_SENTENCES, Math.round(statements / 4))),
  );
  const covered = new Set<number>();
  const picked: number[] = [];
  while (picked.length < wanted) {
    let best = -1;
    let bestScore = -1;
    sentences.forEach((_, index) => {
      if (picked.includes(index)) return;
      const entities = named[index]!.reduce(
        (sum, entity) => sum + weight[entity]! * (covered.has(entity) ? REPEAT_FACTOR : 1),
        0,
      );
      const score = entities * base[index]!;
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    picked.push(best);
    for (const entity of named[best]!) covered.add(entity);
  }
  return picked.sort((a, b) => a - b);
}
