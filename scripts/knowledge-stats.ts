/**
 * `npm run knowledge:stats`: what the packs hold and what compiling them costs. For each bundled
 * pack, and for a generated pack of 10,000 entities, prints the entities with their alias counts
 * (bundled packs only), the compile time (median of 7 runs, check excluded), and the compiled
 * size in bytes and gzip; for the generated world pack also its coverage against the minimums
 * of issues 14 (states and institutions) and 15 (people).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from '../bench/statistics';
import { checkPack } from '../lib/knowledge/check-pack';
import { compilePack } from '../lib/knowledge/compile-pack';
import { countAliases, generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import type { KnowledgePack } from '../lib/knowledge/pack-types';
import { isOfficesFile, isPeopleFile } from './knowledge-world/build-world-pack';
import { CURATED_DIR, WORLD_PACK_OUT } from './knowledge-world/paths';
import { KNOWLEDGE_DIR, listPackFiles } from './vite-plugin-bundled-packs';

const RUNS = 7;

/** The world pack's minimums (issue 14), by what its curated records are. */
const WORLD_MINIMUMS: [label: string, count: (c: WorldCounts) => number, minimum: number][] = [
  ['states', (c) => c.states, 197],
  ['capitals', (c) => c.capitals, 195],
  ['international organizations and their bodies', (c) => c.organizations, 80],
  ['seats of power', (c) => c.categories.get('seat-of-power') ?? 0, 8],
  ['news agencies', (c) => c.categories.get('news-agency') ?? 0, 30],
  ['parliaments', (c) => c.categories.get('parliament') ?? 0, 20],
  ['parties', (c) => c.categories.get('party') ?? 0, 40],
  ['people, each with a dated role (issue 15)', (c) => c.people, 1000],
  [
    'states with a head of state or government now',
    (c) => [...c.stateIds].filter((id) => c.statesWithHeads.has(id)).length,
    197,
  ],
];

interface WorldCounts {
  people: number;
  /** States with someone in office now in an office of a Wikidata head-of-state or -government position. */
  statesWithHeads: Set<string>;
  stateIds: Set<string>;
  states: number;
  capitals: number;
  organizations: number;
  categories: Map<string, number>;
}

/** Counts the curated records by kind: the pack has one entity per record (two for a state). */
async function countCuratedRecords(): Promise<WorldCounts> {
  const counts: WorldCounts = {
    people: 0,
    statesWithHeads: new Set(),
    stateIds: new Set(),
    states: 0,
    capitals: 0,
    organizations: 0,
    categories: new Map(),
  };
  const headOffices = new Map<string, string>();
  const currentOffices = new Set<string>();
  for (const file of (await readdir(CURATED_DIR)).filter((name) => name.endsWith('.json'))) {
    const records = JSON.parse(await readFile(join(CURATED_DIR, file), 'utf8')) as {
      id?: string;
      of?: string;
      wikidata?: string;
      category?: string;
      capital?: unknown;
      roles?: { office: string; to?: string }[];
    }[];
    // Offices are no entities; every person has a role (the format asks for one).
    if (isOfficesFile(file)) {
      // The offices of a position the Wikidata lists of heads of state and government name.
      for (const office of records) {
        if (office.wikidata && office.id && office.of) headOffices.set(office.id, office.of);
      }
      continue;
    }
    if (isPeopleFile(file)) {
      counts.people += records.length;
      for (const person of records) {
        for (const role of person.roles ?? []) {
          if (role.to === undefined) currentOffices.add(role.office);
        }
      }
      continue;
    }
    for (const record of records) {
      if (record.category === undefined) {
        counts.states += 1;
        if (record.id) counts.stateIds.add(record.id);
        if (record.capital) counts.capitals += 1;
        continue;
      }
      counts.categories.set(record.category, (counts.categories.get(record.category) ?? 0) + 1);
      if (record.category === 'international-organization' || record.category === 'institution') {
        counts.organizations += 1;
      }
    }
  }
  for (const [office, of] of headOffices) {
    if (currentOffices.has(office)) counts.statesWithHeads.add(of);
  }
  return counts;
}

/** The generated world pack (npm run knowledge:world), and its coverage against the minimums. */
async function describeWorldPack(): Promise<void> {
  let text: Buffer;
  try {
    text = await readFile(WORLD_PACK_OUT);
  } catch {
    console.log(`\nworld: not generated yet (npm run knowledge:world writes ${WORLD_PACK_OUT})`);
    return;
  }
  const result = checkPack(text, 'world.json');
  if (!result.ok) {
    console.log('\nworld: invalid (npm run knowledge:world)');
    process.exitCode = 1;
    return;
  }
  describePack('world (generated)', result.pack, text.length);
  const counts = await countCuratedRecords();
  for (const [label, count, minimum] of WORLD_MINIMUMS) {
    const have = count(counts);
    console.log(
      `    ${label.padEnd(46)} ${String(have).padStart(4)} of at least ${minimum}${have < minimum ? '  (short)' : ''}`,
    );
  }
  const headless = [...counts.stateIds].filter((id) => !counts.statesWithHeads.has(id)).sort();
  if (headless.length > 0) {
    console.log(
      `      (no one in office now, of an office with a Wikidata head position: ${headless.join(', ')})`,
    );
  }
}

function describePack(label: string, pack: KnowledgePack, sourceBytes: number): void {
  const times: number[] = [];
  let compiled = compilePack(pack);
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    compiled = compilePack(pack);
    times.push(performance.now() - started);
  }
  const json = JSON.stringify(compiled);
  console.log(`\n${label}: ${pack.entities.length} entities, ${countAliases(pack)} aliases`);
  console.log(`  source ${sourceBytes.toLocaleString('en')} bytes`);
  console.log(
    `  compiled ${Buffer.byteLength(json).toLocaleString('en')} bytes, ` +
      `${gzipSync(json).length.toLocaleString('en')} gzip, ${compiled.aliases.length} alias entries, ` +
      `compile ${median(times).toFixed(2)} ms (median of ${RUNS})`,
  );
}

for (const file of await listPackFiles(KNOWLEDGE_DIR)) {
  const text = await readFile(join(KNOWLEDGE_DIR, file));
  const result = checkPack(text, file);
  if (!result.ok) {
    console.log(`${file}: invalid (npm run knowledge:check)`);
    process.exitCode = 1;
    continue;
  }
  describePack(file, result.pack, text.length);
  for (const entity of result.pack.entities) {
    const counts = Object.entries(entity.aliases).map(
      ([language, aliases]) =>
        `${language} ${(aliases ?? []).reduce((sum, alias) => sum + 1 + (alias.forms?.length ?? 0), 0)}`,
    );
    console.log(`    ${entity.id.padEnd(22)} ${entity.type.padEnd(13)} ${counts.join(', ')}`);
  }
}

await describeWorldPack();

const synthetic = generateSyntheticPack({ entities: 10_000 });
const syntheticText = JSON.stringify(synthetic);
const checkStarted = performance.now();
const syntheticCheck = checkPack(syntheticText);
const checkMs = performance.now() - checkStarted;
describePack('generated (10,000 entities)', synthetic, Buffer.byteLength(syntheticText));
console.log(
  `  checkPack ${syntheticCheck.ok ? 'passes' : 'FAILS'} in ${checkMs.toFixed(0)} ms (one run)`,
);
