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
import { parseArgs } from 'node:util';
import { generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import { missingPrerequisite } from '../tests/browser/harness/browsers';
import { startFixtureServer } from '../tests/browser/harness/fixture-server';
import { launchExtensionChromium } from './browser/extension-chromium';
import { IMPORTED_PACK_ID, importThroughOptions, waitForTimings } from './extension-load';
import { writeLoadPages, type LoadPageName } from './load-pages';
import { formatColumns, formatNumber } from './report';
import { median } from './statistics';
import { findPackSize } from './synthetic-packs';

const USAGE =
  'usage: npm run bench:compare -- <build folder> <build folder> [...] [--pack] [--rounds N] [--loads N]';

const { values, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: {
    pack: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '4' },
    loads: { type: 'string', default: '6' },
  },
});
const rounds = Number(values.rounds);
const loads = Number(values.loads);
const missing = missingPrerequisite('chromium');
if (builds.length < 2 || !(rounds >= 1) || !(loads >= 1)) throw new Error(USAGE);
if (missing) throw new Error(missing);
for (const build of builds) {
  if (!existsSync(`${build}/manifest.json`)) throw new Error(`${build}: no manifest.json there`);
}

const pageNames: LoadPageName[] = values.pack ? ['seed-article'] : ['seed-article', 'no-names'];
const packText = values.pack
  ? JSON.stringify({
      ...generateSyntheticPack({ entities: findPackSize('50k').entities }),
      id: IMPORTED_PACK_ID,
    })
  : undefined;

const pages = await writeLoadPages();
const server = await startFixtureServer(pages.dir, pages.routes);
/** Times in ms, by build and page. */
const times = new Map<string, number[]>();
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const build of builds) {
      console.error(`… round ${round + 1} of ${rounds}: ${build}`);
      const chromium = await launchExtensionChromium(server.port, '', build);
      try {
        if (packText) await importThroughOptions(chromium, packText, 1);
        for (const name of pageNames) {
          const { url } = pages.pages[name];
          // One untimed load first: the browser's own first-page work is not the extension's.
          for (let load = 0; load <= loads; load += 1) {
            const tab = await chromium.context.newPage();
            await tab.goto(url);
            const timings = await waitForTimings(chromium, url);
            await tab.close();
            if (load === 0) continue;
            const key = `${build}\n${name}`;
            times.set(key, [
              ...(times.get(key) ?? []),
              timings.highlightedAt[0]! - timings.startedAt,
            ]);
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

const rows = [['page', 'build', 'to highlights', 'vs first', 'loads']];
for (const name of pageNames) {
  const first = median(times.get(`${builds[0]}\n${name}`)!);
  for (const build of builds) {
    const samples = times.get(`${build}\n${name}`)!;
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
console.log(
  `Medians of ${rounds} rounds × ${loads} loads per build and page` +
    (values.pack ? ', with the generated 50k-alias pack imported' : ''),
);
for (const line of formatColumns(rows)) console.log(line);
