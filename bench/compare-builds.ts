/**
 * `npm run bench:compare -- <build> <build> [--pack] [--rounds N] [--loads N]`: two or more builds
 * of the extension (folders like `.output/chrome-mv3`, one kept from before a change) load the
 * same pages in headless Chromium in turns, a fresh browser per build and round, so that each
 * meets the machine as the others do. Prints, per page, each build's median time from the content
 * script's `main()` to its first highlights, and its ratio to the first build's.
 *
 * For changes smaller than what moves between two `npm run bench` runs (several ms on a 2-core
 * machine). With `--pack`, each browser first imports the generated 50k-alias pack, as case (b)
 * of the bench does, and only the seed article is loaded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { missingPrerequisite } from '../tests/browser/harness/browsers';
import { startFixtureServer } from '../tests/browser/harness/fixture-server';
import { launchExtensionChromium } from './browser/extension-chromium';
import { importThroughOptions, makeImportedPack, waitForTimings } from './extension-load';
import { writeLoadPages, type LoadPageName } from './load-pages';
import { formatColumns, formatNumber } from './report';
import { median } from './statistics';

const USAGE =
  'usage: npm run bench:compare -- <build folder> <build folder> [...] [--pack] [--rounds N] [--loads N]';

interface Comparison {
  builds: string[];
  pack: boolean;
  rounds: number;
  /** Timed loads of each page per build and round. */
  loads: number;
}

/** The comparison the command line asks for, or what is wrong with it. */
function readCommandLine(args: string[]): Comparison | string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pack: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '4' },
      loads: { type: 'string', default: '6' },
    },
  });
  const rounds = Number(values.rounds);
  const loads = Number(values.loads);
  if (positionals.length < 2) return 'two builds or more to compare';
  if (!Number.isInteger(rounds) || rounds < 1) return `--rounds ${values.rounds}: a whole number`;
  if (!Number.isInteger(loads) || loads < 1) return `--loads ${values.loads}: a whole number`;
  const notBuilt = positionals.find((build) => !existsSync(join(build, 'manifest.json')));
  if (notBuilt) return `${notBuilt}: no manifest.json there (a folder like .output/chrome-mv3)`;
  return { builds: positionals, pack: values.pack, rounds, loads };
}

/** Times in ms from `main()` to the first highlights, by build and then page. */
type Times = Map<string, Map<LoadPageName, number[]>>;

async function measure(comparison: Comparison, pageNames: LoadPageName[]): Promise<Times> {
  const packText = comparison.pack ? JSON.stringify(makeImportedPack()) : undefined;
  const times: Times = new Map(comparison.builds.map((build) => [build, new Map()]));
  const pages = await writeLoadPages();
  const server = await startFixtureServer(pages.dir, pages.routes);
  try {
    for (let round = 1; round <= comparison.rounds; round += 1) {
      for (const build of comparison.builds) {
        console.error(`… round ${round} of ${comparison.rounds}: ${build}`);
        const chromium = await launchExtensionChromium(server.port, '', build);
        try {
          if (packText) await importThroughOptions(chromium, packText, 1);
          for (const name of pageNames) {
            const { url } = pages.pages[name];
            const samples = times.get(build)!.get(name) ?? [];
            times.get(build)!.set(name, samples);
            // One untimed load first: the browser's own first-page work is not the extension's.
            for (let load = 0; load <= comparison.loads; load += 1) {
              const tab = await chromium.context.newPage();
              await tab.goto(url);
              const timings = await waitForTimings(chromium, url);
              await tab.close();
              if (load > 0) samples.push(timings.highlightedAt[0]! - timings.startedAt);
            }
          }
        } finally {
          await chromium.close();
        }
      }
    }
  } finally {
    await server.close();
    await pages.remove();
  }
  return times;
}

function formatComparison(
  comparison: Comparison,
  pageNames: LoadPageName[],
  times: Times,
): string[] {
  const rows = [['page', 'build', 'to highlights', 'vs first', 'loads']];
  for (const name of pageNames) {
    const first = median(times.get(comparison.builds[0]!)!.get(name)!);
    for (const build of comparison.builds) {
      const samples = times.get(build)!.get(name)!;
      const value = median(samples);
      rows.push([
        name,
        build,
        `${formatNumber(value)} ms`,
        `×${formatNumber(value / first)}`,
        String(samples.length),
      ]);
    }
  }
  const pack = comparison.pack ? ', with the generated 50k-alias pack imported' : '';
  return [
    `Medians of ${comparison.rounds} rounds × ${comparison.loads} loads per build and page${pack}`,
    ...formatColumns(rows),
  ];
}

async function main(): Promise<void> {
  const comparison = readCommandLine(process.argv.slice(2));
  const missing = missingPrerequisite('chromium');
  if (typeof comparison === 'string' || missing) {
    console.error(typeof comparison === 'string' ? `${comparison}\n${USAGE}` : missing);
    process.exitCode = 2;
    return;
  }
  const pageNames: LoadPageName[] = comparison.pack
    ? ['seed-article']
    : ['seed-article', 'no-names'];
  const times = await measure(comparison, pageNames);
  console.log(formatComparison(comparison, pageNames, times).join('\n'));
}

await main();
