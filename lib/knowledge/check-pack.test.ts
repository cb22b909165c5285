/**
 * Broken packs, each with the problem a curator must see: the JSON path and a distinctive part of
 * the message. To add one, break the small pack (`small-pack.fixture.ts`) in one place, as small
 * as the mistake you have in mind.
 */
import { describe, expect, test } from 'vitest';
import { checkPack, type PackProblem } from './check-pack';
import type { KnowledgePack } from './pack-types';
import { makeSmallPack, SMALL_PACK_FILE } from './small-pack.fixture';

/** The small pack with one change. */
function breakPack(change: (pack: KnowledgePack) => void): KnowledgePack {
  const pack = makeSmallPack();
  change(pack);
  return pack;
}

/** The small pack as a curator's file: pretty-printed JSON text. */
function toText(pack: unknown = makeSmallPack()): string {
  return JSON.stringify(pack, null, 2);
}

/** The small pack's text with one piece of text replaced. */
function editText(search: string, replacement: string): string {
  const text = toText();
  expect(text).toContain(search);
  return text.replace(search, replacement);
}

function problemsOf(input: unknown, fileName = SMALL_PACK_FILE): PackProblem[] {
  const result = checkPack(input, fileName);
  return result.ok ? [] : result.problems;
}

/** What no curator should ever read. */
function expectPlainMessages(problems: readonly PackProblem[]): void {
  for (const { path, message } of problems) {
    expect(path).toMatch(/^\$/);
    expect(message).not.toMatch(/\[object |\n\s+at |Error\b|undefined|NaN|Invalid input/);
    expect(message.length).toBeGreaterThan(5);
  }
}

interface BrokenPack {
  name: string;
  input: () => unknown;
  path: string;
  message: string | RegExp;
  fileName?: string;
}

const BROKEN_PACKS: BrokenPack[] = [
  // The file itself
  {
    name: 'an empty file',
    input: () => '',
    path: '$',
    message: 'the file is empty',
  },
  {
    name: 'a byte-order mark in text',
    input: () => `\uFEFF${toText()}`,
    path: '$',
    message: 'byte-order mark',
  },
  {
    name: 'a byte-order mark in bytes',
    input: () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(toText())]),
    path: '$',
    message: 'save it as “UTF-8” without BOM',
  },
  {
    name: 'Latin-1 bytes read as UTF-8',
    input: () => Buffer.from(toText(), 'latin1'),
    path: '$',
    // Line 66 holds the first "ä" ("Präsident Russlands."), one byte in Latin-1.
    message: /not UTF-8: at line 66, column 18 .*Latin-1/,
  },
  {
    name: 'text already decoded with replacement characters',
    input: () => toText().replace('Präsident', 'Pr\uFFFDsident'),
    path: '$',
    message: 'the file is not UTF-8',
  },
  {
    name: 'a file over 20 MB',
    input: () => ' '.repeat(21 * 1024 * 1024),
    path: '$',
    message: 'the file is 21.0 MB; a pack may be at most 20.0 MB',
  },
  {
    name: 'JSON cut off in the middle',
    input: () => toText().slice(0, toText().indexOf('"entities"') + 20),
    path: '$',
    message: /^line \d+, column \d+: the file ends too early/,
  },
  {
    name: '100,000 nested lists',
    input: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    path: `$${'[0]'.repeat(32)}`,
    message: 'nested more than 32 levels deep',
  },
  {
    name: 'deep nesting inside a field',
    input: () => editText('"gladly"', `${'['.repeat(50_000)}${']'.repeat(50_000)}`),
    // 5 levels down to "en", then 27 lists make 32.
    path: `$.statements[0].quote.translation.en${'[0]'.repeat(27)}`,
    message: 'nested more than 32 levels deep',
  },
  {
    name: 'a comma before a closing bracket',
    input: () => editText('"asOf": "2025-06-30",', '"asOf": "2025-06-30",\n}'),
    path: '$.asOf',
    message: /^line 15, column 1: remove the comma before this }/,
  },
  {
    name: 'a missing comma',
    input: () => editText('"version": "1.0.0",', '"version": "1.0.0"'),
    path: '$.version',
    message: 'line 6, column 3: a comma is missing before this',
  },
  {
    name: 'single quotes',
    input: () => editText('"format": 1', "'format': 1"),
    path: '$.$schema',
    message: 'names need double quotes',
  },
  {
    name: 'a comment',
    input: () => editText('"format": 1', '"format": // the format\n 1'),
    path: '$.format',
    message: 'JSON does not allow comments',
  },
  {
    name: 'a key given twice',
    input: () => editText('"id": "small-pack",', '"id": "small-pack",\n"id": "other-pack",'),
    path: '$.id',
    message: '"id" appears twice in this object',
  },
  {
    name: 'a line break inside quotes',
    input: () => editText('"Small pack"', '"Small\npack"'),
    path: '$.title.en',
    message: 'not closed before the end of the line',
  },

  // The top level
  { name: 'null', input: () => 'null', path: '$', message: 'a pack is one JSON object' },
  { name: 'a list', input: () => '[]', path: '$', message: 'but this is a list' },
  { name: 'a number', input: () => '42', path: '$', message: 'but this is a number' },
  { name: 'a parsed number', input: () => 42, path: '$', message: 'but this is a number' },
  { name: 'undefined', input: () => undefined, path: '$', message: 'but this is missing' },
  {
    name: 'a "__proto__" key at the top',
    input: () => editText('"format": 1,', '"format": 1,\n"__proto__": { "id": "x" },'),
    path: '$.__proto__',
    message: '"__proto__" is not a field the pack format knows here',
  },
  {
    name: 'a "__proto__" key in an entity',
    input: () => editText('"type": "state",', '"type": "state",\n"__proto__": { "type": "x" },'),
    path: '$.entities[1].__proto__',
    message: 'is not a field',
  },
  {
    name: 'format 2',
    input: () => breakPack((pack) => Object.assign(pack, { format: 2 })),
    path: '$.format',
    message: 'is 2, but this version of Kontext reads format 1 only',
  },
  {
    name: 'no format',
    input: () => breakPack((pack) => Object.assign(pack, { format: undefined })),
    path: '$.format',
    message: 'is missing: write "format": 1',
  },
  {
    name: 'a pack id that is not the file name',
    input: () => makeSmallPack(),
    fileName: 'packs/kim-putin.json',
    path: '$.id',
    message: 'the file is called "kim-putin.json"; name the file "small-pack.json"',
  },
  {
    name: 'a version that is no version',
    input: () => breakPack((pack) => Object.assign(pack, { version: 'v1' })),
    path: '$.version',
    message: 'write three numbers',
  },

  // Types and fields
  {
    name: 'a number for a name',
    input: () => breakPack((pack) => Object.assign(pack.entities[0]!.names, { de: 42 })),
    path: '$.entities[0].names.de',
    message: 'should be a text in double quotes, but is a number',
  },
  {
    name: 'an object where a list belongs',
    input: () => breakPack((pack) => Object.assign(pack, { entities: {} })),
    path: '$.entities',
    message: 'should be a list [ … ], but is an object { … }',
  },
  {
    name: 'a missing language',
    input: () =>
      breakPack((pack) => Object.assign(pack.entities[1]!.description, { en: undefined })),
    path: '$.entities[1].description.en',
    message: "every text needs a version in each of Kontext's languages (de, en)",
  },
  {
    name: 'an unknown language',
    input: () => breakPack((pack) => Object.assign(pack.entities[1]!.names, { fr: 'Russie' })),
    path: '$.entities[1].names.fr',
    message: 'Fields allowed here: de, en',
  },
  {
    name: 'a language Kontext does not speak in "languages"',
    input: () => breakPack((pack) => Object.assign(pack, { languages: ['de', 'fr'] })),
    path: '$.languages[1]',
    message: 'is "fr", but it must be "de" or "en"',
  },
  {
    name: 'a language listed twice',
    input: () => breakPack((pack) => Object.assign(pack, { languages: ['de', 'en', 'de'] })),
    path: '$.languages[2]',
    message: '"de" is listed twice',
  },
  {
    name: 'an unknown key, a typo',
    input: () => breakPack((pack) => Object.assign(pack.entities[0]!, { nmae: 'Putin' })),
    path: '$.entities[0].nmae',
    message: 'Did you mean "names"?',
  },
  {
    name: 'an unknown entity type',
    input: () => breakPack((pack) => Object.assign(pack.entities[0]!, { type: 'persn' })),
    path: '$.entities[0].type',
    message: 'is "persn", but it must be "person", "organization", "state" or "place"',
  },
  {
    name: 'an unknown statement kind',
    input: () => breakPack((pack) => Object.assign(pack.statements[0]!, { kind: 'opinion' })),
    path: '$.statements[0].kind',
    message: 'is "opinion", but it must be "relation", "fact", "quote" or "event"',
  },
  {
    name: 'a relation without its relation',
    input: () =>
      breakPack((pack) =>
        Object.assign(pack.statements[0]!, {
          kind: 'relation',
          quote: undefined,
          object: 'russia',
        }),
      ),
    path: '$.statements[0].relation',
    message: 'is missing',
  },
  {
    name: 'provenance with both a source and background',
    input: () =>
      breakPack((pack) => Object.assign(pack.statements[0]!.provenance, { background: true })),
    path: '$.statements[0].provenance',
    message: 'must hold one thing: either "source"',
  },
  {
    name: 'an empty alias',
    input: () =>
      breakPack((pack) => Object.assign(pack.entities[0]!.aliases.de![0]!, { text: '' })),
    path: '$.entities[0].aliases.de[0].text',
    message: 'is empty',
  },
  {
    name: 'an alias with a trailing space',
    input: () =>
      breakPack((pack) => Object.assign(pack.entities[0]!.aliases.de![0]!, { text: 'Putin ' })),
    path: '$.entities[0].aliases.de[0].text',
    message: 'starts or ends with a space',
  },
  {
    name: 'an id that is not kebab-case',
    input: () => breakPack((pack) => Object.assign(pack.entities[1]!, { id: 'Russia_Federation' })),
    path: '$.entities[1].id',
    message: '"Russia_Federation" is not a valid id',
  },
  {
    name: 'a Wikidata id without Q',
    input: () => breakPack((pack) => Object.assign(pack.entities[0]!.refs!, { wikidata: '7747' })),
    path: '$.entities[0].refs.wikidata',
    message: 'is not a Wikidata id',
  },
  {
    name: 'a Wikipedia link instead of a title',
    input: () =>
      breakPack((pack) =>
        Object.assign(pack.entities[0]!.refs!.wikipedia!, {
          de: 'https://de.wikipedia.org/wiki/Wladimir_Putin',
        }),
      ),
    path: '$.entities[0].refs.wikipedia.de',
    message: 'give the article title only',
  },

  // Limits
  {
    name: 'a 10 MB description',
    input: () =>
      breakPack((pack) =>
        Object.assign(pack.entities[0]!.description, { de: 'x'.repeat(10_000_000) }),
      ),
    path: '$.entities[0].description.de',
    message: 'is 10,000,000 characters long; at most 2,000 are allowed',
  },
  {
    name: '51 aliases in one language',
    input: () =>
      breakPack((pack) =>
        Object.assign(pack.entities[1]!.aliases, {
          de: Array.from({ length: 51 }, (_, n) => ({ text: `Russland ${n}`, kind: 'full' })),
        }),
      ),
    path: '$.entities[1].aliases.de',
    message: 'has 51 entries; at most 50 are allowed',
  },

  // Dates
  {
    name: 'a day that does not exist',
    input: () => breakPack((pack) => Object.assign(pack.statements[0]!, { date: '2023-02-30' })),
    path: '$.statements[0].date',
    message: '"2023-02-30" is not a day of the calendar',
  },
  {
    name: 'a date written the German way',
    input: () => breakPack((pack) => Object.assign(pack.sources[0]!, { date: '14.09.2023' })),
    path: '$.sources[0].date',
    message: 'is not a date: write "2023", "2023-09" or "2023-09-14"',
  },
  {
    name: 'a role that ends before it starts',
    input: () =>
      breakPack((pack) => Object.assign(pack.entities[0]!.roles![0]!, { to: '2012-04' })),
    path: '$.entities[0].roles[0].to',
    message: 'is 2012-04, before the start 2012-05',
  },
  {
    name: 'an alias that ends before it starts',
    input: () =>
      breakPack((pack) => Object.assign(pack.entities[0]!.aliases.de![2]!, { to: '1999' })),
    path: '$.entities[0].aliases.de[2].to',
    message: 'a period cannot end before it begins',
  },
  {
    name: 'an event that ends before it starts',
    input: () => breakPack((pack) => Object.assign(pack.events[0]!, { end: '2023-09-13' })),
    path: '$.events[0].end',
    message: 'is 2023-09-13, before the start 2023-09-14',
  },

  // Ids and references
  {
    name: 'two entities with one id',
    input: () => breakPack((pack) => Object.assign(pack.entities[1]!, { id: 'vladimir-putin' })),
    path: '$.entities[1].id',
    message: '"vladimir-putin" is already the id of $.entities[0]',
  },
  {
    name: 'two statements with one id',
    input: () => breakPack((pack) => pack.statements.push(makeSmallPack().statements[0]!)),
    path: '$.statements[1].id',
    message: 'is already the id of $.statements[0]',
  },
  {
    name: 'a role in an entity the pack lacks',
    input: () => breakPack((pack) => Object.assign(pack.entities[0]!.roles![0]!, { of: 'rusia' })),
    path: '$.entities[0].roles[0].of',
    message: 'refers to "rusia", but the pack\'s entities have no such id. Did you mean "russia"?',
  },
  {
    name: 'a quote by a speaker the pack lacks',
    input: () =>
      breakPack((pack) => {
        const statement = pack.statements[0]!;
        if (statement.kind === 'quote') statement.quote.speaker = 'dmitry-peskov';
      }),
    path: '$.statements[0].quote.speaker',
    message: 'refers to "dmitry-peskov"',
  },
  {
    name: 'a statement in an event the pack lacks',
    input: () => breakPack((pack) => Object.assign(pack.statements[0]!, { event: 'summit' })),
    path: '$.statements[0].event',
    message: "the pack's events have no such id",
  },
  {
    name: 'a claim from a source the pack lacks',
    input: () =>
      breakPack((pack) => Object.assign(pack.events[0]!, { provenance: { source: 'reuters' } })),
    path: '$.events[0].provenance.source',
    message: "the pack's sources have no such id",
  },
  {
    name: 'an event participant the pack lacks',
    input: () => breakPack((pack) => pack.events[0]!.participants!.push('kim-jong-un')),
    path: '$.events[0].participants[1]',
    message: 'refers to "kim-jong-un"',
  },

  // Names
  {
    name: 'a name two entities claim',
    input: () =>
      breakPack((pack) => pack.entities[1]!.aliases.de!.push({ text: 'Putin', kind: 'short' })),
    path: '$.entities[1].aliases.de[1].text',
    message: '"Putin" is also a name of "vladimir-putin" ($.entities[0].aliases.de[1].text)',
  },
  {
    name: 'a name shared on one side only',
    input: () =>
      breakPack((pack) =>
        pack.entities[1]!.aliases.en!.push({ text: 'Putin', kind: 'short', shared: true }),
      ),
    path: '$.entities[1].aliases.en[1].text',
    message: 'mark it "shared": true on both',
  },
  {
    name: 'an inflected form another entity claims',
    input: () =>
      breakPack((pack) =>
        pack.entities[1]!.aliases.de!.push({ text: 'Kremlchefs', kind: 'epithet' }),
      ),
    path: '$.entities[1].aliases.de[1].text',
    message:
      '"Kremlchefs" is also a name of "vladimir-putin" ($.entities[0].aliases.de[2].forms[0])',
  },
  {
    name: 'a name listed twice, spaced differently',
    input: () =>
      breakPack((pack) =>
        pack.entities[0]!.aliases.de!.push({ text: 'Wladimir  Putin', kind: 'full' }),
      ),
    path: '$.entities[0].aliases.de[3].text',
    message: '"Wladimir Putin" is listed twice for this entity',
  },
  {
    name: 'a name twice for one entity, at times that meet',
    input: () =>
      breakPack((pack) => {
        const aliases = pack.entities[0]!.aliases.de!;
        aliases.push({ text: 'Präsident Russlands', kind: 'epithet', from: '2000', to: '2008-05' });
        aliases.push({ text: 'Präsident Russlands', kind: 'epithet', from: '2008-05', to: '2012' });
      }),
    path: '$.entities[0].aliases.de[4].text',
    message: '"Präsident Russlands" is listed twice for this entity',
  },
  {
    name: 'an entity without names in a pack language',
    input: () => breakPack((pack) => delete pack.entities[1]!.aliases.en),
    path: '$.entities[1].aliases',
    message: 'has no names in "en"',
  },
  {
    name: 'a quote without a translation',
    input: () =>
      breakPack((pack) => {
        const statement = pack.statements[0]!;
        if (statement.kind === 'quote') statement.quote.translation = {};
      }),
    path: '$.statements[0].quote.translation',
    message: 'has no "en" translation',
  },

  // Links
  {
    name: 'a javascript: link',
    input: () =>
      breakPack((pack) => Object.assign(pack.sources[0]!, { url: 'javascript:alert(1)' })),
    path: '$.sources[0].url',
    message: "is a javascript: link, which would run code on the reader's page",
  },
  {
    name: 'a javascript: link hidden with a tab',
    input: () =>
      breakPack((pack) => Object.assign(pack.sources[0]!, { url: ' java\tscript:alert(1)' })),
    path: '$.sources[0].url',
    message: 'is a javascript: link',
  },
  {
    name: 'an http: link',
    input: () =>
      breakPack((pack) => Object.assign(pack.sources[0]!, { url: 'http://www.tagesschau.de/' })),
    path: '$.sources[0].url',
    message: 'is an http: link, which is not encrypted',
  },
  {
    name: 'a javascript: link in a description',
    input: () =>
      breakPack((pack) =>
        Object.assign(pack.entities[1]!.description, { en: 'javascript:alert(1)' }),
      ),
    path: '$.entities[1].description.en',
    message: 'is a javascript: link',
  },
  {
    name: 'a data: link in a quote',
    input: () =>
      breakPack((pack) => {
        const statement = pack.statements[0]!;
        if (statement.kind === 'quote') {
          statement.quote.text = 'data:text/html,<script>alert(1)</script>';
        }
      }),
    path: '$.statements[0].quote.text',
    message: 'is a data: link',
  },
];

describe('checkPack', () => {
  test('passes the small pack, as text, as bytes and as a value', () => {
    const text = toText();
    for (const input of [text, new TextEncoder().encode(text), makeSmallPack()]) {
      expect(problemsOf(input)).toEqual([]);
    }
    expect(checkPack(text)).toEqual({ ok: true, pack: makeSmallPack() });
  });

  test.each(BROKEN_PACKS)('reports $name', ({ input, path, message, fileName }) => {
    const problems = problemsOf(input(), fileName);
    expectPlainMessages(problems);
    const messages = problems.filter((problem) => problem.path === path).map((p) => p.message);
    expect(messages, JSON.stringify(problems, null, 1)).toContainEqual(
      typeof message === 'string'
        ? expect.stringContaining(message)
        : expect.stringMatching(message),
    );
  });

  test('has a corpus of at least 20 broken packs', () => {
    expect(BROKEN_PACKS.length).toBeGreaterThanOrEqual(20);
  });

  test('accepts a name two entities share when both say so', () => {
    const pack = makeSmallPack();
    pack.entities[0]!.aliases.en!.push({ text: 'Moscow', kind: 'epithet', shared: true });
    pack.entities[1]!.aliases.en!.push({ text: 'Moscow', kind: 'epithet', shared: true });
    expect(problemsOf(pack)).toEqual([]);
  });

  test('accepts a name twice for one entity where its times do not meet (two terms)', () => {
    const pack = makeSmallPack();
    const aliases = pack.entities[0]!.aliases.de!;
    aliases.push({ text: 'Präsident Russlands', kind: 'epithet', from: '2000-05', to: '2008-05' });
    aliases.push({ text: 'Präsident Russlands', kind: 'epithet', from: '2012-05' });
    expect(problemsOf(pack)).toEqual([]);
  });

  test('keeps ids of different kinds apart', () => {
    const pack = makeSmallPack();
    pack.events[0]!.id = 'vladimir-putin';
    pack.statements[0]!.event = 'vladimir-putin';
    expect(problemsOf(pack)).toEqual([]);
  });

  test('reads a date as the period it names', () => {
    const pack = makeSmallPack();
    Object.assign(pack.entities[0]!.roles![0]!, { from: '2024-05', to: '2024' });
    Object.assign(pack.events[0]!, { date: '2024-02-29', end: '2024-02' });
    expect(problemsOf(pack)).toEqual([]);
  });

  test('stops listing after 200 problems and says how many more there are', () => {
    const pack = Object.assign(makeSmallPack(), {
      entities: Array.from({ length: 1_000 }, () => 1),
    });
    const problems = problemsOf(pack);
    expect(problems).toHaveLength(201);
    expect(problems.at(-1)).toEqual({
      path: '$',
      message: 'and 800 more problems; fix these first, then check again',
    });
  });

  test('never throws, whatever it is given', () => {
    const circular: Record<string, unknown> = { format: 1 };
    circular.entities = [circular];
    const hostile = [
      null,
      undefined,
      0,
      Number.NaN,
      true,
      10n,
      Symbol('pack'),
      () => 'pack',
      [],
      {},
      circular,
      Object.create(null) as unknown,
      {
        get format(): number {
          throw new Error('boom');
        },
      },
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
        },
      ),
      new Uint8Array([0xff, 0xfe, 0x00]),
      '\u0000',
      '{"a":'.repeat(1_000),
      '"'.repeat(1_000),
      '[1,2,3',
      '{"format": 1e999}',
    ];
    for (const input of hostile) {
      const result = checkPack(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expectPlainMessages(result.problems);
    }
  });
});
