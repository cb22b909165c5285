import { BLOCK_SEPARATOR } from '../text/block-separator';
import { describe, expect, test } from 'vitest';
import {
  CHARACTER_CLASSES_FOR_TESTS,
  Gap,
  hashKey,
  TokenKind,
  tokenize,
  tokenKey,
  tokenSurface,
} from './tokenize';

function words(text: string) {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.count }, (_, index) => ({
    text: text.slice(tokens.starts[index], tokens.ends[index]),
    key: tokenKey(tokens, index),
    gap: tokens.gaps[index],
  }));
}

describe('tokenize', () => {
  test('splits on Unicode word boundaries and keeps offsets into the text', () => {
    expect(words('Wladimir Putin, Südkorea: 2023').map((token) => token.text)).toEqual([
      'Wladimir',
      'Putin',
      'Südkorea',
      '2023',
    ]);
  });

  test('keys are case-folded and composed (NFC), surfaces keep the case', () => {
    const tokens = tokenize('SU\u0308DKOREA Su\u0308dkorea');
    expect([tokenKey(tokens, 0), tokenKey(tokens, 1)]).toEqual(['südkorea', 'südkorea']);
    expect([tokenSurface(tokens, 0), tokenSurface(tokens, 1)]).toEqual(['SÜDKOREA', 'Südkorea']);
    expect(tokens.ends[1]).toBe('SU\u0308DKOREA Su\u0308dkorea'.length);
  });

  test('hyphens are tokens of their own, joined to their words without a gap', () => {
    const tokens = words('Kim Young-ho, UN-Sicherheitsrat');
    expect(tokens.map((token) => token.text)).toEqual([
      'Kim',
      'Young',
      '-',
      'ho',
      'UN',
      '-',
      'Sicherheitsrat',
    ]);
    expect(tokens.map((token) => token.gap)).toEqual([
      Gap.Block,
      Gap.Space,
      Gap.None,
      Gap.None,
      Gap.Break,
      Gap.None,
      Gap.None,
    ]);
  });

  test('white space of any kind is a space, a block separator is a block', () => {
    const tokens = words(`Kim\u00a0Jong\n Un${BLOCK_SEPARATOR}Putin`);
    expect(tokens.map((token) => token.gap)).toEqual([Gap.Block, Gap.Space, Gap.Space, Gap.Block]);
  });

  test('soft hyphens and zero-width joiners stay inside a word, out of its key', () => {
    const text = 'Pu\u00adtin Kim\u200dJong';
    const tokens = tokenize(text);
    expect([tokenKey(tokens, 0), tokenKey(tokens, 1)]).toEqual(['putin', 'kimjong']);
    expect(text.slice(tokens.starts[0], tokens.ends[0])).toBe('Pu\u00adtin');
  });

  test('an English possessive extends the word it follows, without a token of its own', () => {
    const text = "Putin's and Putin’s, Reuters' report, it's";
    const tokens = tokenize(text);
    const spans = Array.from({ length: tokens.count }, (_, index) =>
      text.slice(tokens.starts[index], tokens.possessiveEnds[index]),
    );
    expect(spans).toEqual(["Putin's", 'and', 'Putin’s', "Reuters'", 'report', "it's"]);
  });

  test('the German possessive apostrophe after s, x, z or ß extends the word (a closing single quote there reads as one too)', () => {
    const text = "Merz' Plan, Sánchez’ Partei, Marx' Werk, Strauß' Erbe und 'Merz' zitiert";
    const tokens = tokenize(text);
    const spans = Array.from({ length: tokens.count }, (_, index) =>
      text.slice(tokens.starts[index], tokens.possessiveEnds[index]),
    );
    expect(spans).toEqual([
      "Merz'",
      'Plan',
      'Sánchez’',
      'Partei',
      "Marx'",
      'Werk',
      "Strauß'",
      'Erbe',
      'und',
      "Merz'",
      'zitiert',
    ]);
  });

  test('hashes are those of the keys, however the word is written', () => {
    const tokens = tokenize('Putin PUTIN Pu\u00adtin Südkorea SU\u0308DKOREA');
    expect(Array.from(tokens.hashes.subarray(0, tokens.count))).toEqual([
      hashKey('putin'),
      hashKey('putin'),
      hashKey('putin'),
      hashKey('südkorea'),
      hashKey('südkorea'),
    ]);
  });

  test('letters beyond the Basic Multilingual Plane are word characters', () => {
    const tokens = words('𝐊𝐢𝐦 met 𠀀𠀁');
    expect(tokens.map((token) => token.text)).toEqual(['𝐊𝐢𝐦', 'met', '𠀀𠀁']);
  });

  test('an empty or wordless text has no tokens', () => {
    expect(tokenize('').count).toBe(0);
    expect(tokenize(' ,.;  ').count).toBe(0);
    expect(tokenize('-').kinds[0]).toBe(TokenKind.Hyphen);
  });
});

describe('character classes without Unicode regular expressions', () => {
  const { isWordCharAt, isSpace } = CHARACTER_CLASSES_FOR_TESTS;

  test('letters, marks and digits up to U+FFFF are those of \\p{L}, \\p{M} and \\p{N}', () => {
    const wordChar = /[\p{L}\p{M}\p{N}]/u;
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      expect(isWordCharAt(char, 0, code), `U+${code.toString(16)}`).toBe(wordChar.test(char));
    }
  });

  test('white space beyond ASCII is that of \\s, but for the block separator', () => {
    const space = /\s/u;
    for (let code = 0x80; code <= 0xffff; code += 1) {
      if (code === 0x2029) continue;
      const char = String.fromCharCode(code);
      expect(isSpace(code), `U+${code.toString(16)}`).toBe(space.test(char));
    }
  });
});
