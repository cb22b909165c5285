/**
 * The recognizer's memory of blocks it matched before (a live page read again) gives the same
 * mentions as a recognizer that reads the page for the first time. Found by the page invariance
 * fuzz (tests/browser/page-invariance.fuzz.test.ts): a remembered block between two new ones had
 * its names counted twice.
 */
import { describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from '../../../lib/text/block-separator';
import { createBundledRecognizer } from '../bundled-pack';

const OPTIONS = { date: '2026-11-26', language: 'de' };

/** The mentions of `text`, as the words they cover. */
function mentionsOf(recognizer: ReturnType<typeof createBundledRecognizer>, text: string) {
  return recognizer
    .recognize(text, OPTIONS)
    .map(({ start, end, entity }) => [
      text.slice(start, end),
      start,
      recognizer.entities[entity]!.id,
    ]);
}

describe('a page read again', () => {
  test('a remembered block between two new ones: its names once, where they are', () => {
    const recognizer = createBundledRecognizer();
    mentionsOf(recognizer, 'Der Kreml schweigt.');
    const page = ['Heute sagte er wenig.', 'Der Kreml schweigt.', 'Morgen reist er ab.'].join(
      BLOCK_SEPARATOR,
    );
    expect(mentionsOf(recognizer, page)).toEqual(mentionsOf(createBundledRecognizer(), page));
    expect(mentionsOf(recognizer, page)).toEqual([['Kreml', 26, 'kremlin']]);
  });

  test('a live page that grows at the top: every mention once', () => {
    const recognizer = createBundledRecognizer();
    const entries = [
      'Putin empfängt Kim Jong Un im Kreml.',
      'Der Kreml bestätigt das Treffen.',
      'Nordkorea meldet die Ankunft.',
    ];
    mentionsOf(recognizer, entries.join(BLOCK_SEPARATOR));
    const grown = [
      'Neu: Schoigu ist dabei.',
      entries[0],
      'Eilmeldung ohne Namen.',
      ...entries.slice(1),
    ].join(BLOCK_SEPARATOR);
    expect(mentionsOf(recognizer, grown)).toEqual(mentionsOf(createBundledRecognizer(), grown));
  });
});
