import { describe, expect, test } from 'vitest';
import { createRecognizer } from '../analysis/create-recognizer';
import {
  AliasFlag,
  COMPILED_FORMAT,
  type CompiledAlias,
  type CompiledPack,
} from '../knowledge/compile-pack';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { CONFIDENCE } from './resolve-mentions';
import { startHashes } from './build-matcher';

/** The start hashes of a compiled pack's aliases, as compilePack writes them. */
function hashesOf(texts: string[]): { firstHashes: number[]; secondHashes: number[] } {
  const { first, second } = startHashes(texts);
  return { firstHashes: first, secondHashes: second };
}

const FULL = 0;
const SHORT = 1;
const EPITHET = 2;
const STANDALONE = AliasFlag.Standalone;
const SHARED = AliasFlag.Shared;

const ENTITIES = [
  'kim-jong-un',
  'kim-young-ho',
  'vladimir-putin',
  'matthew-miller',
  'sergei-shoigu',
  'andrei-belousov',
];

const ALIASES: CompiledAlias[] = [
  ['Kim Jong Un', 0, FULL],
  ['Kim', 0, SHORT | SHARED],
  ['Nordkoreas Machthaber', 0, EPITHET],
  ['Kim Young-ho', 1, FULL],
  ['Kim', 1, SHORT | SHARED],
  ['Wladimir Putin', 2, FULL],
  ['Putin', 2, SHORT | STANDALONE],
  ['Matthew Miller', 3, FULL],
  ['Miller', 3, SHORT],
  ['Sergej Schoigu', 4, FULL],
  ['Russlands Verteidigungsminister', 4, EPITHET, '2012-11', '2024-05'],
  ['Andrei Belousov', 5, FULL],
  ['Russlands Verteidigungsminister', 5, EPITHET, '2024-05', null],
];

const PACK: CompiledPack = {
  compiledFormat: COMPILED_FORMAT,
  id: 'test',
  version: '1',
  asOf: '2025-01-01',
  title: { de: 'Test', en: 'Test' },
  entities: ENTITIES.map((id) => ({ id, type: 'person', names: { de: id, en: id } })),
  aliases: ALIASES,
  ...hashesOf(ALIASES.map(([text]) => text)),
};

const recognizer = createRecognizer([PACK]);

function resolve(text: string, date = '2023-09-14', language = 'de') {
  return recognizer.recognize(text, { date, language }).map((mention) => ({
    text: text.slice(mention.start, mention.end),
    entity: ENTITIES[mention.entity],
    kind: mention.kind,
    confidence: mention.confidence,
    ...(mention.alternatives && {
      alternatives: mention.alternatives.map((index) => ENTITIES[index]),
    }),
  }));
}

describe('resolveMentions', () => {
  test('full names and epithets point to their entity', () => {
    expect(resolve('Kim Jong Un traf Wladimir Putin. Nordkoreas Machthaber reiste ab.')).toEqual([
      { text: 'Kim Jong Un', entity: 'kim-jong-un', kind: 'full', confidence: CONFIDENCE.full },
      {
        text: 'Wladimir Putin',
        entity: 'vladimir-putin',
        kind: 'full',
        confidence: CONFIDENCE.full,
      },
      {
        text: 'Nordkoreas Machthaber',
        entity: 'kim-jong-un',
        kind: 'epithet',
        confidence: CONFIDENCE.epithet,
      },
    ]);
  });

  test('a short form links where the page names its entity in full', () => {
    expect(resolve('Matthew Miller warnte. Miller sagte, Miller habe')).toMatchObject([
      { entity: 'matthew-miller', kind: 'full' },
      {
        text: 'Miller',
        entity: 'matthew-miller',
        kind: 'short',
        confidence: CONFIDENCE.shortNamed,
      },
      { text: 'Miller', entity: 'matthew-miller', kind: 'short' },
    ]);
  });

  test('a short form that may not stand alone is not linked on a page without the full name', () => {
    expect(resolve('Miller warnte vor Sanktionen. Kim reiste ab.')).toEqual([]);
  });

  test('a short form the pack lets stand alone links alone, a little less sure', () => {
    expect(resolve('Putin sprach.')).toEqual([
      {
        text: 'Putin',
        entity: 'vladimir-putin',
        kind: 'short',
        confidence: CONFIDENCE.shortStandalone,
      },
    ]);
  });

  test('where named entities share a short form, the one named last before it wins', () => {
    const mentions = resolve(
      'Kim lächelte. Kim Jong Un kam an. Kim winkte. Später sprach Kim Young-ho in Seoul. Kim war besorgt.',
    );
    expect(mentions.filter((mention) => mention.text === 'Kim')).toEqual([
      {
        text: 'Kim',
        entity: 'kim-jong-un',
        kind: 'short',
        confidence: CONFIDENCE.shortCataphor,
        alternatives: ['kim-young-ho'],
      },
      {
        text: 'Kim',
        entity: 'kim-jong-un',
        kind: 'short',
        confidence: CONFIDENCE.shortAntecedent,
        alternatives: ['kim-young-ho'],
      },
      {
        text: 'Kim',
        entity: 'kim-young-ho',
        kind: 'short',
        confidence: CONFIDENCE.shortNearest,
        alternatives: ['kim-jong-un'],
      },
    ]);
  });

  test('a short form followed by another capitalized name belongs to someone else', () => {
    expect(resolve('Kim Jong Un reiste. Kim Wilde sang. Kim Yo Jong schwieg.')).toEqual([
      { text: 'Kim Jong Un', entity: 'kim-jong-un', kind: 'full', confidence: CONFIDENCE.full },
    ]);
  });

  test('on English pages, a given name before a short form belongs to someone else', () => {
    const text =
      'Matthew Miller spoke. The novelist Henry Miller wrote. Spokesman Miller added. Yesterday Miller left.';
    // "Spokesman Miller": a title before the name is one mention with it.
    expect(resolve(text, '2023-09-14', 'en').map((mention) => mention.text)).toEqual([
      'Matthew Miller',
      'Spokesman Miller',
      'Miller',
    ]);
  });

  test('epithets hold only for the dates the pack gives them', () => {
    expect(resolve('Russlands Verteidigungsminister reiste mit.', '2023-09-13')).toMatchObject([
      { entity: 'sergei-shoigu' },
    ]);
    expect(resolve('Russlands Verteidigungsminister reiste mit.', '2025-02-01')).toMatchObject([
      { entity: 'andrei-belousov' },
    ]);
  });

  test('words that stand for several entities with nothing on the page to settle it: low confidence', () => {
    const ambiguous: CompiledPack = {
      ...PACK,
      aliases: [
        ['Kim', 0, SHORT | STANDALONE | SHARED],
        ['Kim', 1, SHORT | STANDALONE | SHARED],
      ],
    };
    const mentions = createRecognizer([ambiguous]).recognize('Kim sprach.', { date: '2023-09-14' });
    expect(mentions).toEqual([
      {
        start: 0,
        end: 3,
        entity: 0,
        kind: 'short',
        confidence: CONFIDENCE.ambiguous,
        alternatives: [1],
      },
    ]);
  });
});

describe('resolveMentions, across paragraphs and in German', () => {
  test('a short form in a new paragraph points to the entity the page named most so far', () => {
    const text = [
      'Kim Jong Un reiste. Nordkoreas Machthaber traf Putin.',
      'Kim Young-ho sagte, er sei besorgt.',
      'Kims Reise dauerte eine Woche.',
    ].join(BLOCK_SEPARATOR);
    expect(resolve(text).find((mention) => mention.text === 'Kims')).toMatchObject({
      entity: 'kim-jong-un',
      confidence: CONFIDENCE.shortSalient,
    });
  });

  test('German nouns after a name that may stand alone do not end its link', () => {
    expect(resolve('dass Putin Waffen liefern will').map((mention) => mention.text)).toEqual([
      'Putin',
    ]);
    expect(
      resolve('Matthew Miller: Putins Sprecher schwieg').map((mention) => mention.text),
    ).toEqual(['Matthew Miller', 'Putins']);
  });

  test('an epithet out of date does not hide the shorter name inside it', () => {
    const mentions = createRecognizer([
      {
        ...PACK,
        entities: [
          ...PACK.entities,
          { id: 'russia', type: 'state', names: { de: 'Russland', en: 'Russia' } },
        ],
        aliases: [
          ...ALIASES.filter(([, entity]) => entity !== 5),
          ['Russlands', ENTITIES.length, FULL],
        ],
      },
    ]).recognize('Russlands Verteidigungsminister spricht.', { date: '2025-02-01' });
    expect(mentions).toMatchObject([{ start: 0, end: 'Russlands'.length }]);
  });
});

describe('names other names are made of, and phrases that mention no one', () => {
  const IN_OTHER_NAMES = AliasFlag.InOtherNames;
  const NO_MENTION = AliasFlag.NoMention;
  const names = ['jordan', 'niger', 'usa'];
  const aliases: CompiledAlias[] = [
    // English only, as the pack gives it; German pages call the state Jordanien.
    ['Jordan', 0, FULL | IN_OTHER_NAMES],
    // Both languages write "Niger"; only the English alias says it is in other names.
    ['Niger', 1, FULL],
    ['Niger', 1, FULL | IN_OTHER_NAMES],
    ['US', 2, FULL],
    ['US-Dollar', 2, FULL | NO_MENTION],
  ];
  const words = createRecognizer([
    {
      ...PACK,
      entities: names.map((id) => ({ id, type: 'state', names: { de: id, en: id } })),
      aliases,
      ...hashesOf(aliases.map(([text]) => text)),
    },
  ]);
  const found = (text: string, language: string) =>
    words
      .recognize(text, { date: '2025-01-01', language })
      .map((mention) => [text.slice(mention.start, mention.end), names[mention.entity]]);

  test('beside another capitalized word, a name in other names is none, unless a title follows', () => {
    expect(
      found('Then Michael Jordan and the Niger Delta; Jordan President Abdullah.', 'en'),
    ).toEqual([['Jordan', 'jordan']]);
    expect(found('Jordan and Niger signed.', 'en')).toEqual([
      ['Jordan', 'jordan'],
      ['Niger', 'niger'],
    ]);
  });

  test('on a German page, only where every alias matched says so', () => {
    // "Jordan" is only in other names; "Niger" is also the state's German name, and German
    // capitalizes the noun after it.
    expect(found('Dann Michael Jordan, und dass Niger Truppen schickt.', 'de')).toEqual([
      ['Niger', 'niger'],
    ]);
  });

  test('a phrase that mentions no one takes the name inside it along', () => {
    expect(found('Der US-Dollar und die US-Regierung.', 'de')).toEqual([['US', 'usa']]);
    expect(found('Des US-Dollars Kurs.', 'de')).toEqual([]);
  });
});
