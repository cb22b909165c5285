/**
 * `npm run knowledge:stats`: what the packs hold and what compiling them costs. For each bundled
 * pack, and for a generated pack of 10,000 entities, prints the entities with their alias counts
 * (bundled packs only), the compile time (median of 7 runs, check excluded), and the compiled
 * size in bytes and gzip.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from '../bench/statistics';
import { checkPack } from '../lib/knowledge/check-pack';
import { compilePack } from '../lib/knowledge/compile-pack';
import { countAliases, generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import type { KnowledgePack } from '../lib/knowledge/pack-types';
import { KNOWLEDGE_DIR, listPackFiles } from './vite-plugin-bundled-packs';

const RUNS = 7;

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

const synthetic = generateSyntheticPack({ entities: 10_000 });
const syntheticText = JSON.stringify(synthetic);
const checkStarted = performance.now();
const syntheticCheck = checkPack(syntheticText);
const checkMs = performance.now() - checkStarted;
describePack('generated (10,000 entities)', synthetic, Buffer.byteLength(syntheticText));
console.log(
  `  checkPack ${syntheticCheck.ok ? 'passes' : 'FAILS'} in ${checkMs.toFixed(0)} ms (one run)`,
);
