/**
 * The naive matcher that Kontext's token trie is measured against: one RegExp alternation of
 * every alias, longest first, held to whole words by Unicode lookarounds. It does less than
 * Kontext: case-sensitive, no genitive -s, no possessives, no look at the words around a name.
 * Case-sensitive because with the `i` flag Node 20's V8 matches 10k aliases at about 0.01 MB/s,
 * too slow to run at all (Chromium 156 manages about 20 MB/s).
 */

export interface RegExpBaseline {
  /** The number of matches in `text`. */
  countMatches(text: string): number;
}

/** Letters, marks and digits: what a word is made of, as `tokenize` sees it. */
const WORD = String.raw`[\p{L}\p{M}\p{N}]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** Makes each build's source unique: V8 caches compiled RegExps by source and flags. */
let builds = 0;

/**
 * Builds the RegExp of `aliases` and runs it once on a short string, since V8 parses and compiles
 * a RegExp only when it first runs.
 */
export function buildRegExpBaseline(aliases: readonly string[]): RegExpBaseline {
  const alternatives = [...new Set(aliases)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A private-use character, which no text has: an alternative that never matches.
  alternatives.push(`\\u{E000}${(builds += 1)}`);
  const pattern = new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'gu');
  pattern.test('Kontext');
  return {
    countMatches(text) {
      pattern.lastIndex = 0;
      let count = 0;
      while (pattern.exec(text)) count += 1;
      return count;
    },
  };
}
