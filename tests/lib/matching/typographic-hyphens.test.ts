/**
 * Names written with a typographic hyphen: the tokenizer reads U+2010 (hyphen) and U+2011
 * (non-breaking hyphen) as the hyphen-minus they stand for, so "Kim Jong‑un" is the pack's
 * "Kim Jong-un". Found by the page invariance fuzz (tests/browser/page-invariance.fuzz.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { createBundledRecognizer } from '../bundled-pack';

const HYPHENS = [
  ['hyphen-minus', '-'],
  ['hyphen (U+2010)', '\u2010'],
  ['non-breaking hyphen (U+2011)', '\u2011'],
] as const;

/** The mentions of `text`, as the words they cover and the entity they name. */
function recognize(text: string): [string, string][] {
  const recognizer = createBundledRecognizer();
  return recognizer
    .recognize(text, { date: '2026-11-26' })
    .map(({ start, end, entity }) => [text.slice(start, end), recognizer.entities[entity]!.id]);
}

describe.each(HYPHENS)('a hyphenated name written with a %s', (_, hyphen) => {
  test('a full name: Kim Jong-un', () => {
    const name = `Kim Jong${hyphen}un`;
    expect(recognize(`Heute traf ${name} ihn.`)).toEqual([[name, 'kim-jong-un']]);
  });

  test('a compound: UN-Sicherheitsrat', () => {
    const name = `UN${hyphen}Sicherheitsrat`;
    expect(recognize(`Der ${name} tagt.`)).toEqual([[name, 'un-security-council']]);
  });
});
