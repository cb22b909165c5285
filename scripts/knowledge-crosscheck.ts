/**
 * `npm run knowledge:crosscheck -- DIR`: the world pack's people against the reference data in
 * DIR (its folders: `ifg-ministers-database/`, `congress-legislators/`,
 * `world-leaders-2021-wikidata/`, `world-leaders-2026-wikidata/`): every office a reference covers, and each
 * term where it disagrees with the curated files in holder or dates. A tool for curators, not a
 * test: it prints and exits 0; 2 for a missing DIR or no readable reference in it.
 */
import { stat } from 'node:fs/promises';
import { crossCheck, formatReports, type Reference } from './knowledge-world/crosscheck';
import type { z } from 'zod';
import { curatedOfficeSchema, curatedPersonSchema } from './knowledge-world/curated-schema';
import { isOfficesFile, isPeopleFile, type CuratedFile } from './knowledge-world/build-world-pack';
import { readCuratedFiles } from './knowledge-world/generate-world-pack';
import { CURATED_DIR } from './knowledge-world/paths';
import { readExecutive, readIfg, readWorldLeaders } from './knowledge-world/read-references';

const USAGE =
  'usage: npm run knowledge:crosscheck -- DIR   (DIR: a folder of reference data, with ifg-ministers-database/, congress-legislators/, world-leaders-*-wikidata/)';

/** The records of the curated files `isKind` takes that `schema` accepts. */
function readRecords<T>(
  files: CuratedFile[],
  isKind: (name: string) => boolean,
  schema: z.ZodType<T>,
): T[] {
  return files
    .filter((file) => isKind(file.name) && Array.isArray(file.content))
    .flatMap((file) =>
      (file.content as unknown[]).flatMap((record) => {
        const parsed = schema.safeParse(record);
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
  const curated = await readCuratedFiles(CURATED_DIR);
  for (const problem of curated.problems) console.error(`knowledge:crosscheck: ${problem}`);
  const people = readRecords(curated.files, isPeopleFile, curatedPersonSchema);
  const positions = new Map(
    readRecords(curated.files, isOfficesFile, curatedOfficeSchema).flatMap((office) =>
      office.wikidata ? [[office.wikidata, office.id] as const] : [],
    ),
  );
  const today = new Date().toISOString().slice(0, 10);
  const readers: [string, () => Promise<Reference>][] = [
    ['ifg-ministers-database', () => readIfg(dir)],
    ['congress-legislators', () => readExecutive(dir, today)],
    [
      'world-leaders-2021-wikidata',
      () => readWorldLeaders(dir, 'world-leaders-2021-wikidata', positions),
    ],
    [
      'world-leaders-2026-wikidata',
      () => readWorldLeaders(dir, 'world-leaders-2026-wikidata', positions),
    ],
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
  const reports = references.map((reference) => crossCheck(people, reference));
  console.log(formatReports(reports).join('\n'));
}

await main();
