/**
 * `npm run knowledge:world [-- --out FILE] [--curated DIR]`: builds the world pack from the npm
 * data packages and the curated files in assets/knowledge/world/ (see its README), checks it as
 * the extension would, and writes it. With any problem it lists them all, exits 1 and writes
 * nothing; the file is written whole or not at all (a temporary file, then a rename).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateWorldPack } from './knowledge-world/generate-world-pack';
import { CURATED_DIR, WORLD_PACK_OUT } from './knowledge-world/paths';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, curated: { type: 'string' } },
  });
  const out = resolve(values.out ?? WORLD_PACK_OUT);
  const curatedDir = resolve(values.curated ?? CURATED_DIR);
  const build = await generateWorldPack(curatedDir);
  if (!build.ok) {
    for (const problem of build.problems) console.error(problem);
    console.error('knowledge:world: the world pack was not written.');
    return 1;
  }
  await mkdir(dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(build.pack, null, 2)}\n`);
  await rename(temporary, out);
  const byType = new Map<string, number>();
  for (const entity of build.pack.entities) {
    byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
  }
  const counts = [...byType].map(([type, count]) => `${count} ${type}`).join(', ');
  console.log(`knowledge:world: wrote ${out} (${build.pack.entities.length} entities: ${counts})`);
  return 0;
}

process.exitCode = await main();
