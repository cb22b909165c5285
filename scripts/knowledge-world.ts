/**
 * `npm run knowledge:world [-- --out FILE] [--curated DIR]`: builds the world pack from the npm data packages and
 * the curated files in assets/knowledge/world/ (see its README), checks it as the extension
 * would, and writes it. With any problem it lists them all, exits 1 and writes nothing; the file
 * is written whole or not at all (a temporary file, then a rename).
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildWorldPack,
  type CuratedFile,
  type PackageSource,
} from './knowledge-world/build-world-pack';
import { CURATED_DIR, WORLD_PACK_OUT } from './knowledge-world/paths';
import { readPackageData, readPackageVersion } from './knowledge-world/read-packages';

/** The pack's own version; raise it with every change of its content. */
const WORLD_VERSION = '0.1.0';
/** The day the curated files were last checked. */
const WORLD_AS_OF = '2026-12-02';

/**
 * What the pack's sources say of each data package: publisher and licence as the package states
 * them, and the day its pinned version was published (`npm view NAME time`). A package updated
 * without updating this stops the generator.
 */
const PACKAGES: Record<string, Omit<PackageSource, 'name'>> = {
  'cldr-localenames-full': {
    version: '48.2.0',
    published: '2026-03-30',
    publisher: 'The Unicode Consortium',
    licence: 'Unicode License v3',
  },
  'countries-list': {
    version: '3.4.1',
    published: '2026-07-14',
    publisher: 'Dmytro Klymenko (annexare/Countries)',
    licence: 'MIT License',
  },
  'i18n-iso-countries': {
    version: '7.14.0',
    published: '2025-07-17',
    publisher: 'Andreas Wittig and contributors',
    licence: 'MIT License',
  },
  'i18n-nationality': {
    version: '1.4.0',
    published: '2026-03-20',
    publisher: 'Mike Goebel',
    licence: 'MIT License',
  },
};

async function readCuratedFiles(
  dir: string,
): Promise<{ files: CuratedFile[]; problems: string[] }> {
  const files: CuratedFile[] = [];
  const problems: string[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.json')).sort()) {
    try {
      files.push({ name, content: JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown });
    } catch (error) {
      problems.push(`${name}: is not valid JSON: ${(error as Error).message}`);
    }
  }
  return { files, problems };
}

async function readPackageSources(): Promise<{ sources: PackageSource[]; problems: string[] }> {
  const sources: PackageSource[] = [];
  const problems: string[] = [];
  for (const [name, known] of Object.entries(PACKAGES)) {
    const installed = await readPackageVersion(name);
    if (installed !== known.version) {
      problems.push(
        `${name}: ${installed} is installed, but scripts/knowledge-world.ts describes ${known.version}: update its entry (version, publication day, licence)`,
      );
    }
    sources.push({ name, ...known });
  }
  return { sources, problems };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, curated: { type: 'string' } },
  });
  const out = resolve(values.out ?? WORLD_PACK_OUT);
  const curatedDir = resolve(values.curated ?? CURATED_DIR);
  const curated = await readCuratedFiles(curatedDir);
  const sources = await readPackageSources();
  const problems = [...curated.problems, ...sources.problems];
  const build =
    problems.length === 0
      ? buildWorldPack({
          packages: await readPackageData(),
          packageSources: sources.sources,
          files: curated.files,
          asOf: WORLD_AS_OF,
          version: WORLD_VERSION,
        })
      : undefined;
  if (!build?.ok) {
    for (const problem of [...problems, ...(build?.problems ?? [])]) console.error(problem);
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
