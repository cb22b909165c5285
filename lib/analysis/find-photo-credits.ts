/**
 * Photo credits in an article's text: "Foto: REUTERS", "(Bild: dpa)", "(Joshua Roberts/Reuters)",
 * "© KCNA/dpa", "IMAGO/Sven Simon", "REUTERS/Issam Abdallah", "Quelle: Martin Schutt/dpa",
 * "Getty Images". They sit in captions, which are the article's own, but name who took a picture,
 * not whom the story is about: a mention in one is no mention. An agency quoted in a sentence
 * ("sagte ein Sprecher der Nachrichtenagentur Reuters", "Reuters reported") is article text, and so
 * is a dateline ("SEOUL, Aug. 20 (Yonhap) --").
 *
 * Credits are found on text, not markup, since sites mark them up in every way or not at all
 * (welt.de glues "Quelle: …" to the caption without a space).
 */
import { BLOCK_SEPARATOR } from '../text/block-separator';

/** A credit runs at most this far from its keyword (to a closing parenthesis or the block's end). */
export const MAX_CREDIT_LENGTH = 120;

/** A credit that is a sentence of its own, before more of the caption, is at most this long. */
const MAX_SENTENCE_CREDIT_LENGTH = 60;

/** Words that start a credit when a colon (or a bullet) follows them. */
const CREDIT_KEYWORDS = [
  'Foto', // "Foto: dpa"
  'Fotos', // "Fotos: AFP, Reuters"
  'Fotograf', // "Fotograf: …"
  'Bild', // "(Bild: Hersteller)"
  'Bilder', // "Bilder: …"
  'Bildrechte', // "Bildrechte: Reuters" (br.de)
  'Bildquelle', // "Bildquelle: …"
  'Bildnachweis', // "Bildnachweis: …"
  'Quelle', // "(Quelle: IMAGO/…)" (t-online.de), "Quelle: dpa" (zdfheute.de, welt.de)
  'Quellen', // "Quellen: …"
  'Weitere Quellen', // "Weitere Quellen • AP" (euronews)
  'Photo', // "Photo: AP"
  'Photos', // "Photos: …"
  'Photograph', // "Photograph: …" (theguardian.com)
  'Picture', // "Picture: PA"
  'Image', // "Image: Getty"
  'Images', // "Images: …"
  'Credit', // "Credit: Reuters"
  'Credits', // "Credits: …"
  'Copyright', // "Copyright: …", and "Copyright 2026 The AP" below
];

/** Agencies and picture services as they sign photos. */
const PHOTO_AGENCIES = [
  'AAP',
  'AFP',
  'Alamy',
  'ANSA',
  'AP',
  'APA',
  'Anadolu',
  'DDP',
  'dpa',
  'EFE',
  'EPA',
  'EPA-EFE',
  'Getty',
  'Getty Images',
  'IMAGO',
  'KCNA',
  'Keystone',
  'NurPhoto',
  'PA',
  'PA Media',
  'PA Wire',
  'picture alliance',
  'picture-alliance',
  'Reuters',
  'Shutterstock',
  'SIPA',
  'Sputnik',
  'TASS',
  'Xinhua',
  'Yonhap',
];

export interface Span {
  start: number;
  end: number;
}

/** Where a credit that starts at `from` in `block` ends: its closing parenthesis, else the block's end. */
function findCreditEnd(block: string, from: number, inParentheses: boolean): number | undefined {
  if (inParentheses) {
    const close = block.indexOf(')', from);
    return close >= 0 && close - from <= MAX_CREDIT_LENGTH ? close : undefined;
  }
  // A credit ends its caption, or a short sentence of its own ("Foto: dpa. Kim Jong Un und …").
  const sentenceEnd = block.indexOf('. ', from);
  if (sentenceEnd >= 0 && isUpper(block[sentenceEnd + 2])) {
    return sentenceEnd + 1 - from <= MAX_SENTENCE_CREDIT_LENGTH ? sentenceEnd + 1 : undefined;
  }
  return block.length - from <= MAX_CREDIT_LENGTH ? block.length : undefined;
}

/** Whether the text just before `index` (spaces skipped) opens a parenthesis. */
function opensParenthesis(block: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && block[at] === ' ') at--;
  return block[at] === '(';
}

// Letters by case mapping, not by Unicode property: a pattern with `\p{L}` cost a fresh page
// about 15 ms to compile (Chromium 156, a page of cnn.com's size), and these scans are simple.
function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

function isUpper(char: string | undefined): boolean {
  return isLetter(char) && char !== char!.toLowerCase();
}

/** Characters that may stand in a credited name's word ("O’Neil", "Hannes P.", "Kim-Jong"). */
function isNameChar(char: string | undefined): boolean {
  return isLetter(char) || char === "'" || char === '’' || char === '.' || char === '-';
}

/** The start of the word (letters only) that ends at `end`; `end` where none does. */
function wordStartBefore(block: string, end: number): number {
  let start = end;
  while (start > 0 && isLetter(block[start - 1])) start--;
  return start;
}

/**
 * The start of a credited name that ends at `end`: up to four capitalized words ("Hannes P.
 * Albert"), or an editor's sign in lower case ("ino"); undefined where none ends there.
 */
function nameStartBefore(block: string, end: number): number | undefined {
  let start: number | undefined;
  let at = end;
  for (let words = 0; words < 4; words++) {
    let wordStart = at;
    while (wordStart > 0 && isNameChar(block[wordStart - 1])) wordStart--;
    if (wordStart === at) break;
    if (!isUpper(block[wordStart])) {
      // A sign in lower case stands alone: "ino/dpa".
      const isSign = words === 0 && at - wordStart <= 6 && !isLetter(block[wordStart - 1]);
      return isSign ? wordStart : start;
    }
    start = wordStart;
    if (block[wordStart - 1] !== ' ') break;
    at = wordStart - 1;
  }
  return start;
}

/**
 * The words of a photographer's name after an agency ("REUTERS/Issam Abdallah"): a credit rarely
 * names more, and the caption's next words may be a name of the story.
 */
const MAX_NAME_WORDS = 3;

/** The end of a credited name that starts at `from`: up to `MAX_NAME_WORDS` capitalized words. */
function nameEndAfter(block: string, from: number): number | undefined {
  let end: number | undefined;
  let at = from;
  for (let words = 0; words < MAX_NAME_WORDS && isUpper(block[at]); words++) {
    while (at < block.length && isNameChar(block[at])) at++;
    end = at;
    if (block[at] !== ' ') break;
    at += 1;
  }
  return end;
}

/** The agency (of `agencies`, longest first) that starts at `from`, as a whole word. */
function agencyAt(block: string, from: number, agencies: readonly string[]): string | undefined {
  return agencies.find(
    (agency) => block.startsWith(agency, from) && !isLetter(block[from + agency.length]),
  );
}

/** The agency (of `agencies`, longest first) that ends at `end`, as a whole word. */
function agencyBefore(block: string, end: number, agencies: readonly string[]): string | undefined {
  return agencies.find(
    (agency) => block.endsWith(agency, end) && !isLetter(block[end - agency.length - 1]),
  );
}

/** Longest first, so that "Getty Images" wins over "Getty". */
const AGENCIES = [...PHOTO_AGENCIES, 'imago'].sort((a, b) => b.length - a.length);
/** Agencies in capitals sign before the photographer: "REUTERS/Issam Abdallah", "IMAGO/…". */
const AGENCIES_IN_CAPITALS = [...new Set(AGENCIES.map((agency) => agency.toUpperCase()))];
const KEYWORDS: ReadonlySet<string> = new Set(CREDIT_KEYWORDS);
/** A copyright notice with its year needs no colon. */
const COPYRIGHT_YEAR = 'Copyright ';
/** Keywords that follow a caption's last word without a space (welt.de). */
const GLUED_KEYWORDS = ['Quelle', 'Foto', 'Bild'];
/** What may follow the agency that ends a credit: nothing, or the next credit. */
const AFTER_CREDIT: ReadonlySet<string> = new Set([')', ',', ';', '|', '/']);

/**
 * Picture services that sign a photo with their name alone ("Getty Images" under bbc.com's
 * pictures). A news agency's name alone ("Reuters") may as well be an article's list of sources,
 * and is no credit by itself.
 */
const PICTURE_SERVICES: readonly string[] = [
  'Getty Images',
  'IMAGO',
  'picture alliance',
  'picture-alliance',
  'Shutterstock',
  'Alamy',
  'NurPhoto',
  'EPA-EFE',
  'PA Media',
  'PA Wire',
];

/** Whether `block` is nothing but a photo's signature: "Getty Images", "AFP via Getty Images". */
function isSignature(block: string): boolean {
  const text = block.trim();
  if (text.length > MAX_CREDIT_LENGTH) return false;
  const first = agencyAt(text, 0, AGENCIES);
  if (!first) return false;
  const rest = text.slice(first.length).trimStart();
  if (rest === '') return PICTURE_SERVICES.includes(first);
  if (rest.startsWith('via ')) return agencyAt(rest, 'via '.length, AGENCIES) !== undefined;
  return rest[0] === '/' || rest[0] === '|';
}

/** Whether a word (letters or digits, spaces skipped) stands just before `index`. */
function isWordBefore(block: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && block[at] === ' ') at--;
  const char = block[at];
  return char !== undefined && (isLetter(char) || (char >= '0' && char <= '9'));
}

/** Where the credit keyword before the colon (or bullet) at `mark` starts, if one stands there. */
function findKeywordBefore(block: string, mark: number): number | undefined {
  let end = mark;
  while (end > 0 && block[end - 1] === ' ') end--;
  const start = wordStartBefore(block, end);
  const word = block.slice(start, end);
  if (KEYWORDS.has(word)) {
    // "Weitere Quellen •": a keyword of two words.
    const before = wordStartBefore(block, start - 1);
    if (start > 0 && KEYWORDS.has(block.slice(before, end))) return before;
    // After a word, the keyword is the sentence's own ("Das Bild: Putin und Kim …"); a credit
    // starts its caption, or follows a parenthesis or a sentence's end.
    return isWordBefore(block, start) ? undefined : start;
  }
  if (block[mark] !== ':') return undefined;
  const glued = GLUED_KEYWORDS.find(
    (keyword) => word.endsWith(keyword) && word.length > keyword.length,
  );
  if (!glued) return undefined;
  const at = end - glued.length;
  const before = block[at - 1]!;
  return before !== before.toUpperCase() ? at : undefined;
}

/** The credit of a name and an agency joined by the slash at `slash`, if there is one. */
function findSlashCredit(block: string, slash: number): Span | undefined {
  let left = slash;
  while (left > 0 && block[left - 1] === ' ') left--;
  let right = slash + 1;
  while (block[right] === ' ') right++;
  // "Joshua Roberts/Reuters", where the agency ends the credit (in a sentence, "der dpa/AFP" is
  // an attribution).
  const agency = agencyAt(block, right, AGENCIES);
  if (agency) {
    const after = block.slice(right + agency.length).trimStart()[0];
    const start = nameStartBefore(block, left);
    if (start !== undefined && (after === undefined || AFTER_CREDIT.has(after))) {
      return { start, end: right + agency.length };
    }
  }
  // "REUTERS/Issam Abdallah": an agency in capitals, anywhere.
  const signing = agencyBefore(block, left, AGENCIES_IN_CAPITALS);
  const end = signing ? nameEndAfter(block, right) : undefined;
  return signing && end !== undefined ? { start: left - signing.length, end } : undefined;
}

/** The photo credits in one block of text (a paragraph, a caption), as offsets into it. */
export function findPhotoCredits(block: string): Span[] {
  if (isSignature(block)) return [{ start: 0, end: block.length }];
  const spans: Span[] = [];
  const addFrom = (start: number): void => {
    const end = findCreditEnd(block, start, opensParenthesis(block, start));
    if (end !== undefined) spans.push({ start, end });
  };
  for (let index = 0; index < block.length; index++) {
    const char = block[index];
    if (char === ':' || char === '•' || char === '|') {
      const start = findKeywordBefore(block, index);
      if (start !== undefined) addFrom(start);
    } else if (char === '©') {
      addFrom(index);
    } else if (char === 'C' && block.startsWith(COPYRIGHT_YEAR, index)) {
      // "Copyright 2026 The AP. All rights reserved."
      const digit = block.charCodeAt(index + COPYRIGHT_YEAR.length);
      if (!isLetter(block[index - 1]) && digit >= 48 && digit <= 57) addFrom(index);
    } else if (char === '/') {
      const span = findSlashCredit(block, index);
      if (span) spans.push(span);
    }
  }
  return spans;
}

/**
 * A test of whether `[start, end)` of `text` (a page's text model, blocks apart) lies in a photo
 * credit. Each block is searched once, when a mention in it is first asked about.
 */
export function createPhotoCreditTest(text: string): (start: number, end: number) => boolean {
  const spansByBlock = new Map<number, Span[]>();
  return (start, end) => {
    const blockStart = text.lastIndexOf(BLOCK_SEPARATOR, start - 1) + 1;
    let spans = spansByBlock.get(blockStart);
    if (!spans) {
      const separator = text.indexOf(BLOCK_SEPARATOR, end);
      const block = text.slice(blockStart, separator < 0 ? text.length : separator);
      spans = findPhotoCredits(block).map((span) => ({
        start: span.start + blockStart,
        end: span.end + blockStart,
      }));
      spansByBlock.set(blockStart, spans);
    }
    return spans.some((span) => span.start <= start && end <= span.end);
  };
}
