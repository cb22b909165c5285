import { describe, expect, test } from 'vitest';
import { analyzeText } from './analyze-text';
import {
  AliasFlag,
  compilePack,
  COMPILED_FORMAT,
  type CompiledAlias,
  type CompiledPack,
} from '../knowledge/compile-pack';
import { makeSmallPack } from '../knowledge/small-pack.fixture';
import { CONFIDENCE } from '../matching/resolve-mentions';
import { firstWordHash, startHashes } from '../matching/build-matcher';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { createRecognizer } from './create-recognizer';

/** The start hashes of a compiled pack's aliases, as compilePack writes them. */
function hashesOf(texts: string[]): { firstHashes: number[]; secondHashes: number[] } {
  const { first, second } = startHashes(texts);
  return { firstHashes: first, secondHashes: second };
}

const PACKS: CompiledPack[] = [
  {
    compiledFormat: COMPILED_FORMAT,
    id: 'one',
    version: '1',
    asOf: '2025-01-01',
    title: { de: 'Eins', en: 'One' },
    entities: [{ id: 'vladimir-putin', type: 'person', names: { de: 'Putin', en: 'Putin' } }],
    aliases: [['Wladimir Putin', 0, 0]],
    ...hashesOf(['Wladimir Putin']),
  },
  {
    compiledFormat: COMPILED_FORMAT,
    id: 'two',
    version: '1',
    asOf: '2025-01-01',
    title: { de: 'Zwei', en: 'Two' },
    entities: [{ id: 'russia', type: 'state', names: { de: 'Russland', en: 'Russia' } }],
    aliases: [['Russland', 0, 0]],
    ...hashesOf(['Russland']),
  },
];

const OPTIONS = { date: '2023-09-14', language: 'de' };

describe('createRecognizer', () => {
  test('recognizes the names of every pack, each tied to its own pack', () => {
    const recognizer = createRecognizer(PACKS);
    const mentions = recognizer.recognize('Wladimir Putin besucht Russland.', OPTIONS);
    expect(mentions.map((mention) => recognizer.entities[mention.entity])).toMatchObject([
      { id: 'vladimir-putin', packId: 'one' },
      { id: 'russia', packId: 'two' },
    ]);
  });

  test('matches again only the blocks that changed, with offsets for the new text', () => {
    const recognizer = createRecognizer(PACKS);
    const blocks = ['Wladimir Putin spricht.', 'Russland schweigt.', 'Ende.'];
    recognizer.recognize(blocks.join(BLOCK_SEPARATOR), OPTIONS);
    expect(recognizer.stats).toEqual({ blocks: 3, matchedBlocks: 3 });

    const changed = ['Neu: Russland und Wladimir Putin.', ...blocks];
    const text = changed.join(BLOCK_SEPARATOR);
    const mentions = recognizer.recognize(text, OPTIONS);
    expect(recognizer.stats).toEqual({ blocks: 4, matchedBlocks: 1 });
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual([
      'Russland',
      'Wladimir Putin',
      'Wladimir Putin',
      'Russland',
    ]);
  });
});

describe('recognition in steps', () => {
  /** Runs `recognizeSteps` to the end; the mentions and how many steps it took. */
  function recognizeCounting(recognizer: ReturnType<typeof createRecognizer>, text: string) {
    const steps = recognizer.recognizeSteps(text, OPTIONS);
    for (let count = 0; ; count += 1) {
      const step = steps.next();
      if (step.done) return { mentions: step.value, steps: count };
    }
  }

  test('a page of many short blocks pauses while it is read, and again when it is read again', () => {
    // 20,000 blocks of a few words: far below a group's characters, but each block is looked up.
    const blocks = Array.from({ length: 20_000 }, (_, index) =>
      index % 100 === 0 ? `Absatz ${index}: Wladimir Putin.` : `Absatz ${index}.`,
    );
    const text = blocks.join(BLOCK_SEPARATOR);
    const recognizer = createRecognizer(PACKS);
    const first = recognizeCounting(recognizer, text);
    expect(first.mentions).toHaveLength(200);
    expect(first.steps).toBeGreaterThanOrEqual(20);
    // Every block is remembered now: still in steps, with the same mentions.
    const again = recognizeCounting(recognizer, text);
    expect(recognizer.stats.matchedBlocks).toBe(0);
    expect(again.steps).toBeGreaterThanOrEqual(20);
    expect(again.mentions).toEqual(first.mentions);
    expect(createRecognizer(PACKS).recognize(text, OPTIONS)).toEqual(first.mentions);
  });
});

describe('packs that come a part at a time', () => {
  test('names are found once their aliases are added, and point to the slot’s entities', () => {
    const recognizer = createRecognizer([PACKS[0]!], [{ id: 'stored', entityCount: 3 }]);
    const text = 'Wladimir Putin traf Kim Jong Un.';
    expect(recognizer.recognize(text, { date: '2023-09-13' })).toHaveLength(1);

    const aliases: CompiledAlias[] = [
      ['Kim Jong Un', 2, 0],
      ['Nirgendwo', 7, 0],
    ];
    expect(
      recognizer.addAliases('stored', aliases, { first: [firstWordHash('Kim Jong Un'), 0] }),
    ).toBe(true);
    recognizer.addEntities('stored', [
      [2, { id: 'kim-jong-un', type: 'person', names: { de: 'Kim', en: 'Kim' } }],
    ]);
    const found = recognizer.recognize(text, { date: '2023-09-13' });
    expect(found.map(({ entity }) => recognizer.entities[entity]?.id)).toEqual([
      'vladimir-putin',
      'kim-jong-un',
    ]);
    expect(recognizer.entities[found[1]!.entity]?.packId).toBe('stored');
  });

  test('a slot’s entity has the type its aliases came with until the entity comes', () => {
    const recognizer = createRecognizer([PACKS[0]!], [{ id: 'stored', entityCount: 3 }]);
    const offset = recognizer.entities.length - 3;
    recognizer.addAliases(
      'stored',
      [
        ['Kim Jong Un', 0, 0],
        ['Nordkorea', 1, 0],
        ['Pjöngjang', 2, 0],
      ],
      {
        first: [
          firstWordHash('Kim Jong Un'),
          firstWordHash('Nordkorea'),
          firstWordHash('Pjöngjang'),
        ],
      },
      // Stored data, not checked again: what is no type is none.
      { types: { 0: 'person', 1: 'state', 2: 'capital' } },
    );
    expect(recognizer.typeOf(0)).toBe(PACKS[0]!.entities[0]!.type);
    expect([0, 1, 2].map((index) => recognizer.typeOf(offset + index))).toEqual([
      'person',
      'state',
      undefined,
    ]);
    recognizer.addEntities('stored', [
      [2, { id: 'pyongyang', type: 'place', names: { de: 'Pjöngjang', en: 'Pyongyang' } }],
    ]);
    expect(recognizer.typeOf(offset + 2)).toBe('place');
  });

  test('a pack without a slot, and entities out of its range, are refused', () => {
    const recognizer = createRecognizer([], [{ id: 'stored', entityCount: 1 }]);
    expect(recognizer.addAliases('other', [['Kim', 0, 0]], { first: [firstWordHash('Kim')] })).toBe(
      false,
    );
    recognizer.addEntities('stored', [
      [5, { id: 'far', type: 'person', names: { de: 'F', en: 'F' } }],
    ]);
    expect(recognizer.entities).toHaveLength(1);
    expect(recognizer.entities[0]).toBeUndefined();
  });
});

describe('one entity across packs', () => {
  const kremlin = (id: string, pack: string, names: string[]): CompiledPack => ({
    compiledFormat: COMPILED_FORMAT,
    id: pack,
    version: '1',
    asOf: '2025-01-01',
    title: { de: pack, en: pack },
    entities: [
      { id, type: 'organization', names: { de: 'Kreml', en: 'Kremlin' }, wikidata: 'Q37756' },
    ],
    aliases: names.map((name): CompiledAlias => [name, 0, 0]),
    ...hashesOf(names),
  });
  const text = 'Der Kreml schweigt; the Kremlin and Moskauer Kreml too.';

  test('entities of one Wikidata item are one: the first pack’s, whichever pack has the name', () => {
    const recognizer = createRecognizer([
      kremlin('kremlin', 'article', ['Kreml']),
      kremlin('moscow-kremlin', 'world', ['Kreml', 'Kremlin', 'Moskauer Kreml']),
    ]);
    const mentions = recognizer.recognize(text, OPTIONS);
    // "Kreml" is named by both packs, and is still no ambiguous mention.
    expect(mentions.map((mention) => [mention.entity, mention.confidence])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    expect(recognizer.twinsOf(0)).toEqual([1]);
    expect(recognizer.twinsOf(1)).toEqual([0]);
    // One row on the page, which knows where the other pack's knowledge is.
    const analysis = analyzeText(text, recognizer, {
      metadata: { title: 'Kreml', language: 'de' },
      language: 'de',
      today: '2026-12-02',
    });
    expect(analysis.entities).toMatchObject([
      {
        packId: 'article',
        entityId: 'kremlin',
        count: 3,
        twins: [{ packId: 'world', entityId: 'moscow-kremlin' }],
      },
    ]);
  });

  test('entities of different items stay apart, and share a name as two', () => {
    const other = kremlin('moscow-kremlin', 'world', ['Kreml']);
    other.entities[0]!.wikidata = 'Q1';
    const recognizer = createRecognizer([kremlin('kremlin', 'article', ['Kreml']), other]);
    const [mention] = recognizer.recognize('Der Kreml.', OPTIONS);
    expect(mention).toMatchObject({ entity: 0, alternatives: [1] });
    expect(recognizer.twinsOf(0)).toEqual([]);
  });

  test('a stored pack’s twin joins by the item its aliases carry, before its entity is read', () => {
    const recognizer = createRecognizer(
      [kremlin('kremlin', 'article', ['Kreml'])],
      [{ id: 'world', entityCount: 4 }],
    );
    recognizer.addAliases(
      'world',
      [['Kremlin', 3, 0]],
      { first: [firstWordHash('Kremlin')] },
      { wikidata: { 3: 'Q37756' } },
    );
    const mentions = recognizer.recognize(text, OPTIONS);
    // Kreml, Kremlin, and the Kreml of "Moskauer Kreml", which only the world pack knows.
    expect(mentions.map((mention) => mention.entity)).toEqual([0, 0, 0]);
    expect(recognizer.twinsOf(0)).toEqual([4]);
  });

  test('stored packs read out of order: every alias moves to the item’s first entity', () => {
    const recognizer = createRecognizer(
      [],
      [
        { id: 'world', entityCount: 1 },
        { id: 'imported', entityCount: 1 },
      ],
    );
    const add = (pack: string, name: string) =>
      recognizer.addAliases(
        pack,
        [[name, 0, 0]],
        { first: [firstWordHash(name)] },
        { wikidata: { 0: 'Q37756' } },
      );
    add('imported', 'Kremlin');
    expect(recognizer.recognize(text, OPTIONS).map(({ entity }) => entity)).toEqual([1]);
    add('world', 'Kreml');
    expect(recognizer.recognize(text, OPTIONS).map(({ entity }) => entity)).toEqual([0, 0, 0]);
    expect(recognizer.twinsOf(0)).toEqual([1]);
  });

  test('what is not a Wikidata id joins nothing', () => {
    const recognizer = createRecognizer([], [{ id: 'stored', entityCount: 2 }]);
    recognizer.addAliases(
      'stored',
      [
        ['Kreml', 0, 0],
        ['Kremlin', 1, 0],
      ],
      { first: [firstWordHash('Kreml'), firstWordHash('Kremlin')] },
      { wikidata: { 0: 'kremlin', 1: 'kremlin' } },
    );
    expect(recognizer.recognize(text, OPTIONS).map(({ entity }) => entity)).toEqual([0, 1, 0]);
    expect(recognizer.twinsOf(0)).toEqual([]);
  });
});

describe('a name several entities share goes to the one of the state the page is about', () => {
  const SHARED_FULL = AliasFlag.Shared;
  /** A short form (kind 1) that stands alone, shared. */
  const SHORT_ALONE = 1 | AliasFlag.Standalone | AliasFlag.Shared;
  const ALIASES: CompiledAlias[] = [
    ['Deutschland', 0, 0],
    ['Österreich', 1, 0],
    ['Bundesrat', 2, SHARED_FULL],
    ['Bundesrat', 3, SHARED_FULL],
    ['Wien', 4, 0],
    // A surname two ministers share, each of another state, that stands alone.
    ['Schmidt', 5, SHORT_ALONE],
    ['Schmidt', 6, SHORT_ALONE],
  ];
  const COUNTRIES = { 2: [0], 3: [1], 4: [1], 5: [0], 6: [1] };
  const idsOf = (recognizer: ReturnType<typeof createRecognizer>, text: string) =>
    recognizer
      .recognize(text, OPTIONS)
      .map(({ entity, confidence }) => [recognizer.entities[entity]?.id, confidence]);
  const ENTITIES = [
    'germany',
    'austria',
    'bundesrat-germany',
    'bundesrat-austria',
    'vienna',
    'schmidt-germany',
    'schmidt-austria',
  ];
  const TYPES = [
    'state',
    'state',
    'organization',
    'organization',
    'place',
    'person',
    'person',
  ] as const;

  test('in a pack carried whole, its entities naming their roles’ states', () => {
    const recognizer = createRecognizer([
      {
        compiledFormat: COMPILED_FORMAT,
        id: 'whole',
        version: '1',
        asOf: '2025-01-01',
        title: { de: 'Ganz', en: 'Whole' },
        entities: ENTITIES.map((id, index) => ({
          id,
          type: TYPES[index]!,
          names: { de: id, en: id },
          ...(COUNTRIES[index as keyof typeof COUNTRIES] && {
            countries: COUNTRIES[index as keyof typeof COUNTRIES],
          }),
        })),
        aliases: ALIASES,
        ...hashesOf(ALIASES.map(([text]) => text)),
      },
    ]);
    expect(idsOf(recognizer, 'In Wien tagt der Bundesrat.')).toEqual([
      ['vienna', CONFIDENCE.full],
      ['bundesrat-austria', CONFIDENCE.country],
    ]);
    expect(idsOf(recognizer, 'Deutschland: Der Bundesrat tagt.').at(-1)).toEqual([
      'bundesrat-germany',
      CONFIDENCE.country,
    ]);
    // Nothing on the page says which: a guess, drawn as uncertain.
    expect(idsOf(recognizer, 'Der Bundesrat tagt.')).toEqual([
      ['bundesrat-germany', CONFIDENCE.ambiguous],
    ]);
    // A surname that stands alone, with no full name on the page: the same.
    expect(idsOf(recognizer, 'In Wien sagte Schmidt das.').at(-1)).toEqual([
      'schmidt-austria',
      CONFIDENCE.country,
    ]);
    expect(idsOf(recognizer, 'Das sagte Schmidt.')).toEqual([
      ['schmidt-germany', CONFIDENCE.ambiguous],
    ]);
  });

  test('in a stored pack, whose buckets name the states before the entities come', () => {
    const recognizer = createRecognizer([], [{ id: 'stored', entityCount: ENTITIES.length }]);
    const { firstHashes, secondHashes } = hashesOf(ALIASES.map(([text]) => text));
    recognizer.addAliases(
      'stored',
      ALIASES,
      { first: firstHashes, second: secondHashes },
      { types: { ...TYPES }, countries: COUNTRIES },
    );
    const found = recognizer.recognize('In Wien tagt der Bundesrat.', OPTIONS);
    expect(found.map(({ entity }) => recognizer.placeOf(entity)?.index)).toEqual([4, 3]);
    expect(found[1]!.confidence).toBe(CONFIDENCE.country);
  });

  test('compiling names each entity’s states by their place in the pack', () => {
    const compiled = compilePack(makeSmallPack());
    const ids = compiled.entities.map(({ id }) => id);
    // Putin's role is in Russia; Russia, a state, is in none.
    expect(compiled.entities[ids.indexOf('vladimir-putin')]!.countries).toEqual([
      ids.indexOf('russia'),
    ]);
    expect(compiled.entities[ids.indexOf('russia')]!.countries).toBeUndefined();
  });
});
