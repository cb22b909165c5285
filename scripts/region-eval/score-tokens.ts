/**
 * Token overlap of an extracted text with the expected article text, as article-extraction
 * benchmarks score it: both texts become bags of lower-case word tokens (letters and digits), and
 * precision is the share of extracted tokens the expected text has, recall the share of expected
 * tokens the extraction has, each token counted as often as it occurs.
 */

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
  /** Tokens of the extracted text and of the expected text. */
  extracted: number;
  expected: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The word tokens of `text`, lower-cased, with how often each occurs. */
export function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/**
 * Precision, recall and F1 of `extractedText` against `expectedText`. An empty extraction has
 * precision 1 and recall 0 (it claims nothing wrong and finds nothing), so its F1 is 0.
 */
export function scoreTokens(extractedText: string, expectedText: string): TokenScore {
  const extracted = countTokens(extractedText);
  const expected = countTokens(expectedText);
  let common = 0;
  for (const [token, count] of extracted) common += Math.min(count, expected.get(token) ?? 0);
  const extractedTotal = sum(extracted);
  const expectedTotal = sum(expected);
  const precision = extractedTotal === 0 ? 1 : common / extractedTotal;
  const recall = expectedTotal === 0 ? 1 : common / expectedTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, extracted: extractedTotal, expected: expectedTotal };
}

/** Text squeezed to single spaces, the way snippets are compared. */
export function squeezeSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
