/**
 * Splits text into word tokens for the matcher, keeping every token's offsets into the original
 * text. The rules (Unicode word characters, hyphens as words of their own, possessive endings)
 * are shared by packs and pages, so an alias and its mention tokenize alike.
 */

import { BLOCK_SEPARATOR } from '../text/block-separator';

/** Token kinds: a run of letters, marks and digits; or a hyphen between or before words. */
export const enum TokenKind {
  Word = 0,
  Hyphen = 1,
}

/** What lies between two tokens. Names run across `None` and `Space`, and across `Break` only
 * where the alias itself has punctuation there ("O'Brien"); never across `Block`. */
export const enum Gap {
  /** Nothing: "Young" and "-" in "Young-ho". */
  None = 0,
  /** Only white space, line breaks inside a paragraph included. */
  Space = 1,
  /** Punctuation (possibly with spaces), such as the apostrophe in "O'Brien". */
  Break = 2,
  /** A block boundary, or the start of the text. */
  Block = 3,
}

/**
 * The tokens of a text, as parallel arrays: entries 0 to `count` - 1 are the tokens', and an array
 * may go on past them (what it holds there means nothing).
 */
export interface TokenList {
  /** The text the offsets point into. */
  text: string;
  count: number;
  kinds: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /**
   * A hash of each token's key (see `tokenKey`). Matching looks words up by hash first, so the
   * many words of a page that no alias has cost no string at all.
   */
  hashes: Int32Array;
  /**
   * For words whose key ends in "s", the hash of the key without it ("putin" for "Putins"), so
   * that a German genitive is looked up as its base word; -1 for other tokens.
   */
  stemHashes: Int32Array;
  /** 1 where a token needs more than lower-casing for its key (non-ASCII letters, ignorables). */
  complex: Uint8Array;
  /** What separates each token from the one before it (see `Gap`). */
  gaps: Uint8Array;
  /** Where each token's mention would end: after a possessive ('s, ’s, or ' after s), if any. */
  possessiveEnds: Uint32Array;
}

/**
 * Characters that may sit inside a word without splitting it, and that are not part of its key:
 * soft hyphen, zero-width non-joiner and joiner, word joiner, zero-width no-break space.
 */
const IGNORABLE = new Set([0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Hyphens that join the parts of a compound: hyphen-minus, hyphen, non-breaking hyphen. */
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** Apostrophes of English possessives: typewriter and typographic. */
const APOSTROPHES = new Set([0x27, 0x2019]);

const BLOCK_SEPARATOR_CODE = BLOCK_SEPARATOR.charCodeAt(0);

/**
 * Unicode letters, marks and digits beyond the ranges `latinWordChar` knows. A regular expression
 * with Unicode properties takes milliseconds to build in a fresh page, so German and English text
 * should never need it.
 */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isAsciiWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

/**
 * Whether a code unit from U+0080 to U+036F is a letter, mark or digit (Latin-1, Latin Extended
 * A and B, IPA, combining diacritics); undefined above that. A test holds it to `WORD_CHAR`.
 */
function latinWordChar(code: number): boolean | undefined {
  if (code < 0xc0) {
    // ª ² ³ µ ¹ º ¼ ½ ¾
    return (
      code === 0xaa ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb5 ||
      code === 0xb9 ||
      code === 0xba ||
      (code >= 0xbc && code <= 0xbe)
    );
  }
  // Everything up to U+02AF but × and ÷; then the combining diacritics.
  if (code <= 0x2af) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x300 && code <= 0x36f) return true;
  return undefined;
}

/** Whether the code point at `index` is a letter, mark or digit. */
function isWordCharAt(text: string, index: number, code: number): boolean {
  if (code < 0x80) return isAsciiWordChar(code);
  return latinWordChar(code) ?? WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** White space beyond ASCII, as `\s` has it (U+2029, a block separator here, apart). */
const WIDE_SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

function isSpace(code: number): boolean {
  if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) return true;
  return code >= 0x80 && WIDE_SPACES.has(code);
}

/** For tests: the character classes as the tokenizer applies them. */
export const CHARACTER_CLASSES_FOR_TESTS = { isWordCharAt, isSpace };

const FNV_OFFSET = 0x811c9dc5 | 0;
/** Hashes keep 30 bits: small integers to V8 wherever they go. */
const HASH_MASK = 0x3fffffff;
const FNV_PRIME = 0x01000193;

/** The hash of a token key, as `TokenList.hashes` holds it (FNV-1a over UTF-16 code units). */
export function hashKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), FNV_PRIME);
  }
  return hash & HASH_MASK;
}

/**
 * The token as written: NFC, without ignorable characters. A hyphen is written "-" whichever
 * hyphen the text has (U+2010 and U+2011 stand for it), so that its case check passes.
 */
export function tokenSurface(tokens: TokenList, index: number): string {
  if (tokens.kinds[index] === TokenKind.Hyphen) return '-';
  const raw = tokens.text.slice(tokens.starts[index], tokens.ends[index]);
  if (!tokens.complex[index]) return raw;
  // "Südkorea" may come with a precomposed ü or with u and a combining diaeresis.
  return removeIgnorables(raw).normalize('NFC');
}

/** The token as a lookup key: its surface, case-folded. */
export function tokenKey(tokens: TokenList, index: number): string {
  return tokens.kinds[index] === TokenKind.Hyphen ? '-' : foldKey(tokenSurface(tokens, index));
}

/** The arrays a text's tokens are written into while it is tokenized. */
type TokenBuffers = Omit<TokenList, 'text' | 'count'>;

function allocateBuffers(capacity: number): TokenBuffers {
  return {
    kinds: new Uint8Array(capacity),
    starts: new Uint32Array(capacity),
    ends: new Uint32Array(capacity),
    hashes: new Int32Array(capacity),
    stemHashes: new Int32Array(capacity),
    complex: new Uint8Array(capacity),
    gaps: new Uint8Array(capacity),
    possessiveEnds: new Uint32Array(capacity),
  };
}

function growBuffers(buffers: TokenBuffers): TokenBuffers {
  const grown = allocateBuffers(buffers.kinds.length * 2);
  grown.kinds.set(buffers.kinds);
  grown.starts.set(buffers.starts);
  grown.ends.set(buffers.ends);
  grown.hashes.set(buffers.hashes);
  grown.stemHashes.set(buffers.stemHashes);
  grown.complex.set(buffers.complex);
  grown.gaps.set(buffers.gaps);
  grown.possessiveEnds.set(buffers.possessiveEnds);
  return grown;
}

/**
 * Typed arrays of at most this many entries stay small enough (64 bytes) for V8 to keep them on
 * its heap, where they cost little to make: an alias's tokens fit, a page's grow from there.
 */
const SMALL_CAPACITY = 16;

/** Tokenizes `text`. Offsets are UTF-16 indices into `text`. */
export function tokenize(text: string): TokenList {
  // Typed arrays: a page's tokens make no garbage of their own. Sized for ordinary prose (a
  // token every five or six characters), and doubled when a text needs more.
  let buffers = allocateBuffers(text.length <= 64 ? SMALL_CAPACITY : (text.length >> 2) + 16);
  let count = 0;
  let gap: Gap = Gap.Block;
  let index = 0;
  const length = text.length;

  while (index < length) {
    const code = text.charCodeAt(index);
    if (code < 0x80 ? isAsciiWordChar(code) : isWordCharAt(text, index, code)) {
      const start = index;
      let isComplex = 0;
      let hash = FNV_OFFSET;
      // The hash before the last letter, and that letter as written: the stem of a word ending
      // in a lower-case "s" ("Putins"; "USS" is no genitive of "US").
      let previousHash = FNV_OFFSET;
      let last = 0;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 0x80) {
          if (!isAsciiWordChar(next)) break;
          // Folded to lower case (digits stay as they are).
          const folded = next >= 0x41 && next <= 0x5a ? next + 32 : next;
          previousHash = hash;
          last = next;
          hash = Math.imul(hash ^ folded, FNV_PRIME);
          index += 1;
        } else if (IGNORABLE.has(next)) {
          isComplex = 1;
          index += 1;
        } else if (isWordCharAt(text, index, next)) {
          isComplex = 1;
          index += next >= 0xd800 && next <= 0xdbff ? 2 : 1;
        } else {
          break;
        }
      }
      if (count === buffers.kinds.length) buffers = growBuffers(buffers);
      buffers.kinds[count] = TokenKind.Word;
      buffers.starts[count] = start;
      buffers.ends[count] = index;
      buffers.complex[count] = isComplex;
      buffers.gaps[count] = gap;
      // Keys beyond ASCII are composed and folded as strings; the rest was hashed on the way.
      if (isComplex) {
        const key = foldKey(removeIgnorables(text.slice(start, index)).normalize('NFC'));
        buffers.hashes[count] = hashKey(key);
        buffers.stemHashes[count] =
          key.length > 1 && key.endsWith('s') && text[index - 1] === 's'
            ? hashKey(key.slice(0, -1))
            : -1;
      } else {
        buffers.hashes[count] = hash & HASH_MASK;
        buffers.stemHashes[count] =
          last === 0x73 && index - start > 1 ? previousHash & HASH_MASK : -1;
      }
      const wordEnd = index;
      index = skipPossessive(text, index);
      buffers.possessiveEnds[count] = index;
      count += 1;
      // A possessive ends a name: "KCNA's Un" is no "KCNA Un".
      gap = index === wordEnd ? Gap.None : Gap.Break;
      continue;
    }
    if (HYPHENS.has(code)) {
      if (count === buffers.kinds.length) buffers = growBuffers(buffers);
      buffers.kinds[count] = TokenKind.Hyphen;
      buffers.starts[count] = index;
      buffers.ends[count] = index + 1;
      buffers.possessiveEnds[count] = index + 1;
      buffers.complex[count] = 0;
      buffers.hashes[count] = HYPHEN_HASH;
      buffers.stemHashes[count] = -1;
      buffers.gaps[count] = gap;
      count += 1;
      gap = Gap.None;
      index += 1;
      continue;
    }
    if (code === BLOCK_SEPARATOR_CODE) gap = Gap.Block;
    else if (IGNORABLE.has(code)) {
      // Invisible: changes nothing between the tokens around it.
    } else if (isSpace(code)) {
      if (gap === Gap.None) gap = Gap.Space;
    } else if (gap !== Gap.Block) {
      gap = Gap.Break;
    }
    index += 1;
  }
  // The buffers as they are, longer than `count`: a view of each (`subarray`) cost more than the
  // tokenizing of a short text itself, and the matcher tokenizes every alias a page meets.
  const { kinds, starts, ends, hashes, stemHashes, complex, gaps, possessiveEnds } = buffers;
  return { text, count, kinds, starts, ends, hashes, stemHashes, complex, gaps, possessiveEnds };
}

function foldKey(surface: string): string {
  return surface.toLowerCase();
}

const HYPHEN_HASH = hashKey('-');

/**
 * Whether the token's key is `key`, without making the key where that can be helped: a plain
 * ASCII word is compared letter by letter, case-folded.
 */
export function tokenKeyEquals(
  tokens: TokenList,
  index: number,
  key: string,
  dropLast = false,
): boolean {
  if (tokens.complex[index] || tokens.kinds[index] === TokenKind.Hyphen) {
    const own = tokenKey(tokens, index);
    return (dropLast ? own.slice(0, -1) : own) === key;
  }
  const start = tokens.starts[index]!;
  const length = tokens.ends[index]! - start - (dropLast ? 1 : 0);
  if (length !== key.length) return false;
  for (let offset = 0; offset < length; offset += 1) {
    let code = tokens.text.charCodeAt(start + offset);
    if (code >= 0x41 && code <= 0x5a) code += 32;
    if (code !== key.charCodeAt(offset)) return false;
  }
  return true;
}

function hasIgnorable(surface: string): boolean {
  for (let index = 0; index < surface.length; index += 1) {
    if (IGNORABLE.has(surface.charCodeAt(index))) return true;
  }
  return false;
}

function removeIgnorables(surface: string): string {
  if (!hasIgnorable(surface)) return surface;
  let result = '';
  for (const char of surface) if (!IGNORABLE.has(char.charCodeAt(0))) result += char;
  return result;
}

/**
 * Skips a possessive after the word that ends at `index` ("Putin's", "Putin’s", "Reuters'",
 * "Merz'") and returns where it ends; `index` itself when there is none. The ending belongs
 * to the word's mention but is not a token of its own.
 */
function skipPossessive(text: string, index: number): number {
  if (index >= text.length || !APOSTROPHES.has(text.charCodeAt(index))) return index;
  const afterApostrophe = index + 1;
  const next = afterApostrophe < text.length ? text.charCodeAt(afterApostrophe) : -1;
  if ((next === 0x73 || next === 0x53) && !isWordAt(text, afterApostrophe + 1)) {
    return afterApostrophe + 1;
  }
  // The apostrophe alone after a sibilant: "Reuters'", and in German "Merz'", "Sánchez'", "Marx'".
  if (/[sxzß]/i.test(text.charAt(index - 1)) && !isWordAt(text, afterApostrophe)) {
    return afterApostrophe;
  }
  return index;
}

function isWordAt(text: string, index: number): boolean {
  return index < text.length && isWordCharAt(text, index, text.charCodeAt(index));
}
