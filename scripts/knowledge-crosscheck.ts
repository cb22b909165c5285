/**
 * `npm run knowledge:crosscheck -- DIR`: the world pack's people against the reference data in
 * DIR (its folders: `ifg-ministers-database/`, `congress-legislators/`,
 * `world-leaders-2021-wikidata/`, `world-leaders-2026-wikidata/`): every office a reference covers, and each
 * term where it disagrees with the curated files in holder or dates. A tool for curators, not a
 * test: it prints and exits 0; 2 for a missing DIR or no readable reference in it.
 */
import { stat } from 'node:fs/promises';
import { crossCheck, formatReports, type Reference } from './knowledge-world/crosscheck';
import { curatedPersonSchema, type CuratedPerson } from './knowledge-world/curated-schema';
import { readCuratedFiles } from './knowledge-world/generate-world-pack';
import { CURATED_DIR } from './knowledge-world/paths';
import { readExecutive, readIfg, readWorldLeaders } from './knowledge-world/read-references';

const USAGE =
  'usage: npm run knowledge:crosscheck -- DIR   (DIR: a folder of reference data, with ifg-ministers-database/, congress-legislators/, world-leaders-*-wikidata/)';

async function readPeople(): Promise<CuratedPerson[]> {
  const { files, problems } = await readCuratedFiles(CURATED_DIR);
  for (const problem of problems) console.error(`knowledge:crosscheck: ${problem}`);
  return files
    .filter((file) => file.name.startsWith('people-') && Array.isArray(file.content))
    .flatMap((file) =>
      (file.content as unknown[]).flatMap((record) => {
        const parsed = curatedPersonSchema.safeParse(record);
        if (parsed.success) return [parsed.data];
        console.error(
          `knowledge:crosscheck: ${file.name}: a record npm run knowledge:world refuses`,
        );
        return [];
      }),
    );
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir || process.argv.length > 3) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const isDir = await stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDir) {
    console.error(`knowledge:crosscheck: ${dir}: no such folder\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  const readers: [string, () => Promise<Reference>][] = [
    ['ifg-ministers-database', () => readIfg(dir)],
    ['congress-legislators', () => readExecutive(dir, today)],
    ['world-leaders-2021-wikidata', () => readWorldLeaders(dir, 'world-leaders-2021-wikidata')],
    ['world-leaders-2026-wikidata', () => readWorldLeaders(dir, 'world-leaders-2026-wikidata')],
  ];
  const references: Reference[] = [];
  for (const [folder, read] of readers) {
    try {
      references.push(await read());
    } catch (error) {
      console.error(`knowledge:crosscheck: ${folder}: skipped, ${(error as Error).message}`);
    }
  }
  if (references.length === 0) {
    console.error(`knowledge:crosscheck: ${dir}: none of ${readers.map(([f]) => f).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const people = await readPeople();
  const reports = references.map((reference) => crossCheck(people, reference));
  console.log(formatReports(reports).join('\n'));
}

await main();
