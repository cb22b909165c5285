/**
 * The matcher held against a plain reference on random texts and alias sets: one regular
 * expression per alias, every match at every position, then leftmost-longest by hand. The two
 * share only the case rule (tested on its own in build-matcher.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildMatcher, firstWordHash, isCaseAcceptable, startHashes } from './build-matcher';
import { tokenize } from './tokenize';

const WORD = String.raw`[\p{L}\p{M}\p{N}]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface ReferenceMatch {
  start: number;
  end: number;
  entries: number[];
}

/** Leftmost-longest matching by brute force over per-alias regular expressions. */
function referenceMatch(text: string, aliases: readonly string[]): ReferenceMatch[] {
  interface Hit {
    start: number;
    nameEnd: number;
    end: number;
    entry: number;
    inflected: boolean;
  }
  const hits: Hit[] = [];
  aliases.forEach((alias, entry) => {
    const words = alias.split(/[ -]/);
    // Spaces in an alias match any run of white space but the block separator; hyphens match as written.
    const body = alias
      .split(/( |-)/)
      .map((part) => (part === ' ' ? String.raw`[^\S\u2029]+` : escapeRegExp(part)))
      .join('');
    const pattern = new RegExp(`(?<!${WORD})(${body})(s?)(?!${WORD})`, 'giu');
    for (const found of text.matchAll(pattern)) {
      const name = found[1]!;
      const inflected = found[2] !== '';
      // The genitive -s is a lower-case s, and no acronym ("AFP", "US") takes one.
      const last = words.at(-1)!;
      const acronym =
        last.length >= 2 && last === last.toUpperCase() && last !== last.toLowerCase();
      if (inflected && (found[2] !== 's' || acronym)) continue;
      const written = name.split(/[^\S\u2029]+|-/);
      if (written.length !== words.length || !isCaseAcceptable(words, written)) continue;
      const nameEnd = found.index + found[0].length;
      let end = nameEnd;
      const rest = text.slice(nameEnd);
      if (/^['’][sS](?![\p{L}\p{M}\p{N}])/u.test(rest)) end += 2;
      else if (/[sS]$/.test(found[0]) && /^['’](?![\p{L}\p{M}\p{N}])/u.test(rest)) end += 1;
      hits.push({ start: found.index, nameEnd, end, entry, inflected });
    }
  });

  const matches: ReferenceMatch[] = [];
  let position = 0;
  for (;;) {
    const candidates = hits.filter((hit) => hit.start >= position);
    if (candidates.length === 0) return matches;
    const start = Math.min(...candidates.map((hit) => hit.start));
    const atStart = candidates.filter((hit) => hit.start === start);
    const nameEnd = Math.max(...atStart.map((hit) => hit.nameEnd));
    const longest = atStart.filter((hit) => hit.nameEnd === nameEnd);
    // Where an alias matches as written and another only through its inflection, as written wins.
    const plain = longest.filter((hit) => !hit.inflected);
    const chosen = plain.length > 0 ? plain : longest;
    matches.push({
      start,
      end: chosen[0]!.end,
      entries: [...new Set(chosen.map((hit) => hit.entry))].sort((a, b) => a - b),
    });
    position = chosen[0]!.end;
  }
}

const PIECES = [
  'Kim',
  'Jong',
  'Un',
  'Putin',
  'Young',
  'ho',
  'KCNA',
  'US',
  'Süd',
  'korea',
  'Kreml',
  'Chef',
  'a',
  'Ab',
  'x9',
];

const word = fc
  .tuple(fc.constantFrom(...PIECES), fc.constantFrom('as is', 'lower', 'upper'))
  .map(([piece, style]) =>
    style === 'lower' ? piece.toLowerCase() : style === 'upper' ? piece.toUpperCase() : piece,
  );

const alias = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '-')), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) =>
    parts.map(([piece, joiner], index) => (index === 0 ? piece : joiner + piece)).join(''),
  );

const SEPARATORS = [
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '-',
  ', ',
  '. ',
  "'s ",
  '’s ',
  "' ",
  's ',
  '\u2029',
  '',
  'chi ',
];

const text = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

describe('buildMatcher against the reference', () => {
  test('finds exactly what the reference finds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(alias, { minLength: 1, maxLength: 12 }), text, (aliases, page) => {
        const matcher = buildMatcher(aliases.map((entry, id) => ({ text: entry, id })));
        const found = matcher.match(tokenize(page)).map(({ start, end, entries }) => ({
          start,
          end,
          entries: [...entries].sort((a, b) => a - b),
        }));
        expect(found).toEqual(referenceMatch(page, aliases));
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  test('aliases put in the trie only when a text has their first word find the same', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(alias, { minLength: 1, maxLength: 12 }),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        (aliases, pages) => {
          const entries = aliases.map((entry, id) => ({ text: entry, id }));
          const eager = buildMatcher(entries);
          // One matcher over several texts: what one text put in the trie stays for the next.
          const { first, second } = startHashes(aliases);
          const byFirstWord = buildMatcher(
            entries.map((entry) => ({ ...entry, firstHash: firstWordHash(entry.text) })),
          );
          const byTwoTokens = buildMatcher(
            entries.map((entry, index) => ({
              ...entry,
              firstHash: first[index]!,
              secondHash: second[index]!,
            })),
          );
          for (const page of pages) {
            const expected = eager.match(tokenize(page));
            expect(byFirstWord.match(tokenize(page))).toEqual(expected);
            expect(byTwoTokens.match(tokenize(page))).toEqual(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});
