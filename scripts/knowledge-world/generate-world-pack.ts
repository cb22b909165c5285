/**
 * The world pack from the curated files of a folder and the installed data packages, in memory:
 * what `npm run knowledge:world` writes, and what tests recognize with.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildWorldPack,
  type CuratedFile,
  type PackageSource,
  type WorldBuild,
} from './build-world-pack';
import { CURATED_DIR } from './paths';
import { readPackageData, readPackageVersion } from './read-packages';

/** The pack's own version; raise it with every change of its content. */
export const WORLD_VERSION = '0.3.0';
/**
 * The day the curated offices were last checked: the newest reference data their holders were
 * compared with (world-leaders-current of 2026-08-22). What changed after it the pack does not
 * know, so a card for a later article says "Stand 22. August 2026" rather than claim the office.
 */
export const WORLD_AS_OF = '2026-08-22';

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

/** The curated files of `dir`, parsed as JSON; a file that is not JSON is a problem. */
export async function readCuratedFiles(
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
        `${name}: ${installed} is installed, but scripts/knowledge-world/generate-world-pack.ts describes ${known.version}: update its entry (version, publication day, licence)`,
      );
    }
    sources.push({ name, ...known });
  }
  return { sources, problems };
}

/** Builds the world pack from `curatedDir`; every problem of the files and packages if it fails. */
export async function generateWorldPack(curatedDir: string = CURATED_DIR): Promise<WorldBuild> {
  const curated = await readCuratedFiles(curatedDir);
  const sources = await readPackageSources();
  const problems = [...curated.problems, ...sources.problems];
  if (problems.length > 0) return { ok: false, problems };
  return buildWorldPack({
    packages: await readPackageData(),
    packageSources: sources.sources,
    files: curated.files,
    asOf: WORLD_AS_OF,
    version: WORLD_VERSION,
  });
}
