import { describe, expect, test } from 'vitest';
import { buildNameFinder, type NameEntry } from './find-names';

const NAMES: NameEntry[] = [
  { text: 'Kim Jong Un', entityId: 'kim-jong-un' },
  { text: 'Kim Young-ho', entityId: 'kim-young-ho' },
  { text: 'Putin', entityId: 'vladimir-putin' },
  { text: 'Kreml', entityId: 'kremlin' },
  { text: 'KCNA', entityId: 'kcna' },
];

function find(text: string): [string, string][] {
  return buildNameFinder(NAMES)(text).map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('buildNameFinder', () => {
  test('finds every name in text order', () => {
    expect(find('Putin traf Kim Jong Un. Später sprach Putin.')).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Kim Jong Un', 'kim-jong-un'],
      ['Putin', 'vladimir-putin'],
    ]);
  });

  test('accepts German genitive -s and English possessives, and reports the bare name', () => {
    expect(find("Putins Gast, Putin's guest, Putin’s guest")).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
    ]);
  });

  test('never matches inside a longer word, on Unicode word boundaries', () => {
    expect(find('Putinismus, KCNAs, Kremlchef, ÜberPutin, Putinö')).toEqual([['KCNA', 'kcna']]);
  });

  test('exposes the name part of a hyphenated compound', () => {
    expect(find('Kreml-Chef Putin')).toEqual([
      ['Kreml', 'kremlin'],
      ['Putin', 'vladimir-putin'],
    ]);
  });

  test('takes a line break inside a name as the space it is', () => {
    expect(find('mit Kim\n  Jong Un')).toEqual([['Kim\n  Jong Un', 'kim-jong-un']]);
  });

  test('an empty list finds nothing', () => {
    expect(buildNameFinder([])('Putin')).toEqual([]);
  });
});
