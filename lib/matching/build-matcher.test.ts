import { BLOCK_SEPARATOR } from '../text/block-separator';
import { describe, expect, test } from 'vitest';
import { buildMatcher, firstWordHash, startHashes } from './build-matcher';
import { tokenize } from './tokenize';

const ALIASES = [
  'Kim Jong Un',
  'Kim',
  'Kim Young-ho',
  'Putin',
  'Kreml-Chef',
  'Kreml',
  'KCNA',
  'US',
  'Russlands Präsident',
  'russische Staatschef',
  'Reuters',
  'UN-Sicherheitsrat',
  "O'Brien",
  'Südkorea',
];

const matcher = buildMatcher(ALIASES.map((text, id) => ({ text, id })));

/** [the mention as written, the alias it matched] for each match. */
function find(text: string): [string, string][] {
  return matcher
    .match(tokenize(text))
    .map((match) => [
      text.slice(match.start, match.end),
      match.entries.map((id) => ALIASES[id]).join('|'),
    ]);
}

describe('buildMatcher', () => {
  test('leftmost-longest: the longer name wins where names overlap', () => {
    expect(find('Kim Young-ho traf Kim Jong Un und Kim.')).toEqual([
      ['Kim Young-ho', 'Kim Young-ho'],
      ['Kim Jong Un', 'Kim Jong Un'],
      ['Kim', 'Kim'],
    ]);
  });

  test('German genitive -s and English possessives belong to the mention', () => {
    expect(find("Putins Gast; Putin's guest; Putin’s; Reuters' report")).toEqual([
      ['Putins', 'Putin'],
      ["Putin's", 'Putin'],
      ['Putin’s', 'Putin'],
      ["Reuters'", 'Reuters'],
    ]);
  });

  test('the genitive -s is lower case, and no acronym takes it: "USS Cole" is a ship', () => {
    expect(find('USS Cole; KCNAS; KCNAs; Südkoreas Präsident; PUTINS')).toEqual([
      ['Südkoreas', 'Südkorea'],
    ]);
  });

  test('a name inside a longer word is no mention', () => {
    expect(find('Kimchi, Putinismus, Kremlchef, KCNAnews')).toEqual([]);
  });

  test('hyphenated compounds expose their name part, unless the compound is an alias itself', () => {
    expect(find('Kreml-Chef, Kreml-Sprecher, US-Außenamtssprecher, Anti-Putin-Kurs')).toEqual([
      ['Kreml-Chef', 'Kreml-Chef'],
      ['Kreml', 'Kreml'],
      ['US', 'US'],
      ['Putin', 'Putin'],
    ]);
  });

  test('names as written; a capital at the start; headline capitals; acronyms exactly', () => {
    expect(find('putin PUTIN Russische Staatschef KIM us Us KCNA Kcna')).toEqual([
      ['PUTIN', 'Putin'],
      ['Russische Staatschef', 'russische Staatschef'],
      ['KCNA', 'KCNA'],
    ]);
  });

  test('names run across any white space but never across blocks or punctuation', () => {
    expect(find(`Kim\u00a0Jong\n  Un, Kim${BLOCK_SEPARATOR}Jong Un, Kim. Jong`)).toEqual([
      ['Kim\u00a0Jong\n  Un', 'Kim Jong Un'],
      ['Kim', 'Kim'],
      ['Kim', 'Kim'],
    ]);
  });

  test('an alias that ends in punctuation takes it along', () => {
    const dotted = buildMatcher([{ text: 'U.S.', id: 0 }]);
    const text = 'U.S. officials and the U.S, too';
    expect(dotted.match(tokenize(text)).map((match) => text.slice(match.start, match.end))).toEqual(
      ['U.S.', 'U.S'],
    );
  });

  test('with a filter, the longest accepted alias wins', () => {
    const text = 'Russlands Präsident';
    const filtered = matcher.match(tokenize(text), (id) => ALIASES[id] !== 'Russlands Präsident');
    expect(filtered).toEqual([]);
    const both = buildMatcher([
      { text: 'Russlands', id: 0 },
      { text: 'Russlands Präsident', id: 1 },
    ]);
    expect(both.match(tokenize(text), (id) => id === 0).map((match) => match.entries)).toEqual([
      [0],
    ]);
  });

  test('punctuation inside an alias matches as written', () => {
    expect(find("O'Brien, O Brien")).toEqual([["O'Brien", "O'Brien"]]);
  });

  test('finds names written with combining marks or soft hyphens', () => {
    expect(find('Su\u0308dkorea und Pu\u00adtin')).toEqual([
      ['Su\u0308dkorea', 'Südkorea'],
      ['Pu\u00adtin', 'Putin'],
    ]);
  });

  test('returns every alias that shares the matched words', () => {
    const shared = buildMatcher([
      { text: 'Kim', id: 1 },
      { text: 'Kim', id: 2 },
    ]);
    expect(shared.match(tokenize('Kim')).map((match) => match.entries)).toEqual([[1, 2]]);
    expect(shared.size).toBe(1);
  });

  test('an alias without a word is left out; an empty matcher finds nothing', () => {
    expect(buildMatcher([{ text: ' - ', id: 0 }]).size).toBe(0);
    expect(buildMatcher([]).match(tokenize('Putin'))).toEqual([]);
  });
});

test('aliases that carry their first word’s hash enter the trie with the first text that has it', () => {
  const matcher = buildMatcher(
    ['Wladimir Putin', 'Kim Jong Un', 'Putin'].map((text, id) => ({
      text,
      id,
      firstHash: firstWordHash(text),
    })),
  );
  expect(matcher.size).toBe(0);
  expect(matcher.match(tokenize('Wladimir Putin traf Kim.')).map((match) => match.entries)).toEqual(
    [[0]],
  );
  // Each word of the text brought its aliases, in one go before the text is matched: "Wladimir"
  // and "Putin" theirs (one name here), "Kim" "Kim Jong Un", which the text does not finish.
  expect(matcher.size).toBe(3);
  expect(matcher.match(tokenize('Wladimir Putin traf Kim.')).map((match) => match.entries)).toEqual(
    [[0]],
  );
  // A genitive brings the aliases of its stem.
  const stems = buildMatcher([{ text: 'Putin', id: 0, firstHash: firstWordHash('Putin') }]);
  expect(stems.match(tokenize('Putins Rede')).map((match) => match.entries)).toEqual([[0]]);
  expect(stems.size).toBe(1);
});

test('firstWordHash is -1 for a text that starts with no word', () => {
  expect(firstWordHash('-')).toBe(-1);
  expect(firstWordHash('')).toBe(-1);
  expect(firstWordHash(' Kim')).toBe(tokenize('kim').hashes[0]);
});

test('aliases that carry their first two tokens’ hashes enter the trie only with both', () => {
  const texts = ['Minister Lawrow', 'Minister Schoigu', 'Minister', 'Kim Jong-un'];
  const { first, second } = startHashes(texts);
  const matcher = buildMatcher(
    texts.map((text, id) => ({ text, id, firstHash: first[id]!, secondHash: second[id]! })),
  );
  expect(matcher.match(tokenize('Der Minister Lawrows sprach.')).map((m) => m.entries)).toEqual([
    [0],
  ]);
  // "Minister Lawrow" and the one-word "Minister": not "Minister Schoigu".
  expect(matcher.size).toBe(2);
  expect(matcher.match(tokenize('Kim Jong-un kam.')).map((m) => m.entries)).toEqual([[3]]);
  expect(matcher.size).toBe(3);
});
