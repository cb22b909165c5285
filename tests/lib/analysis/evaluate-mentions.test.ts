import { describe, expect, test } from 'vitest';
import {
  applyAcceptedMisses,
  evaluateMentions,
  formatMentionError,
  formatUnlocatedGold,
  locateGold,
  type FoundMention,
} from './evaluate-mentions';

const TEXT = 'Putin traf Kim.\u2029Kimchi gab es, und Miller\n  sprach mit Kim Wilde.';

/** A found mention of `entityId` at the first occurrence of `words` in `TEXT` from `from`. */
function foundAt(words: string, entityId: string, from = 0): FoundMention {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length, entityId };
}

describe('locateGold', () => {
  test('finds entries in order, as whole words, each after the one before', () => {
    const { located, unlocated } = locateGold(TEXT, [
      { text: 'Kim', entity: 'kim-jong-un' },
      { text: 'Kim Wilde', entity: null },
    ]);
    expect(unlocated).toEqual([]);
    // Not the "Kim" of "Kimchi": that is no whole word.
    expect(located.map((entry) => TEXT.slice(entry.start, entry.end))).toEqual([
      'Kim',
      'Kim Wilde',
    ]);
    expect(located[0]!.start).toBe(TEXT.indexOf('Kim'));
  });

  test('lets a space stand for a wrapped line, never for a block boundary', () => {
    const { located, unlocated } = locateGold(TEXT, [
      { text: 'Miller sprach', entity: null },
      { text: 'Kim. Kimchi', entity: null },
    ]);
    expect(TEXT.slice(located[0]!.start, located[0]!.end)).toBe('Miller\n  sprach');
    expect(unlocated.map((entry) => entry.text)).toEqual(['Kim. Kimchi']);
  });

  test('reports an entry that is not there, or only before the entry ahead of it', () => {
    const { located, unlocated } = locateGold(TEXT, [
      { text: 'Miller', entity: 'matthew-miller' },
      { text: 'Putin', entity: 'vladimir-putin' },
      { text: 'Schoigu', entity: 'sergei-shoigu' },
      { text: 'Kim Wilde', entity: null },
    ]);
    expect(unlocated.map((entry) => [entry.index, entry.text])).toEqual([
      [1, 'Putin'],
      [2, 'Schoigu'],
    ]);
    expect(located.map((entry) => entry.text)).toEqual(['Miller', 'Kim Wilde']);
    expect(formatUnlocatedGold(TEXT, unlocated[0]!)).toBe(
      'gold #1 "Putin" → vladimir-putin: not in the text model after gold #0 (found at "…utin traf Kim. ¶ Kimchi gab es, und Miller")',
    );
  });
});

describe('evaluateMentions', () => {
  const gold = [
    { text: 'Putin', entity: 'vladimir-putin' },
    { text: 'Kim', entity: 'kim-jong-un' },
    { text: 'Miller', entity: 'matthew-miller' },
    { text: 'Kim Wilde', entity: null },
  ];

  test('all found: precision and recall 1', () => {
    const found = [
      foundAt('Putin', 'vladimir-putin'),
      foundAt('Kim', 'kim-jong-un'),
      foundAt('Miller', 'matthew-miller'),
    ];
    const evaluation = evaluateMentions(TEXT, gold, found);
    expect(evaluation).toMatchObject({
      goldPositives: 3,
      found: 3,
      truePositives: 3,
      falsePositives: [],
      falseNegatives: [],
      precision: 1,
      recall: 1,
    });
  });

  test('a mention on a trap is a false positive; a missed one a false negative', () => {
    const found = [
      foundAt('Putin', 'vladimir-putin'),
      foundAt('Kim', 'kim-jong-un'),
      foundAt('Kim', 'kim-jong-un', TEXT.indexOf('Kim Wilde')),
    ];
    const evaluation = evaluateMentions(TEXT, gold, found);
    expect(evaluation.truePositives).toBe(2);
    expect(evaluation.falsePositives).toEqual([
      {
        kind: 'fp',
        start: TEXT.indexOf('Kim Wilde'),
        end: TEXT.indexOf('Kim Wilde') + 3,
        text: 'Kim',
        entityId: 'kim-jong-un',
        note: 'on the trap "Kim Wilde"',
      },
    ]);
    expect(evaluation.falseNegatives).toEqual([
      {
        kind: 'fn',
        start: TEXT.indexOf('Miller'),
        end: TEXT.indexOf('Miller') + 6,
        text: 'Miller',
        entityId: 'matthew-miller',
      },
    ]);
    expect(evaluation.precision).toBeCloseTo(2 / 3);
    expect(evaluation.recall).toBeCloseTo(2 / 3);
  });

  test('the wrong entity or the wrong span is both a false positive and a false negative', () => {
    const found = [
      foundAt('Putin', 'vladimir-putin'),
      foundAt('Kim', 'kim-young-ho'),
      { ...foundAt('Miller', 'matthew-miller'), end: TEXT.indexOf('Miller') + 4 },
    ];
    const evaluation = evaluateMentions(TEXT, gold, found);
    expect(evaluation.truePositives).toBe(1);
    expect(evaluation.falsePositives.map((error) => [error.text, error.note])).toEqual([
      ['Kim', 'gold is "Kim" → kim-jong-un'],
      ['Mill', 'gold is "Miller" → matthew-miller'],
    ]);
    expect(evaluation.falseNegatives.map((error) => [error.text, error.note])).toEqual([
      ['Kim', 'found "Kim" → kim-young-ho'],
      ['Miller', 'found "Mill" → matthew-miller'],
    ]);
  });

  test('nothing found and nothing to find: precision and recall 1', () => {
    expect(evaluateMentions(TEXT, [], [])).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('applyAcceptedMisses', () => {
  const gold = [
    { text: 'Putin', entity: 'vladimir-putin' },
    { text: 'Miller', entity: 'matthew-miller' },
  ];
  const evaluation = evaluateMentions(TEXT, gold, [foundAt('Kim', 'kim-jong-un')]);

  test('takes away one error per accepted miss, of its kind and text', () => {
    const { unexplained, explained, stale } = applyAcceptedMisses(evaluation, [
      { text: 'Miller', why: 'a pack gap' },
      { text: 'Kim', kind: 'fp', why: 'a rule limitation' },
    ]);
    expect(unexplained.map((error) => `${error.kind} ${error.text}`)).toEqual(['fn Putin']);
    expect(explained.map(({ error, miss }) => `${error.kind} ${error.text}: ${miss.why}`)).toEqual([
      'fn Miller: a pack gap',
      'fp Kim: a rule limitation',
    ]);
    expect(stale).toEqual([]);
  });

  test('reports accepted misses that no longer happen', () => {
    const { stale } = applyAcceptedMisses(evaluation, [
      { text: 'Kim', why: 'not missed: it was found, wrongly' },
      { text: 'Miller', why: 'missed' },
      { text: 'Miller', why: 'missed once only' },
    ]);
    expect(stale.map((miss) => miss.why)).toEqual([
      'not missed: it was found, wrongly',
      'missed once only',
    ]);
  });
});

describe('formatMentionError', () => {
  test('shows the words in their context, block boundaries as ¶', () => {
    const [error] = evaluateMentions(TEXT, [], [foundAt('Kimchi', 'kim-jong-un')]).falsePositives;
    expect(formatMentionError(TEXT, error!)).toBe(
      'FP kim-jong-un: …Putin traf Kim. ¶ ⟦Kimchi⟧ gab es, und Miller sprach mit Kim Wil…',
    );
  });
});
