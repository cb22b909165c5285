/**
 * An office's epithets, generated from its holder's noun and its state's adjective, genitive and
 * prefixes (issue 15): "der russische Präsident", "Russlands Präsident", "US-Präsident" are
 * written once per rule, not typed per office; and two offices that would give one word stop
 * the build.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildWorldPack,
  type CuratedFile,
  type WorldInputs,
} from '../../scripts/knowledge-world/build-world-pack';
import { defaultGenitive } from '../../scripts/knowledge-world/epithets';
import { readPackageData, type PackageData } from '../../scripts/knowledge-world/read-packages';

let packages: PackageData;
beforeAll(async () => {
  packages = await readPackageData();
});

function inputs(files: CuratedFile[]): WorldInputs {
  return { packages, packageSources: [], files, asOf: '2026-12-02', version: '1.0.0' };
}

const state = (iso: string, id: string, wikidata: string, more: object = {}) => ({
  iso,
  id,
  wikidata,
  capital: null,
  sources: [`https://www.wikidata.org/wiki/${wikidata}`],
  ...more,
});

const russia = state('RU', 'russia', 'Q159');

const president = {
  id: 'president-of-russia',
  of: 'russia',
  title: { de: 'Präsident Russlands', en: 'President of Russia' },
  holder: { de: 'Präsident', en: 'President', declined: ['Präsidenten'] },
  epithets: { de: ['Kremlchef'] },
  feminine: { title: { de: 'Präsidentin Russlands' }, holder: { de: 'Präsidentin' } },
  sources: ['https://en.wikipedia.org/wiki/President_of_Russia'],
};

const holderOf = (office: string, id = 'a-holder', feminine = false) => ({
  id,
  names: { de: 'A Holder', en: 'A Holder' },
  aliases: {},
  ...(feminine && { feminine: true }),
  description: { de: 'Politiker.', en: 'Politician.' },
  roles: [
    { office, from: '2012-05-07', source: 'https://en.wikipedia.org/wiki/President_of_Russia' },
  ],
  sources: ['https://en.wikipedia.org/wiki/President_of_Russia'],
});

function epithetsOf(files: CuratedFile[], id = 'a-holder') {
  const build = buildWorldPack(inputs(files));
  if (!build.ok) expect.fail(build.problems.join('\n'));
  const person = build.pack.entities.find((entity) => entity.id === id)!;
  const of = (language: 'de' | 'en') =>
    person.aliases[language]!.filter((alias) => alias.kind === 'epithet').map((alias) =>
      alias.forms ? [alias.text, ...alias.forms] : alias.text,
    );
  return { de: of('de'), en: of('en') };
}

const files = (states: object[], offices: object[], people: object[]): CuratedFile[] => [
  { name: 'states-europe.json', content: states },
  { name: 'offices-europe.json', content: offices },
  { name: 'people-europe.json', content: people },
];

describe('epithets from the holder’s noun', () => {
  test('adjective, genitive before and after, in English the adjective in both cases', () => {
    const epithets = epithetsOf(files([russia], [president], [holderOf('president-of-russia')]));
    expect(epithets.de).toEqual([
      'Kremlchef',
      ['russische Präsident', 'russischen Präsident', 'russischen Präsidenten'],
      ['Russlands Präsident', 'Russlands Präsidenten'],
      ['Präsident Russlands', 'Präsidenten Russlands'],
    ]);
    expect(epithets.en).toEqual(['Russian President', 'Russian president']);
  });

  test('the bare noun is a short form of each holder, shared, for the role’s dates', () => {
    const build = buildWorldPack(
      inputs(files([russia], [president], [holderOf('president-of-russia')])),
    );
    if (!build.ok) expect.fail(build.problems.join('\n'));
    const person = build.pack.entities.find((entity) => entity.id === 'a-holder')!;
    const titles = (language: 'de' | 'en') =>
      person.aliases[language]!.filter((alias) => alias.kind === 'short');
    const dated = { kind: 'short', shared: true, from: '2012-05-07' };
    expect(titles('de')).toEqual([
      { text: 'Präsident', ...dated },
      { text: 'Präsidenten', ...dated },
    ]);
    expect(titles('en')).toEqual([
      { text: 'President', ...dated },
      { text: 'president', ...dated },
    ]);
  });

  test('a woman in office gets the feminine noun, and no typed word meant for men', () => {
    const epithets = epithetsOf(
      files([russia], [president], [holderOf('president-of-russia', 'a-holder', true)]),
    );
    expect(epithets.de).toEqual([
      ['russische Präsidentin', 'russischen Präsidentin'],
      'Russlands Präsidentin',
      'Präsidentin Russlands',
    ]);
  });

  test('prefixes the state’s record gives: a hyphen in German, a space in English', () => {
    const usa = state('US', 'united-states', 'Q30', {
      names: { de: 'USA' },
      adjective: { de: 'amerikanisch' },
      prefixes: { de: ['US'], en: ['US', 'U.S.'] },
    });
    const office = {
      ...president,
      id: 'president-of-the-united-states',
      of: 'united-states',
      epithets: undefined,
      feminine: undefined,
    };
    const epithets = epithetsOf(
      files([usa], [office], [holderOf('president-of-the-united-states')]),
    );
    // "USA" takes an article: no genitive before the title.
    expect(epithets.de).toEqual([
      ['amerikanische Präsident', 'amerikanischen Präsident', 'amerikanischen Präsidenten'],
      ['US-Präsident', 'US-Präsidenten'],
    ]);
    expect(epithets.en).toEqual([
      'American President',
      'American president',
      'US President',
      'US president',
      'U.S. President',
      'U.S. president',
    ]);
  });

  test('a state’s record may correct its genitive, or have none', () => {
    const office = { ...president, epithets: undefined, feminine: undefined };
    const withGenitive = (genitive: object | null) =>
      epithetsOf(
        files([{ ...russia, genitive }], [office], [holderOf('president-of-russia')]),
      ).de.flat();
    expect(withGenitive({ de: 'Russlandes' })).toContain('Russlandes Präsident');
    expect(withGenitive(null).filter((text) => text.includes('Russland'))).toEqual([]);
  });

  test('two offices that would give one word stop the build with both', () => {
    const premier = { ...president, id: 'prime-minister-of-russia', epithets: undefined };
    const build = buildWorldPack(
      inputs(files([russia], [president, premier], [holderOf('president-of-russia')])),
    );
    expect(build.ok).toBe(false);
    if (build.ok) return;
    expect(build.problems).toContain(
      'offices-europe.json: record 1 (id "prime-minister-of-russia"): the epithet "russische Präsident" (de) is also one of the office "president-of-russia" (offices-europe.json: record 0 (id "president-of-russia")): give one of them another holder noun or leave the word out',
    );
  });

  test.each([
    [{ ...president, holder: undefined, epithets: undefined }, 'has neither holder nor epithets'],
    [
      { ...president, feminine: { title: { de: 'Präsidentin Russlands' } } },
      '.feminine.holder: has a holder and feminine forms, but no feminine.holder',
    ],
  ])('an office without what its epithets come from is refused', (office, message) => {
    const build = buildWorldPack(inputs(files([russia], [office], [])));
    expect(build.ok ? '' : build.problems.join('\n')).toContain(message);
  });
});

describe('the German genitive before a title', () => {
  test.each([
    ['Russland', 'Russlands'],
    ['Frankreich', 'Frankreichs'],
    ['Iran', 'Irans'],
    ['Saudi-Arabien', 'Saudi-Arabiens'],
    // Names that take an article, or end in a sibilant: none.
    ['Ukraine', undefined],
    ['Türkei', undefined],
    ['Schweiz', undefined],
    ['Belarus', undefined],
    ['USA', undefined],
    ['Vereinigtes Königreich', undefined],
  ])('%s: %s', (name, genitive) => {
    expect(defaultGenitive(name)).toBe(genitive);
  });
});
