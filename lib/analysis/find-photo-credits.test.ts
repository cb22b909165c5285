import { describe, expect, test } from 'vitest';
import { createRecognizer } from './create-recognizer';
import { compilePack } from '../knowledge/compile-pack';
import { makeSmallPack } from '../knowledge/small-pack.fixture';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { analyzeText } from './analyze-text';
import { findPhotoCredits } from './find-photo-credits';

function creditsIn(block: string): string[] {
  return findPhotoCredits(block).map((span) => block.slice(span.start, span.end));
}

describe('findPhotoCredits', () => {
  test.each([
    ['Kim Jong Un in Pjöngjang. (Foto: REUTERS)', 'Foto: REUTERS'],
    ['Bild: dpa', 'Bild: dpa'],
    ['Der Kremlchef in Moskau. © KCNA/dpa', '© KCNA/dpa'],
    [
      'Archivbild (16.08.2024): Siedlungen im Westjordanland. Bildrechte: Reuters',
      'Bildrechte: Reuters',
    ],
    ['Ein Tanker vor Venezuela. (Quelle: IMAGO/Sven Simon)', 'Quelle: IMAGO/Sven Simon'],
    // welt.de glues the credit to the caption: no space, no separator.
    ['Die Kandidaten im StudioQuelle: Martin Schutt/dpa', 'Quelle: Martin Schutt/dpa'],
    ['IMAGO/Sven Simon', 'IMAGO/Sven Simon'],
    ['Weitere Quellen • AP', 'Weitere Quellen • AP'],
  ])('German: %j holds the credit %j', (block, credit) => {
    expect(creditsIn(block)).toContain(credit);
  });

  test.each([
    [
      'President Joe Biden speaks in Washington. (Joshua Roberts/Reuters)',
      'Joshua Roberts/Reuters',
    ],
    ['A man in Maras, Turkey, February 11, 2023. REUTERS/Issam Abdallah', 'REUTERS/Issam Abdallah'],
    ['Getty Images', 'Getty Images'],
    ['AFP via Getty Images', 'AFP via Getty Images'],
    ['Photograph: Kin Cheung/AP', 'Photograph: Kin Cheung/AP'],
    ['Frank Franklin II/Copyright 2026 The AP. All rights reserved.', 'Copyright 2026 The AP.'],
  ])('English: %j holds the credit %j', (block, credit) => {
    expect(creditsIn(block)).toContain(credit);
  });

  test.each([
    'sagte ein Sprecher der Nachrichtenagentur Reuters am Montag.',
    'Wie die Deutsche Presse-Agentur (dpa) berichtet, reiste Kim nach Russland.',
    'Der Kremlchef sagte dies der dpa/AFP am Abend.',
    'Die Union aus CDU/CSU stimmte zu.',
    // A block of an agency's name alone: an article's list of its sources, say.
    'Reuters',
    // A keyword after a word of the sentence is the sentence's own.
    'Das Bild: Putin und Kim Jong Un beim Händeschütteln in Wladiwostok.',
    'Reuters reported that Putin met Kim on Wednesday.',
    'SEOUL, Aug. 20 (Yonhap) -- North Korea slammed the drill.',
    'WASHINGTON (AP) — The State Department said on Monday that it had no comment.',
  ])('no credit in the article’s own words: %j', (block) => {
    expect(creditsIn(block)).toEqual([]);
  });

  test('a credit ends with the sentence it stands in', () => {
    expect(creditsIn('Foto: dpa. Kim Jong Un und Wladimir Putin trafen sich im Osten.')).toEqual([
      'Foto: dpa.',
    ]);
  });

  test('a keyword far from the end of a long paragraph starts no credit', () => {
    const block = `Bild: ${'Die Lage an der Front blieb am Dienstag angespannt, sagten Beobachter. '.repeat(3)}`;
    expect(creditsIn(block)).toEqual([]);
  });
});

describe('recognition leaves photo credits out', () => {
  const pack = makeSmallPack();
  pack.entities.push({
    id: 'reuters',
    type: 'organization',
    names: { de: 'Reuters', en: 'Reuters' },
    aliases: {
      de: [{ text: 'Reuters', kind: 'full' }],
      en: [{ text: 'Reuters', kind: 'full' }],
    },
    description: { de: 'Nachrichtenagentur.', en: 'A news agency.' },
  });
  const recognizer = createRecognizer([compilePack(pack)]);

  function mentionedWords(blocks: string[], language: 'de' | 'en'): string[] {
    const text = blocks.join(BLOCK_SEPARATOR);
    const analysis = analyzeText(text, recognizer, {
      metadata: { title: 'Test', language },
      language,
      today: '2026-12-01',
    });
    return analysis.mentions.map((mention) => text.slice(mention.start, mention.end));
  }

  test('German: the caption’s credit is no mention, the agency quoted in the text is', () => {
    const words = mentionedWords(
      [
        'Putin in Moskau (Foto: Reuters)',
        'Bildrechte: Reuters',
        'Das sagte ein Sprecher der Nachrichtenagentur Reuters in Russland.',
      ],
      'de',
    );
    expect(words).toEqual(['Putin', 'Reuters', 'Russland']);
  });

  test('English: "(Name/Reuters)" and "REUTERS/Name" are no mentions; "Reuters reported" is', () => {
    const words = mentionedWords(
      [
        'Vladimir Putin in Moscow. (Evgenia Novozhenina/Reuters)',
        'Putin at a meeting. REUTERS/Maxim Shemetov',
        'Reuters reported that Russia had not commented.',
      ],
      'en',
    );
    expect(words).toEqual(['Vladimir Putin', 'Putin', 'Reuters', 'Russia']);
  });
});
