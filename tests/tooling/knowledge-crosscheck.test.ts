/**
 * The cross-check of curated roles against reference data (issue 15), on reference files written
 * here in the layout the tool reads (its folder of reference data, never read by tests): agreements, dates
 * that differ, terms the pack lacks or only it has, and references that list only some terms.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crossCheck, formatReports } from '../../scripts/knowledge-world/crosscheck';
import type { CuratedPerson } from '../../scripts/knowledge-world/curated-schema';
import {
  parseCsv,
  readExecutive,
  readIfg,
  readWorldLeaders,
} from '../../scripts/knowledge-world/read-references';

const SOURCE = 'https://en.wikipedia.org/wiki/Prime_Minister';

function person(
  id: string,
  name: string,
  roles: [office: string, from: string, to?: string][],
  wikidata?: string,
): CuratedPerson {
  return {
    id,
    ...(wikidata && { wikidata }),
    names: { de: name, en: name },
    aliases: {},
    description: { de: 'Test.', en: 'Test.' },
    roles: roles.map(([office, from, to]) => ({
      office,
      from,
      ...(to && { to }),
      source: SOURCE,
    })),
    sources: [SOURCE],
  };
}

const PM = 'prime-minister-of-the-united-kingdom';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kontext-crosscheck-'));
  await mkdir(join(dir, 'ifg-ministers-database'));
  await writeFile(
    join(dir, 'ifg-ministers-database', 'post.csv'),
    'id,name\np1,Prime Minister\np2,"Secretary of State for Foreign, Commonwealth and Development Affairs"\n',
  );
  await writeFile(
    join(dir, 'ifg-ministers-database', 'person.csv'),
    'id,name,display_name,normalized_name\na,Anna Alpha,Anna Alpha,Anna Alpha\nb,Bert Beta,"Sir Bert Beta",Bert Beta\nc,Cora Gamma,Cora Gamma,Cora Gamma\n',
  );
  // Anna's two appointments follow on: one term. Cora's is one the pack does not have.
  await writeFile(
    join(dir, 'ifg-ministers-database', 'appointment.csv'),
    [
      'id,person_id,post_id,start_date,end_date',
      'x1,a,p1,2010-05-11,2015-05-08',
      'x2,a,p1,2015-05-08,2016-07-13',
      'x3,b,p1,2016-07-13,2019-07-24',
      'x4,c,p1,2019-07-24,',
      'x5,a,p2,2020-01-01,2021-01-01',
    ].join('\r\n'),
  );
  await mkdir(join(dir, 'congress-legislators'));
  await writeFile(
    join(dir, 'congress-legislators', 'executive.yaml'),
    [
      '- id: { wikidata: Q1 }',
      '  name: { first: Dana, last: Delta }',
      '  terms:',
      "  - { type: prez, start: '2009-01-20', end: '2013-01-20' }",
      "  - { type: prez, start: '2013-01-20', end: '2017-01-20' }",
      '- id: { wikidata: Q2 }',
      '  name: { first: Eve, last: Epsilon }',
      '  terms:',
      "  - { type: prez, start: '2025-01-20', end: '2029-01-20' }",
      '',
    ].join('\n'),
  );
  await mkdir(join(dir, 'world-leaders-2026-wikidata'));
  await writeFile(
    join(dir, 'world-leaders-2026-wikidata', 'wikidata.csv'),
    'countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\nQ145,United Kingdom,Q14211,Prime Minister,Q9,Cora Gamma,2019,\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading the references', () => {
  test('CSV with quoted commas, quotes and CRLF line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });

  test('the IfG database: a reappointment that follows on is one term', async () => {
    const reference = await readIfg(dir);
    const terms = reference.terms.get(PM)!;
    expect(terms.map((term) => [term.names[0], term.from, term.to])).toEqual([
      ['Anna Alpha', '2010-05-11', '2016-07-13'],
      ['Bert Beta', '2016-07-13', '2019-07-24'],
      ['Cora Gamma', '2019-07-24', undefined],
    ]);
    expect(reference.terms.get('uk-foreign-secretary')).toHaveLength(1);
  });

  test('executive.yaml: a term not over yet has no end, whatever end it is scheduled for', async () => {
    const reference = await readExecutive(dir, '2026-12-01');
    expect(
      reference.terms.get('president-of-the-united-states')!.map((t) => [t.wikidata, t.from, t.to]),
    ).toEqual([
      ['Q1', '2009-01-20', '2017-01-20'],
      ['Q2', '2025-01-20', undefined],
    ]);
  });
});

describe('crossCheck', () => {
  test('agreements, dates that differ, terms missing from the pack and only in it', async () => {
    const people = [
      person('anna-alpha', 'Anna Alpha', [[PM, '2010-05-11', '2016-07-13']]),
      // The pack gives Bert a day too late; it has no Cora, and a term nobody else has.
      person('bert-beta', 'Bert Beta', [
        [PM, '2016-07-14', '2019-07-24'],
        [PM, '2021-01-01', '2021-02-01'],
      ]),
    ];
    const report = crossCheck(people, await readIfg(dir));
    expect(report.offices).toEqual([PM]);
    expect(report.findings.map((finding) => [finding.kind, finding.holder])).toEqual([
      ['agree', 'Anna Alpha'],
      ['dates', 'Bert Beta'],
      ['missing', 'Cora Gamma'],
      ['only-in-pack', 'Bert Beta'],
    ]);
    const lines = formatReports([report]);
    expect(lines).toContain(
      '    DATES    Bert Beta: the pack has 2016-07-14 to 2019-07-24, the reference 2016-07-13 to 2019-07-24',
    );
    expect(lines.at(-1)).toBe(
      'Summary: 1 office comparison(s); 1 term(s) agree, 1 disagree in dates, 1 missing from the pack, 1 only in the pack.',
    );
  });

  test('holders by Wikidata id where both have one; a partial reference compares years only', async () => {
    const people = [
      person('cora-gamma', 'C. Gamma', [[PM, '2019-07-24']], 'Q9'),
      person('anna-alpha', 'Anna Alpha', [[PM, '2010-05-11', '2016-07-13']]),
    ];
    const report = crossCheck(
      people,
      await readWorldLeaders(dir, 'world-leaders-2026-wikidata', new Map([['Q14211', PM]])),
    );
    // Anna is not in this revision: no disagreement, as it lists current holders only.
    expect(report.findings).toEqual([
      { kind: 'agree', office: PM, holder: 'C. Gamma', from: '2019' },
    ]);
  });
});
