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

function escapeForRegExp(text: string): string {
  // No '-': escaped outside a character class, it is an error in a Unicode pattern.
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so that "Getty Images" wins over "Getty". */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegExp)
    .join('|');
}

const AGENCY = alternation(PHOTO_AGENCIES);
/** A keyword with its colon or bullet: "Foto:", "Weitere Quellen •"; and "©" on its own. */
const KEYWORD_PATTERN = new RegExp(
  `(?:(?<![\\p{L}])(?:${alternation(CREDIT_KEYWORDS)})\\s*[:•|]|(?<=\\p{Ll})(?:Quelle|Foto|Bild):|©|\\bCopyright\\s+\\d{4})`,
  'gu',
);
/**
 * A photographer's name as credits give it: up to four capitalized words ("Hannes P. Albert"), or
 * an editor's short sign ("ino").
 */
const CREDITED_NAME = "(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3}|\\p{Ll}{2,6})";
/**
 * A name joined to an agency by a slash, either way round: "Joshua Roberts/Reuters" where it ends
 * a caption or a parenthesis (in a sentence, "der dpa/AFP" is an attribution), and
 * "REUTERS/Issam Abdallah", an agency in capitals, anywhere.
 */
const SLASH_PATTERN = new RegExp(
  `(?<![\\p{L}])${CREDITED_NAME}\\s?/\\s?(?:${AGENCY}|imago)(?=\\s*(?:[)|,;/]|$))|(?<![\\p{L}])(?:${AGENCY.toUpperCase()}|IMAGO|imago)\\s?/\\s?${CREDITED_NAME}`,
  'gu',
);
/** A block that is nothing but an agency's signature: "Getty Images", "AFP via Getty Images". */
const SIGNATURE_PATTERN = new RegExp(
  `^\\s*(?:${AGENCY})(?:\\s+via\\s+(?:${AGENCY}))?(?:\\s*[/|,]\\s*[^${BLOCK_SEPARATOR}]{0,60})?\\s*$`,
  'u',
);

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
  return block.length - from <= MAX_CREDIT_LENGTH ? block.length : undefined;
}

/** Whether the text just before `index` (spaces skipped) opens a parenthesis. */
function opensParenthesis(block: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && block[at] === ' ') at--;
  return block[at] === '(';
}

/** The photo credits in one block of text (a paragraph, a caption), as offsets into it. */
export function findPhotoCredits(block: string): Span[] {
  if (SIGNATURE_PATTERN.test(block)) return [{ start: 0, end: block.length }];
  const spans: Span[] = [];
  for (const match of block.matchAll(KEYWORD_PATTERN)) {
    const start = match.index;
    const end = findCreditEnd(block, start, opensParenthesis(block, start));
    if (end !== undefined) spans.push({ start, end });
  }
  for (const match of block.matchAll(SLASH_PATTERN)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
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
