/**
 * The world pack's generator (issue 14): the same inputs give the same pack, byte for byte; a
 * curated file with a mistake stops it with the file, the record and what is wrong, and the CLI
 * then writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildWorldPack,
  declineGermanName,
  type CuratedFile,
  type WorldInputs,
} from '../../scripts/knowledge-world/build-world-pack';
import { readPackageData, type PackageData } from '../../scripts/knowledge-world/read-packages';

const ROOT = resolve(import.meta.dirname, '../..');

const russia = {
  iso: 'RU',
  id: 'russia',
  wikidata: 'Q159',
  wikipedia: { de: 'Russland', en: 'Russia' },
  aliases: { de: ['Russische Föderation'], en: ['Russian Federation'] },
  capital: { id: 'moscow', wikidata: 'Q649', names: { de: 'Moskau', en: 'Moscow' } },
  sources: ['https://www.wikidata.org/wiki/Q159'],
};

const ivoryCoast = {
  iso: 'CI',
  id: 'cote-d-ivoire',
  wikidata: 'Q1008',
  aliases: { en: ['Ivory Coast'] },
  capital: { id: 'yamoussoukro', names: { de: 'Yamoussoukro' } },
  sources: ['https://www.wikidata.org/wiki/Q1008'],
};

const kremlin = {
  id: 'kremlin',
  category: 'seat-of-power',
  wikidata: 'Q42308',
  of: 'russia',
  names: { de: 'Kreml', en: 'Kremlin' },
  aliases: { de: [{ text: 'Kreml', kind: 'full', forms: ['Kremls'] }], en: [] },
  description: {
    de: 'Amtssitz des russischen Präsidenten in Moskau.',
    en: 'Seat of the Russian president in Moscow.',
  },
  sources: ['https://de.wikipedia.org/wiki/Moskauer_Kreml'],
};

let packages: PackageData;
beforeAll(async () => {
  packages = await readPackageData();
});

function inputs(files: CuratedFile[]): WorldInputs {
  return {
    packages,
    packageSources: ['cldr-localenames-full', 'countries-list'].map((name) => ({
      name,
      version: '1.0.0',
      published: '2026-01-01',
      publisher: 'its authors',
      licence: 'MIT License',
    })),
    files,
    asOf: '2026-12-02',
    version: '0.1.0',
  };
}

const goodFiles = (): CuratedFile[] => [
  {
    name: 'states-asia.json',
    content: [ivoryCoast, russia].sort((a, b) => (a.iso < b.iso ? -1 : 1)),
  },
  { name: 'seats.json', content: [kremlin] },
];

function problemsOf(files: CuratedFile[]): string[] {
  const build = buildWorldPack(inputs(files));
  return build.ok ? [] : build.problems;
}

describe('buildWorldPack', () => {
  test('states get the packages’ names, the curated ones and a capital of their own', () => {
    const build = buildWorldPack(inputs(goodFiles()));
    if (!build.ok) throw new Error(build.problems.join('\n'));
    const byId = new Map(build.pack.entities.map((entity) => [entity.id, entity]));
    const texts = (id: string, language: 'de' | 'en') =>
      byId.get(id)!.aliases[language]!.map((alias) => alias.text);
    expect(byId.get('russia')!.names).toEqual({ de: 'Russland', en: 'Russia' });
    expect(texts('russia', 'de')).toEqual(['Russland', 'Russische Föderation', 'russisch']);
    expect(texts('russia', 'en')).toEqual(['Russia', 'Russian Federation', 'Russian']);
    // The adjective, a mention kind of its own, with its German endings.
    expect(byId.get('russia')!.aliases.de!.at(-1)).toEqual({
      text: 'russisch',
      kind: 'adjective',
      forms: ['russische', 'russischen', 'russischer', 'russisches', 'russischem'],
    });
    // The long form declined, which the matcher cannot derive.
    expect(byId.get('russia')!.aliases.de![1]!.forms).toEqual(['Russischen Föderation']);
    expect(byId.get('russia')!.refs).toEqual({
      wikidata: 'Q159',
      wikipedia: { de: 'Russland', en: 'Russia' },
    });
    // countries-list places Russia in Asia and Europe.
    expect(byId.get('russia')!.description.de).toBe(
      'Staat in Asien und Europa. Hauptstadt: Moskau.',
    );
    // CLDR's typographic apostrophe, and the plain one the press types.
    expect(texts('cote-d-ivoire', 'en')).toEqual(
      expect.arrayContaining(['Côte d’Ivoire', "Côte d'Ivoire", 'Ivory Coast']),
    );
    expect(texts('cote-d-ivoire', 'de')).toContain('Elfenbeinküste');
    // The capital's English name from countries-list, its role in the state.
    expect(byId.get('yamoussoukro')).toMatchObject({
      type: 'place',
      names: { de: 'Yamoussoukro', en: 'Yamoussoukro' },
      roles: [{ of: 'cote-d-ivoire', provenance: { source: 'countries-list' } }],
    });
    expect(byId.get('kremlin')!.roles).toEqual([
      {
        title: { de: 'Amtssitz', en: 'Seat of power' },
        of: 'russia',
        provenance: { source: 'kontext-world-curated' },
      },
    ]);
    expect(build.pack.sources.map((source) => source.id)).toEqual([
      'cldr-localenames-full',
      'countries-list',
      'kontext-world-curated',
    ]);
  });

  test('the same inputs give the same pack, byte for byte, whatever the order of the files', () => {
    const first = JSON.stringify(buildWorldPack(inputs(goodFiles())));
    const second = JSON.stringify(buildWorldPack(inputs(goodFiles().reverse())));
    expect(second).toBe(first);
  });

  test.each([
    [
      'a malformed Wikidata id',
      { ...russia, wikidata: 'Q-159' },
      'states-asia.json: record 1 (iso "RU", id "russia"): .wikidata: is not a Wikidata id',
    ],
    [
      'a field the format does not know',
      { ...russia, capitol: 'Moskau' },
      'states-asia.json: record 1 (iso "RU", id "russia"): "capitol" is not a field the format knows here',
    ],
    [
      'an ISO code no package knows',
      { ...russia, iso: 'RX' },
      'states-asia.json: record 1 (iso "RX", id "russia"): .iso: no data package knows "RX"',
    ],
    [
      'a malformed source link',
      { ...russia, sources: ['http://example.org'] },
      'states-asia.json: record 1 (iso "RU", id "russia"): .sources[0]:',
    ],
  ])('%s stops it with the file, the record and what is wrong', (_, broken, message) => {
    const problems = problemsOf([{ name: 'states-asia.json', content: [ivoryCoast, broken] }]);
    expect(problems.join('\n')).toContain(message);
  });

  test('an id that points nowhere, a name two entities claim, records out of order', () => {
    const problems = problemsOf([
      { name: 'states-asia.json', content: [russia, ivoryCoast] },
      {
        name: 'seats.json',
        content: [
          { ...kremlin, of: 'rusia' },
          {
            ...kremlin,
            id: 'kremlin-palace',
            of: 'russia',
            aliases: { de: [{ text: 'Kreml', kind: 'full' }], en: [] },
          },
        ],
      },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'states-asia.json: record 1 (iso "CI", id "cote-d-ivoire"): out of order: records are sorted by their key, and "CI" comes after "RU"',
        'seats.json: record 0 (id "kremlin"): .of: no entity of the pack has the id "rusia"',
        expect.stringMatching(
          /^seats\.json: record 1 \(id "kremlin-palace"\): "Kreml" \(de\) is also a name of "kremlin"/,
        ),
      ]),
    );
  });

  test('a name both entities mark shared may be claimed by both', () => {
    const shared = {
      de: [{ text: 'Kreml', kind: 'full', shared: true }],
      en: [{ text: 'Kremlin', kind: 'full', shared: true }],
    };
    const problems = problemsOf([
      { name: 'states-asia.json', content: [russia] },
      {
        name: 'seats.json',
        content: [
          { ...kremlin, aliases: shared },
          { ...kremlin, id: 'kremlin-palace', aliases: shared },
        ],
      },
    ]);
    expect(problems).toEqual([]);
  });
});

describe('people and their offices', () => {
  const president = {
    id: 'president-of-russia',
    of: 'russia',
    title: { de: 'Präsident Russlands', en: 'President of Russia' },
    epithets: { de: ['Kremlchef'], en: ['Russian President'] },
    feminine: { title: { de: 'Präsidentin Russlands' }, epithets: { de: ['Kremlchefin'] } },
    sources: ['https://en.wikipedia.org/wiki/President_of_Russia'],
  };
  const putin = {
    id: 'vladimir-putin',
    wikidata: 'Q7747',
    names: { de: 'Wladimir Putin', en: 'Vladimir Putin' },
    aliases: { de: [{ text: 'Putin', kind: 'short', standalone: true }], en: [] },
    description: { de: 'Russischer Politiker.', en: 'Russian politician.' },
    roles: [
      {
        office: 'president-of-russia',
        from: '2000-05-07',
        to: '2008-05-07',
        source: 'https://en.wikipedia.org/wiki/President_of_Russia',
      },
      {
        office: 'president-of-russia',
        from: '2012-05-07',
        source: 'https://en.wikipedia.org/wiki/President_of_Russia',
      },
    ],
    sources: ['https://en.wikipedia.org/wiki/Vladimir_Putin'],
  };
  const files = (people: unknown[], offices: unknown[] = [president]): CuratedFile[] => [
    { name: 'states-asia.json', content: [russia] },
    { name: 'offices.json', content: offices },
    { name: 'people-russia.json', content: people },
  ];

  test('a person gets each role with its office’s title, and its epithets for its dates', () => {
    const build = buildWorldPack(inputs(files([putin])));
    if (!build.ok) expect.fail(build.problems.join('\n'));
    const person = build.pack.entities.find((entity) => entity.id === 'vladimir-putin')!;
    expect(person.type).toBe('person');
    expect(person.roles).toEqual([
      {
        title: president.title,
        of: 'russia',
        from: '2000-05-07',
        to: '2008-05-07',
        provenance: { source: 'wikipedia-en-president-of-russia' },
      },
      {
        title: president.title,
        of: 'russia',
        from: '2012-05-07',
        provenance: { source: 'wikipedia-en-president-of-russia' },
      },
    ]);
    expect(person.aliases.de!.filter((alias) => alias.kind === 'epithet')).toEqual([
      { text: 'Kremlchef', kind: 'epithet', shared: true, from: '2000-05-07', to: '2008-05-07' },
      { text: 'Kremlchef', kind: 'epithet', shared: true, from: '2012-05-07' },
    ]);
    // The link is one source of the pack, whoever cites it.
    expect(build.pack.sources.filter((source) => source.url?.includes('wikipedia'))).toEqual([
      {
        id: 'wikipedia-en-president-of-russia',
        publisher: 'Wikipedia (en)',
        title: 'President of Russia',
        date: '2026-12-02',
        language: 'en',
        url: 'https://en.wikipedia.org/wiki/President_of_Russia',
      },
    ]);
    // German feminine forms where the record asks for them.
    const she = buildWorldPack(
      inputs(files([{ ...putin, id: 'a-president', feminine: true, roles: [putin.roles[1]] }])),
    );
    if (!she.ok) expect.fail(she.problems.join('\n'));
    const her = she.pack.entities.find((entity) => entity.id === 'a-president')!;
    expect(her.roles![0]!.title).toEqual({
      de: 'Präsidentin Russlands',
      en: 'President of Russia',
    });
    expect(her.aliases.de!.map((alias) => alias.text)).toContain('Kremlchefin');
  });

  test.each([
    [
      'an office no record has',
      { ...putin, roles: [{ ...putin.roles[1], office: 'president-of-rusia' }] },
      'people-russia.json: record 0 (id "vladimir-putin") .roles[0].office: no office of the offices files has the id "president-of-rusia"',
    ],
    [
      'a year only',
      { ...putin, roles: [{ ...putin.roles[1], from: '2012' }] },
      'people-russia.json: record 0 (id "vladimir-putin"): .roles[0].from: gives a year only',
    ],
    [
      'an end before the start',
      { ...putin, roles: [{ ...putin.roles[0], to: '1999-12-31' }] },
      'people-russia.json: record 0 (id "vladimir-putin") .roles[0]: ends (1999-12-31) before it begins (2000-05-07)',
    ],
    [
      'a date after the pack was checked',
      { ...putin, roles: [{ ...putin.roles[0], to: '2026-12-31' }] },
      'people-russia.json: record 0 (id "vladimir-putin") .roles[0]: 2026-12-31 is after the day the offices were last checked (2026-12-02): leave out what has not happened yet',
    ],
    [
      'a source that is no Wikipedia article',
      { ...putin, roles: [{ ...putin.roles[1], source: 'https://kremlin.ru/' }] },
      "https://kremlin.ru/: a role's source is a Wikipedia article",
    ],
  ])('%s stops it with the file, the record and what is wrong', (_, broken, message) => {
    expect(problemsOf(files([broken])).join('\n')).toContain(message);
  });

  test('a second term that follows on the first: two roles, one epithet for both', () => {
    const second = { ...putin.roles[1], from: '2008-05-07' };
    const build = buildWorldPack(inputs(files([{ ...putin, roles: [putin.roles[0], second] }])));
    if (!build.ok) expect.fail(build.problems.join('\n'));
    const person = build.pack.entities.find((entity) => entity.id === 'vladimir-putin')!;
    expect(person.roles!.map((role) => [role.from, role.to])).toEqual([
      ['2000-05-07', '2008-05-07'],
      ['2008-05-07', undefined],
    ]);
    expect(person.aliases.de!.filter((alias) => alias.kind === 'epithet')).toEqual([
      { text: 'Kremlchef', kind: 'epithet', shared: true, from: '2000-05-07' },
    ]);
  });

  test('a role may cite the IfG ministers database, which the pack then credits with its licence', () => {
    const ifg = 'https://www.instituteforgovernment.org.uk/ministers-database';
    const build = buildWorldPack(
      inputs(files([{ ...putin, roles: [{ ...putin.roles[1], source: ifg }] }])),
    );
    if (!build.ok) expect.fail(build.problems.join('\n'));
    const person = build.pack.entities.find((entity) => entity.id === 'vladimir-putin')!;
    expect(person.roles![0]!.provenance).toEqual({ source: 'ifg-ministers-database' });
    expect(build.pack.sources).toContainEqual({
      id: 'ifg-ministers-database',
      publisher: 'Institute for Government',
      title: 'Ministers Database: UK government ministers since 1979 (CC BY 4.0)',
      language: 'en',
      date: '2026-12-02',
      url: ifg,
    });
  });

  test('an office of an entity the pack does not have', () => {
    expect(problemsOf(files([putin], [{ ...president, of: 'rusia' }])).join('\n')).toContain(
      'offices.json: record 0 (id "president-of-russia"): .of: no entity of the pack has the id "rusia"',
    );
  });
});

describe('npm run knowledge:world', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kontext-world-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function run(curated: string, out: string) {
    try {
      const result = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/knowledge-world.ts', '--curated', curated, '--out', out],
        { cwd: ROOT },
      );
      return { code: 0, ...result };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  test('the committed curated files give a pack that passes the check, the same on every run', async () => {
    const first = join(dir, 'first.json');
    const second = join(dir, 'second.json');
    const runs = [
      await run('assets/knowledge/world', first),
      await run('assets/knowledge/world', second),
    ];
    for (const result of runs) expect(result.stderr).toBe('');
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
  });

  test('a broken curated file: every problem on stderr, exit 1, and the old pack stays', async () => {
    const curated = join(dir, 'broken');
    await rm(curated, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(curated));
    await writeFile(
      join(curated, 'states-asia.json'),
      JSON.stringify([{ ...russia, wikidata: 'Q0' }]),
    );
    await writeFile(join(curated, 'seats.json'), '[{"id": ');
    const out = join(dir, 'kept.json');
    await writeFile(out, 'the pack of the last good run');
    const result = await run(curated, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('seats.json: is not valid JSON');
    expect(result.stderr).toContain('the world pack was not written');
    expect(await readFile(out, 'utf8')).toBe('the pack of the last good run');
  });
});

describe('German names with adjectives', () => {
  test.each([
    ['Europäische Union', ['Europäischen Union']],
    ['Vereinigtes Königreich', ['Vereinigten Königreich', 'Vereinigte Königreich']],
    [
      'Internationaler Strafgerichtshof',
      ['Internationalen Strafgerichtshof', 'Internationale Strafgerichtshof'],
    ],
    ['Christlich Demokratische Union', ['Christlich Demokratischen Union']],
    [
      'Hoher Flüchtlingskommissar der Vereinten Nationen',
      [
        'Hohen Flüchtlingskommissar der Vereinten Nationen',
        'Hohe Flüchtlingskommissar der Vereinten Nationen',
      ],
    ],
  ])('%s is declined', (name, forms) => {
    expect(declineGermanName(name)).toEqual(forms);
  });

  test.each([
    'Die Linke',
    'Alternative für Deutschland',
    'Ärzte ohne Grenzen',
    'Bundestag',
    'Sierra Leone',
  ])('%s has no adjective before a noun', (name) => {
    expect(declineGermanName(name)).toEqual([]);
  });
});
