/**
 * The matcher: every alias of every enabled pack in one token trie, run over a page's tokens in
 * one pass, leftmost-longest. A token trie keeps matching linear in the page's length whatever the
 * number of aliases (measured before: 30-50 MB/s from 5k to 50k aliases, where one big RegExp
 * alternation falls to about 8 MB/s).
 *
 * Rules: names match on Unicode word boundaries, so a name inside a longer word is no mention
 * ("Kimchi", "Kremlchef"); hyphens separate words, so hyphenated compounds expose their name parts
 * ("Kreml-Kritiker", "Anti-Putin-Kurs") unless the whole
 * compound is an alias ("Kreml-Chef"). Unhyphenated compounds are names only where a pack lists
 * them. Case: as written in the pack, or capitalized at a sentence start, or all capitals in
 * headlines; acronyms exactly.
 */
import { BLOCK_SEPARATOR } from '../text/block-separator';
import {
  Gap,
  hashKey,
  TokenKind,
  tokenize,
  tokenKey,
  tokenKeyEquals,
  tokenSurface,
  type TokenList,
} from './tokenize';

/** One alias as the matcher sees it. `id` is the caller's: it comes back with every match. */
export interface MatcherEntry {
  text: string;
  id: number;
  /**
   * The hash of the alias's first word (`startHashes`), where the caller knows it (compiled
   * packs carry it). Such an alias goes into the trie only when a text has that word: a page
   * names a few dozen of a big pack's 50,000 aliases, and the rest cost next to nothing.
   */
  firstHash?: number;
  /**
   * With `firstHash`, the hash of the alias's second token (`startHashes`), -1 for an alias of one
   * word: the alias then waits for a text that has both, one after the other (thousands of
   * aliases may begin with "Minister", few with "Minister Lawrow").
   */
  secondHash?: number;
}

/**
 * The hash of the key of the first word of `text`, as `TokenList.hashes` holds it; -1 when the
 * text does not start with a word (such an alias never matches).
 */
export function firstWordHash(text: string): number {
  return startHashes([text]).first[0]!;
}

/**
 * For each text, the hash of its first word (-1 when it does not start with one) and of the
 * token after it (-1 when there is none), as `TokenList.hashes` holds them; tokenized in one pass.
 */
export function startHashes(texts: readonly string[]): { first: number[]; second: number[] } {
  const { tokens, firstTokens } = tokenizeAll(texts);
  const first: number[] = [];
  const second: number[] = [];
  texts.forEach((_, index) => {
    const start = firstTokens[index]!;
    const end = firstTokens[index + 1]!;
    const isWord = start < end && tokens.kinds[start] === TokenKind.Word;
    first.push(isWord ? tokens.hashes[start]! : -1);
    second.push(isWord && start + 1 < end ? tokens.hashes[start + 1]! : -1);
  });
  return { first, second };
}

/** A stretch of text that an alias matches; `entries` are the ids of every alias that matches it. */
export interface AliasMatch {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  entries: number[];
  /**
   * Whether the next word continues someone else's name: a capitalized word right after, that is
   * no match itself ("Kim Wilde", "Kim Yo Jong"; but "Putin Russland" is two names, and an
   * inflected name ends there: "Putins Sprecher").
   */
  nextIsName: boolean;
  /**
   * Whether the word right before could be a given name: capitalized, not at a sentence start,
   * no match itself and no title ("Henry Miller", but not "President Putin"). Only English pages
   * can tell: German capitalizes every noun.
   */
  previousIsGivenName: boolean;
  /**
   * How far before the match a title right before it starts ("President Biden", "Außenministerin
   * Baerbock", "Prime Minister Starmer"): capitalized title words, the last of them next to the
   * match. The title may be a match of its own ("Kanzler Scholz").
   */
  titleLength?: number;
  /** Whether the match is one word: an epithet of one word is a title ("Bundeskanzler"). */
  isTitleWord?: boolean;
  /**
   * Whether the words around say that a title or a short form names no one the page's date holds
   * it for, or no one at all: a qualifier before ("former", "then-", "ehemalige", "Ex-", "Alt-",
   * "der 46. Präsident"), an indefinite article ("a prime minister", "ein Präsident"), a
   * predicate ("had been defence secretary", "remains Foreign Secretary"), a German plural ("die
   * Außenminister"), another's possessive ("Merkel's finance minister"), a naming ("namens Bas");
   * a title that is part of another's name ("Prime Minister's Questions", "Chancellor of the
   * Duchy"); a word that begins a sentence before an article, a pronoun or a preposition ("Weil
   * die Union", "Kurz vor dem Gipfel"). Full names are linked all the same.
   */
  namesNoOne?: boolean;
  /** Whether the match is an inflected form ("Putins", and in English the plural "ministers"). */
  inflected?: boolean;
}

export interface Matcher {
  /**
   * Number of distinct aliases (by token sequence) in the trie so far: entries with a
   * `firstHash` count from the first text that has their first word.
   */
  readonly size: number;
  /**
   * All matches in `tokens`, in text order, never overlapping. With `accept`, only entries it
   * accepts count, so that the longest *acceptable* name wins (an epithet out of date no longer
   * hides the shorter name inside it).
   */
  match(tokens: TokenList, accept?: (id: number) => boolean): AliasMatch[];
  /** Adds entries, as `buildMatcher` takes them: later matches find them too. */
  add(entries: readonly MatcherEntry[]): void;
}

/**
 * A node of the trie. Most nodes of a names trie have one child (the rest of one name), so the
 * first child sits in two plain fields and a Map is made only for a second: far less to build and
 * to collect for 50,000 aliases.
 */
interface TrieNode {
  /** The edge (word id * 4 + gap) to the first child, and that child. */
  edge?: number;
  child?: TrieNode;
  /** Every child, once a node has more than one. */
  children?: Map<number, TrieNode>;
  /** Aliases that end here, with the token surfaces their case is checked against. */
  terminals?: Terminal[];
}

function childAt(node: TrieNode, edge: number): TrieNode | undefined {
  return node.edge === edge ? node.child : node.children?.get(edge);
}

function addChild(node: TrieNode, edge: number): TrieNode {
  const known = childAt(node, edge);
  if (known) return known;
  const child: TrieNode = {};
  if (node.edge === undefined) {
    node.edge = edge;
    node.child = child;
  } else {
    node.children ??= new Map([[node.edge, node.child!]]);
    node.children.set(edge, child);
  }
  return child;
}

function hasChildren(node: TrieNode): boolean {
  return node.edge !== undefined;
}

interface Terminal {
  id: number;
  text: string;
  /** The alias's words as written, for the case check. */
  surfaces: string[];
}

/** Shortest all-capital alias that headline capitals ("PUTIN") may match; shorter ones are acronyms. */
const MIN_CAPS_MATCH_LENGTH = 4;

function isAcronym(surface: string): boolean {
  return (
    surface.length >= 2 && surface === surface.toUpperCase() && surface !== surface.toLowerCase()
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Whether the words as written may stand for the alias: as written in the pack; with a capital
 * first letter at the start (a sentence may begin with "Russlands Präsident"); or in all capitals
 * as headlines set them. Acronyms ("KCNA", "US") match only exactly.
 */
export function isCaseAcceptable(alias: readonly string[], written: readonly string[]): boolean {
  let allCaps = true;
  let exact = true;
  for (let index = 0; index < alias.length; index += 1) {
    const want = alias[index]!;
    const have = written[index]!;
    if (have === want) {
      if (have !== have.toUpperCase()) allCaps = false;
      continue;
    }
    exact = false;
    if (isAcronym(want)) return false;
    if (index === 0 && have === capitalize(want)) {
      allCaps = false;
      continue;
    }
    if (have !== want.toUpperCase()) return false;
  }
  if (exact) return true;
  if (!allCaps) return true;
  return alias.join('').length >= MIN_CAPS_MATCH_LENGTH || alias.every((word) => isAcronym(word));
}

/**
 * Words by the hash of their key, so that a page's token is looked up without making its key; the
 * key is made and compared only when the hash is known.
 */
class WordTable {
  private readonly byHash = new Map<number, number>();
  private readonly byKey = new Map<string, number>();
  private readonly keys: string[] = [];

  /** Adds `key`, unless it is there already; returns its index. */
  add(key: string): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    return this.insert(key);
  }

  /** Adds the token's key, unless it is there already; returns its index. */
  addToken(tokens: TokenList, token: number): number {
    const index = this.byHash.get(tokens.hashes[token]!);
    if (index !== undefined && index >= 0 && tokenKeyEquals(tokens, token, this.keys[index]!)) {
      return index;
    }
    return this.add(tokenKey(tokens, token));
  }

  private insert(key: string): number {
    const index = this.keys.length;
    this.keys.push(key);
    this.byKey.set(key, index);
    const hash = hashKey(key);
    // Two keys with one hash (rare): the hash then sends every look-up to the key itself.
    this.byHash.set(hash, this.byHash.has(hash) ? -1 : index);
    return index;
  }

  /** The index of the token's key without its final "s" ("Putins": "putin"), if it is there. */
  findStem(tokens: TokenList, token: number): number | undefined {
    const stemHash = tokens.stemHashes[token]!;
    if (stemHash < 0) return undefined;
    const index = this.byHash.get(stemHash);
    if (index === undefined) return undefined;
    if (index >= 0)
      return tokenKeyEquals(tokens, token, this.keys[index]!, true) ? index : undefined;
    return this.byKey.get(tokenKey(tokens, token).slice(0, -1));
  }

  /** The index of the token's key in the table, if it is there. */
  find(tokens: TokenList, token: number): number | undefined {
    const index = this.byHash.get(tokens.hashes[token]!);
    if (index === undefined) return undefined;
    if (index >= 0) return tokenKeyEquals(tokens, token, this.keys[index]!) ? index : undefined;
    return this.byKey.get(tokenKey(tokens, token));
  }
}

/**
 * Builds the trie of `entries`. Entries whose text has no word are left out. Entries without a
 * `firstHash` go in at once; the others when `match` first meets their first word.
 */
export function buildMatcher(entries: readonly MatcherEntry[]): Matcher {
  const vocabulary = new WordTable();
  const root: TrieNode = {};
  /** Hashes of the words an alias can start with, as written or inflected: the only words of a
   * page worth a closer look. */
  const startWords = new Set<number>();
  /**
   * Entries not in the trie yet, by the hash of their first word: those of one word, and the
   * others by the hash of their second token.
   */
  const waiting = new Map<
    number,
    { single: MatcherEntry[]; bySecond: Map<number, MatcherEntry[]> }
  >();
  let size = 0;

  /**
   * Puts `group` into the trie, tokenized in one pass as blocks of one text, each with its words
   * as written for the case check: a fresh page runs this code cold, where every call of the
   * tokenizer costs more than the few words it reads.
   */
  const insert = (group: readonly MatcherEntry[]) => {
    const { tokens, firstTokens } = tokenizeAll(group.map((entry) => entry.text));
    group.forEach((entry, entryIndex) => {
      const first = firstTokens[entryIndex]!;
      const end = firstTokens[entryIndex + 1]!;
      if (first === end || tokens.kinds[first] !== TokenKind.Word) return;
      let node = root;
      const surfaces: string[] = [];
      for (let index = first; index < end; index += 1) {
        const gap = index === first ? Gap.None : tokens.gaps[index]!;
        const word = vocabulary.addToken(tokens, index);
        if (index === first) startWords.add(tokens.hashes[index]!);
        node = addChild(node, word * 4 + gap);
        surfaces.push(tokenSurface(tokens, index));
      }
      if (!node.terminals) size += 1;
      (node.terminals ??= []).push({ id: entry.id, text: entry.text, surfaces });
    });
  };

  /**
   * Takes out of `waiting`, into `taken`, the entries waiting for a first word of hash `hash`
   * that are one word long or go on with a token of hash `next` or `nextStem`.
   */
  const takeWaiting = (hash: number, next: number, nextStem: number, taken: MatcherEntry[]) => {
    const group = waiting.get(hash);
    if (!group) return;
    if (group.single.length > 0) {
      taken.push(...group.single);
      group.single = [];
    }
    for (const second of [next, nextStem]) {
      const entries = group.bySecond.get(second);
      if (!entries) continue;
      group.bySecond.delete(second);
      taken.push(...entries);
    }
    // Nothing left to wait for this word: a page's words skip the look-up again.
    if (group.bySecond.size === 0) waiting.delete(hash);
  };

  /** Puts into the trie, in one go, every waiting entry that may begin at a token of `tokens`. */
  const insertWaitingFor = ({ count, gaps, hashes, stemHashes }: TokenList) => {
    const taken: MatcherEntry[] = [];
    for (let token = 0; token < count; token += 1) {
      const hash = hashes[token]!;
      const stemHash = stemHashes[token]!;
      if (!waiting.has(hash) && !waiting.has(stemHash)) continue;
      // The token after, where the name may go on (not across a block).
      const hasNext = token + 1 < count && gaps[token + 1] !== Gap.Block;
      const next = hasNext ? hashes[token + 1]! : -2;
      const nextStem = hasNext ? stemHashes[token + 1]! : -2;
      takeWaiting(hash, next, nextStem, taken);
      takeWaiting(stemHash, next, nextStem, taken);
    }
    if (taken.length > 0) insert(taken);
  };

  const add = (added: readonly MatcherEntry[]) => {
    const now: MatcherEntry[] = [];
    for (const entry of added) {
      if (entry.firstHash === undefined) {
        now.push(entry);
      } else if (entry.firstHash >= 0) {
        let group = waiting.get(entry.firstHash);
        if (!group) {
          group = { single: [], bySecond: new Map() };
          waiting.set(entry.firstHash, group);
        }
        const second = entry.secondHash ?? -1;
        if (second < 0) {
          group.single.push(entry);
        } else {
          const entries = group.bySecond.get(second);
          if (entries) entries.push(entry);
          else group.bySecond.set(second, [entry]);
        }
        startWords.add(entry.firstHash);
      }
    }
    insert(now);
  };
  add(entries);

  return {
    get size() {
      return size;
    },
    add,
    match(tokens, accept) {
      // Whether the words read so far of a possible match are parted by a comma.
      let comma = false;
      const acceptedIds = (
        terminals: readonly Terminal[],
        written: readonly string[],
        inflected = false,
      ): number[] => {
        const ids: number[] = [];
        for (const terminal of terminals) {
          if (accept && !accept(terminal.id)) continue;
          // Words a comma parts are a list ("CDU, CSU und SPD"), not "CDU/CSU".
          if (comma && !terminal.text.includes(',')) continue;
          // An acronym takes no genitive -s: "AFPs", "APs" are other words (or plurals).
          if (inflected && isAcronym(terminal.surfaces.at(-1) ?? '')) continue;
          if (isCaseAcceptable(terminal.surfaces, written)) ids.push(terminal.id);
        }
        return ids;
      };
      const matches: AliasMatch[] = [];
      const { count, gaps, hashes, stemHashes } = tokens;
      if (waiting.size > 0) insertWaitingFor(tokens);
      let first = 0;
      while (first < count) {
        // Most words of a page are in no alias: one hash look-up each, and on.
        // Inflected: the German genitive -s ("Putins") is looked up as its stem.
        if (!startWords.has(hashes[first]!) && !startWords.has(stemHashes[first]!)) {
          first += 1;
          continue;
        }
        let best: { last: number; ids: number[]; inflected: boolean; trailing: string } | undefined;
        const written: string[] = [];
        let node: TrieNode | undefined = root;
        comma = false;
        for (let index = first; node && index < count; index += 1) {
          const gap = index === first ? Gap.None : gaps[index]!;
          if (gap === Gap.Block) break;
          comma ||=
            gap === Gap.Break &&
            tokens.text.slice(tokens.ends[index - 1], tokens.starts[index]).includes(',');
          // The inflected form ends the alias: "Putins" matches "Putin", and nothing runs on.
          const stem: number | undefined = hasChildren(node)
            ? vocabulary.findStem(tokens, index)
            : undefined;
          if (stem !== undefined) {
            const inflectedNode = childAt(node, stem * 4 + gap);
            if (inflectedNode?.terminals) {
              const surface = tokenSurface(tokens, index);
              const ids = acceptedIds(
                inflectedNode.terminals,
                [...written, surface.slice(0, -1)],
                true,
              );
              if (ids.length > 0) best = { last: index, ids, inflected: true, trailing: '' };
            }
          }
          const id: number | undefined = hasChildren(node)
            ? vocabulary.find(tokens, index)
            : undefined;
          node = id === undefined ? undefined : childAt(node, id * 4 + gap);
          if (!node) break;
          written.push(tokenSurface(tokens, index));
          if (node.terminals) {
            const ids = acceptedIds(node.terminals, written);
            if (ids.length > 0) {
              const trailing = trailingPunctuation(node.terminals, ids);
              best = { last: index, ids, inflected: false, trailing };
            }
          }
        }
        if (!best) {
          first += 1;
          continue;
        }
        // An alias that ends in punctuation ("U.S.") takes the same punctuation on the page.
        const wordEnd = tokens.ends[best.last]!;
        const end =
          tokens.text.startsWith(best.trailing, wordEnd) && best.trailing !== ''
            ? wordEnd + best.trailing.length
            : tokens.possessiveEnds[best.last]!;
        matches.push({
          start: tokens.starts[first]!,
          end,
          firstToken: first,
          lastToken: best.last,
          entries: best.ids,
          nextIsName: false,
          previousIsGivenName: false,
          inflected: best.inflected,
        });
        first = best.last + 1;
      }
      describeNeighbors(tokens, matches);
      return matches;
    },
  };
}

/**
 * Tokenizes many short texts as the blocks of one text. `firstTokens[i]` is the index of text
 * i's first token, and `firstTokens[texts.length]` the token count.
 */
function tokenizeAll(texts: readonly string[]): { tokens: TokenList; firstTokens: number[] } {
  // A block separator inside a text would split it in two: it is a space there.
  const joined = texts
    .map((text) => (text.includes(BLOCK_SEPARATOR) ? text.replaceAll(BLOCK_SEPARATOR, ' ') : text))
    .join(BLOCK_SEPARATOR);
  const tokens = tokenize(joined);
  const firstTokens: number[] = [];
  let token = 0;
  let textStart = 0;
  for (const text of texts) {
    while (token < tokens.count && tokens.starts[token]! < textStart) token += 1;
    firstTokens.push(token);
    textStart += text.length + BLOCK_SEPARATOR.length;
  }
  firstTokens.push(tokens.count);
  return { tokens, firstTokens };
}

/**
 * Words that stand before a name in English as a title, not as a given name: "President Putin" is
 * Putin, "Henry Miller" is not Matthew Miller.
 */
const ENGLISH_TITLES =
  /^(?:president|prime|minister|secretary|spokes(?:man|woman|person)|leader|chair(?:man|woman)|general|marshal|mrs?|ms|dr|sir|speaker|madam|chancellor|king|queen|premier|ambassador|senator|governor|comrade|envoy|dictator|ruler|strongman|chief|deputy|colonel|vice|foreign|home|finance|defen[cs]e|taoiseach)$/;

/**
 * German titles before a name are one word, mostly a compound ending in an office:
 * "Außenministerin", "Bundeskanzler", "Regierungssprecher", "Parteichefin", "Machthaber".
 */
const GERMAN_OFFICES = [
  'präsident',
  'kanzler',
  'minister',
  'sekretär',
  'chef',
  'sprecher',
  'vorsitzende',
  'könig',
  'botschafter',
  'machthaber',
];
const GERMAN_TITLE = new RegExp(`(?:${GERMAN_OFFICES.join('|')})(?:in|en|r)?$`);

/** Words before an office that say its holder then is not the one of the page's date. */
const QUALIFIERS =
  /^(?:former|then|late|vice|deputy|ehemalig|früher|einstig|damalig|künftig|designiert|\d+(?:st|nd|rd|th))(?:e|en|er|es|em)?$/;

/**
 * Words before a title alone that say it names no one in particular: an indefinite article ("a
 * prime minister"), a predicate ("had been defence secretary"); and before any short form, a
 * naming ("namens Bas"). See `AliasMatch.namesNoOne`.
 */
const BEFORE_NO_ONE = /^(?:a|an|ein|eine|einen|einem|einer|been|remains|remained)$/;
const NAMING = /^(?:namens|heißt|named|called)$/;

/**
 * A German office of a man, as written of several after "die": "die Außenminister" are many (the
 * feminine "die Außenministerin", "die Vorsitzende" is one).
 */
const MASCULINE_OFFICE = new RegExp(
  `(?:${GERMAN_OFFICES.filter((office) => !office.endsWith('e')).join('|')})$`,
);

/** Words that follow a sentence's first word where that word is no name: "Weil die Union". */
const AFTER_NO_NAME =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|er|sie|es|wir|ich|man|vor|nach|the|he|she|it|we|they)$/;

/** Qualifiers joined to the office by a hyphen only: "Ex-Kanzlerin", "Alt-Bundeskanzler". */
const HYPHEN_QUALIFIERS = /^(?:ex|alt)$/;

/** Whether a word (its key) is a title in English or German. */
function isTitleKey(key: string): boolean {
  return ENGLISH_TITLES.test(key) || GERMAN_TITLE.test(key);
}

/** Whether token `index` is a title word: capitalized, and a title in English or German. */
function isTitleToken(tokens: TokenList, index: number): boolean {
  if (tokens.kinds[index] !== TokenKind.Word) return false;
  return isCapitalizedWord(tokenSurface(tokens, index)) && isTitleKey(tokenKey(tokens, index));
}

/**
 * The word token right before token `first`, and how it is joined: by white space, or by a
 * hyphen ("Ex-Kanzlerin"); undefined at a block's start or after punctuation.
 */
function wordBefore(
  tokens: TokenList,
  first: number,
): { index: number; hyphen: boolean } | undefined {
  const previous = first - 1;
  if (previous < 0) return undefined;
  if (
    tokens.kinds[previous] === TokenKind.Hyphen &&
    tokens.gaps[first] === Gap.None &&
    tokens.gaps[previous] === Gap.None &&
    tokens.kinds[previous - 1] === TokenKind.Word
  ) {
    return { index: previous - 1, hyphen: true };
  }
  if (tokens.kinds[previous] !== TokenKind.Word) return undefined;
  // "Mr. Biden": an abbreviated title's full stop joins it as white space would.
  if (
    tokens.gaps[first] === Gap.Space ||
    (tokens.text[tokens.ends[previous]!] === '.' &&
      /^(?:mrs?|ms|dr)$/.test(tokenKey(tokens, previous)))
  ) {
    return { index: previous, hyphen: false };
  }
  return undefined;
}

/** Sentence ends and quotation marks: a capital after them says nothing about names. */
const SENTENCE_START = /[.!?:;"“”„«»]/;

function isCapitalizedWord(surface: string): boolean {
  const first = surface.charAt(0);
  return first !== first.toLowerCase() && surface !== surface.toUpperCase();
}

const TRAILING_PUNCTUATION = /[^\p{L}\p{M}\p{N}\s]+$/u;

/**
 * The punctuation that ends an alias ("." of "U.S."), taken from the first accepted terminal; the
 * empty string where it ends in a letter or digit.
 */
function trailingPunctuation(terminals: readonly Terminal[], ids: readonly number[]): string {
  const terminal = terminals.find((candidate) => candidate.id === ids[0]);
  const text = terminal?.text ?? '';
  // Most aliases end in a plain letter: no need for the Unicode expression then.
  if (/[a-zA-Z0-9]$/.test(text)) return '';
  return TRAILING_PUNCTUATION.exec(text)?.[0] ?? '';
}

/**
 * Whether the words around `match` say it names no one the page's date holds it for, or no one at
 * all (`AliasMatch.namesNoOne`); `adjoining` is the word before it, `nextMatched` whether a match
 * follows right after it, `hasPossessive` whether it ends in a possessive.
 */
function namesNoOne(
  tokens: TokenList,
  match: AliasMatch,
  adjoining: { index: number; hyphen: boolean } | undefined,
  nextMatched: boolean,
  hasPossessive: boolean,
): boolean {
  const { firstToken, lastToken } = match;
  // Title words only, in any case: "prime minister", "Präsident" (not "Kreml-Sprecher").
  const isTitle = [firstToken, lastToken].every((index) => isTitleKey(tokenKey(tokens, index)));
  const gapBefore = tokens.text.slice(tokens.ends[firstToken - 1] ?? 0, tokens.starts[firstToken]);
  if (adjoining) {
    const key = tokenKey(tokens, adjoining.index);
    if (QUALIFIERS.test(key)) return true;
    if (adjoining.hyphen) {
      if (HYPHEN_QUALIFIERS.test(key)) return true;
    } else if (
      // A title with a name after it is that person's ("einem Präsidenten Biden").
      !nextMatched &&
      (NAMING.test(key) ||
        (isTitle &&
          (BEFORE_NO_ONE.test(key) ||
            (key === 'die' && MASCULINE_OFFICE.test(tokenKey(tokens, lastToken))))))
    ) {
      return true;
    }
  } else if (
    firstToken > 0 &&
    gapBefore === '. ' &&
    /^\d+$/.test(tokenKey(tokens, firstToken - 1)) &&
    isTitleKey(tokenKey(tokens, firstToken))
  ) {
    // "der 46. Präsident": an ordinal before a title names one holder in a line of them
    // ("2023. KCNA" is a year's end and a name).
    return true;
  }
  // Another's possessive right before a title alone: "Merkel's finance minister".
  const owner = firstToken - 1;
  if (
    isTitle &&
    !nextMatched &&
    owner >= 0 &&
    tokens.gaps[firstToken] !== Gap.Block &&
    tokens.possessiveEnds[owner] !== tokens.ends[owner] &&
    tokens.text.slice(tokens.possessiveEnds[owner], tokens.starts[firstToken]).trim() === '' &&
    isCapitalizedWord(tokenSurface(tokens, owner))
  ) {
    return true;
  }
  const next = lastToken + 1;
  if (next >= tokens.count || tokens.gaps[next] === Gap.Block) return false;
  // A title in another's name: "Chancellor of the Duchy", "Prime Minister's Questions".
  if (isTitle) {
    const following = tokenKey(tokens, next);
    if (following === 'of' || (hasPossessive && isCapitalizedWord(tokenSurface(tokens, next)))) {
      return true;
    }
  }
  // A word as a sentence would begin with it, before an article ("Weil die", not "KCNA die").
  return (
    firstToken === lastToken &&
    isCapitalizedWord(tokenSurface(tokens, firstToken)) &&
    tokens.gaps[next] === Gap.Space &&
    AFTER_NO_NAME.test(tokenSurface(tokens, next)) &&
    (tokens.gaps[firstToken] === Gap.Block || SENTENCE_START.test(gapBefore))
  );
}

/**
 * Sets `nextIsName`, `previousIsGivenName`, `namesNoOne` and the title before each match, from the
 * words around it.
 */
function describeNeighbors(tokens: TokenList, matches: AliasMatch[]): void {
  matches.forEach((match, index) => {
    const next = match.lastToken + 1;
    const nextMatched = matches[index + 1]?.firstToken === next;
    const hasPossessive = tokens.possessiveEnds[match.lastToken] !== tokens.ends[match.lastToken];
    match.nextIsName =
      next < tokens.count &&
      !nextMatched &&
      !hasPossessive &&
      !match.inflected &&
      match.end === tokens.possessiveEnds[match.lastToken] &&
      tokens.gaps[next] === Gap.Space &&
      tokens.kinds[next] === TokenKind.Word &&
      isCapitalizedWord(tokenSurface(tokens, next)) &&
      // "Chad President Déby": a title goes on with no name of the same person.
      !ENGLISH_TITLES.test(tokenKey(tokens, next));
    // An epithet of one word is a title: "Bundeskanzler", "Kremlchef", "Taoiseach".
    match.isTitleWord = match.firstToken === match.lastToken;

    const adjoining = wordBefore(tokens, match.firstToken);
    match.namesNoOne = namesNoOne(tokens, match, adjoining, nextMatched, hasPossessive);
    // The word right before, joined by white space: a title's last word, or a given name.
    const previous = adjoining && !adjoining.hyphen ? adjoining.index : -1;
    const previousMatch = matches[index - 1];
    const previousMatched = previous >= 0 && previousMatch?.lastToken === previous;
    // The title before: title words, back to the first ("Prime Minister", "Vice President").
    if (previousMatched) {
      // A title that is a match of its own, of title words only: "Kanzler", "Prime Minister"
      // (not "Russlands Präsident").
      let title = previousMatch.firstToken;
      while (title <= previous && isTitleToken(tokens, title)) title += 1;
      // "former President Donald Trump": the title is not his now, and no part of the mention.
      if (title > previous && !previousMatch.namesNoOne) {
        match.titleLength = match.start - tokens.starts[previousMatch.firstToken]!;
      }
    } else if (previous >= 0 && isTitleToken(tokens, previous)) {
      let title = previous;
      for (;;) {
        const earlier = wordBefore(tokens, title);
        if (!earlier || earlier.hyphen || previousMatch?.lastToken === earlier.index) break;
        if (!isTitleToken(tokens, earlier.index)) break;
        title = earlier.index;
      }
      match.titleLength = match.start - tokens.starts[title]!;
    }

    if (previous < 1 || previousMatched || tokens.gaps[previous] === Gap.Block) return;
    const before = tokens.text.slice(tokens.ends[previous - 1], tokens.starts[previous]);
    match.previousIsGivenName =
      !SENTENCE_START.test(before) &&
      isCapitalizedWord(tokenSurface(tokens, previous)) &&
      !ENGLISH_TITLES.test(tokenKey(tokens, previous));
  });
}
