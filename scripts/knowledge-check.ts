/**
 * Checks knowledge packs for curators: `npm run knowledge:check [file...]`. Without files it checks
 * every bundled pack (`assets/knowledge/`, and the world pack in
 * `assets/knowledge/generated/` once `npm run knowledge:world` wrote it). Prints each problem as `file: $.path — message` and a summary;
 * exits 1 when any pack has a problem, 0 when all pass.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { checkPack, type PackProblem } from '../lib/knowledge/check-pack';
import { findSizeProblem } from '../lib/knowledge/parse-pack-text';
import { listBundledPackFiles } from './vite-plugin-bundled-packs';

/** The bundled packs: those in assets/knowledge/ and the generated world pack, once built. */
async function listBundledPacks(): Promise<string[]> {
  return (await listBundledPackFiles()).map(({ path }) => relative(process.cwd(), path));
}

async function checkFile(file: string): Promise<PackProblem[]> {
  const info = await stat(file).catch(() => undefined);
  if (info === undefined) return [{ path: '$', message: 'there is no such file' }];
  if (!info.isFile()) return [{ path: '$', message: 'is a folder, not a pack file' }];
  // Asked before reading: a file far too big is reported, not loaded.
  const sizeProblem = findSizeProblem(info.size);
  if (sizeProblem) return [sizeProblem];
  const result = checkPack(await readFile(file), basename(file));
  return result.ok ? [] : result.problems;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : await listBundledPacks();
if (files.length === 0) {
  console.log('No knowledge packs to check.');
  process.exitCode = 1;
}

let failedFiles = 0;
let problemCount = 0;
for (const file of files) {
  const problems = await checkFile(file);
  if (problems.length === 0) {
    console.log(`${file}: ok`);
    continue;
  }
  failedFiles++;
  problemCount += problems.length;
  for (const { path, message } of problems) console.log(`${file}: ${path} — ${message}`);
}

if (files.length > 0) {
  console.log(
    failedFiles === 0
      ? `${count(files.length, 'pack')} checked, all fine.`
      : `${count(files.length, 'pack')} checked: ${count(failedFiles, 'pack')} with ${count(problemCount, 'problem')}.`,
  );
  process.exitCode = failedFiles === 0 ? 0 : 1;
}
