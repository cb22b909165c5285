/**
 * News-like text for benchmarks: German sentences of ordinary words, with names of a pack planted
 * at a given rate, in paragraphs separated as the page text model separates blocks.
 */
import { BLOCK_SEPARATOR } from '../lib/text/block-separator';
import { createRandom } from '../lib/knowledge/generate-synthetic-pack';

const WORDS = (
  'der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an ' +
  'werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum ' +
  'Regierung Gespräche Treffen Sanktionen Minister erklärte Mittwoch Dienstag Delegation Berichten ' +
  'zufolge Zusammenarbeit militärische Lieferungen Agentur Sprecher sagte warnte Besuch Hauptstadt ' +
  'Kimchi Putinismus Kremlchef Wirtschaft Woche Jahr Prozent Millionen international Rat Staaten'
).split(' ');

export interface NewsTextOptions {
  /** Length of the text, in UTF-16 code units (about bytes for this mostly ASCII text). */
  length: number;
  /** Names to plant, as written in the pack. */
  names: readonly string[];
  /** The share of words that are names. */
  nameRate?: number;
  seed?: number;
}

/** Generates the text; the same options give the same text. */
export function generateNewsText({
  length,
  names,
  nameRate = 0.02,
  seed = 7,
}: NewsTextOptions): string {
  const random = createRandom(seed);
  const parts: string[] = [];
  let size = 0;
  let sentenceLength = 0;
  let paragraphLength = 0;
  while (size < length) {
    const useName = names.length > 0 && random() < nameRate;
    let word = useName
      ? names[Math.floor(random() * names.length)]!
      : WORDS[Math.floor(random() * WORDS.length)]!;
    if (sentenceLength === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    sentenceLength += 1;
    let separator = ' ';
    if (sentenceLength > 8 + random() * 14) {
      separator = '. ';
      sentenceLength = 0;
      paragraphLength += 1;
      if (paragraphLength > 3 + random() * 4) {
        separator = `.${BLOCK_SEPARATOR}`;
        paragraphLength = 0;
      }
    }
    parts.push(word, separator);
    size += word.length + separator.length;
  }
  return parts.join('').slice(0, length);
}
