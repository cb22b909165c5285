/**
 * `npm run bench`: the recognition engine's speed, in Node and in headless Chromium, on
 * synthetic packs of about 1k, 10k and 50k aliases and on generated news pages; the built
 * extension's popup, its page loads beside mark.js and its pack import; the build's sizes. Prints
 * the medians with the ratio to the baseline of the same run, and the issues' goals with PASS or
 * FAIL, and writes everything to bench/results/<date>.json. Reports only: a missed goal does not
 * fail the command.
 *
 * Each suite returns plain `Measurement`s, so another suite is one more call here and more goals
 * in `goals.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { checkPack } from '../lib/knowledge/check-pack';
import { generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import { runEngineSuiteInChromium } from './browser/run-in-chromium';
import { measureBuildSizes } from './build-sizes';
import { runExtensionLoadSuite } from './extension-load';
import { runExtensionSuite } from './extension-suite';
import { checkGoals } from './goals';
import type { Measurement } from './measurement';
import { measurePackImport } from './pack-import';
import {
  formatGoals,
  formatLoadTable,
  formatMeasurements,
  formatNotes,
  formatSizes,
} from './report';
import { runEngineSuiteInNode } from './run-in-node';
import { DEFAULT_RUN_COUNTS } from './statistics';
import { findPackSize, loadSyntheticPack } from './synthetic-packs';

const RESULTS_DIR = resolve(import.meta.dirname, 'results');

function report(step: string): void {
  console.error(`… ${step}`);
}

/** The browser's version as it prints it ("Mozilla Firefox 153.7.0esr"), or "missing". */
function readVersion(binary: string): string {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'missing';
}

/** The largest synthetic pack passes the same checks as a reader's pack, once per run. */
function checkSyntheticPack(): string {
  const size = findPackSize('50k');
  const check = checkPack(generateSyntheticPack({ entities: size.entities }));
  const verdict = check.ok
    ? 'passes checkPack'
    : `FAILS checkPack: ${check.problems
        .slice(0, 3)
        .map((problem) => problem.message)
        .join('; ')}`;
  const aliases = loadSyntheticPack(size).aliases.length;
  return `Synthetic ${size.label} pack (${size.entities} entities, ${aliases} compiled aliases) ${verdict}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Other work on the machine shows in the numbers: the report says how busy it was.
  const loadBefore = loadavg()[0]!;
  const counts = DEFAULT_RUN_COUNTS;
  const packLine = checkSyntheticPack();
  const measurements: Measurement[] = [...(await runEngineSuiteInNode(counts, report))];
  report('node: importing a 50k-alias pack');
  measurements.push(await measurePackImport(counts));
  const chromium = await runEngineSuiteInChromium(counts, report);
  measurements.push(...chromium.measurements);
  const extension = await runExtensionSuite(counts, report);
  measurements.push(...extension.measurements);
  const load = await runExtensionLoadSuite(counts, report);
  measurements.push(...load.measurements);
  report('sizes: the builds, and the content script built without knowledge data');
  const sizes = await measureBuildSizes();
  const goals = checkGoals(measurements);

  const date = new Date().toISOString().slice(0, 10);
  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${type()} ${release()}`,
    chromium: chromium.version,
    firefox: readVersion('/usr/bin/firefox-esr'),
    /** The 1-minute load average before and after the run. */
    load: [loadBefore, loadavg()[0]!].map((load) => Number(load.toFixed(2))),
  };
  const lines = [
    `Kontext bench, ${date}: ${machine.cores} cores (${machine.cpu}), ${machine.memory}, ` +
      `${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, ${machine.firefox}; ` +
      `load average ${machine.load.join(' before, ')} after`,
    `Medians of ${counts.runs} runs after ${counts.warmups} warm-ups; "vs RegExp" and ` +
      '"vs mark.js" are Kontext against that baseline in the same run (×2 = twice as fast).',
    // The load after includes the bench's own: only the load before says whether others ran.
    ...(loadBefore > machine.cores / 2
      ? [
          `WARNING: the machine was busy (load ${machine.load[0]} on ${machine.cores} cores): ` +
            'other work is in these numbers. Run again on a quiet machine.',
        ]
      : []),
    packLine,
    '',
    ...formatMeasurements(measurements),
    '',
    ...formatLoadTable(measurements),
    '',
    ...formatSizes(sizes),
    '',
    ...formatGoals(goals),
    '',
    'Notes:',
    ...formatNotes(measurements).map((note) => `  ${note}`),
    '  node: the large page is not run in Node (no main-thread tasks, no CSS highlights in ' +
      'happy-dom); its heavy step is "recognize" at 50k.',
    ...load.notes.map((note) => `  ${note}`),
    ...[...extension.skipped, ...load.skipped].map((reason) => `  skipped: ${reason}`),
  ];
  console.log(lines.join('\n'));

  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${date}.json`);
  const result = { date, machine, counts, packCheck: packLine, goals, measurements, sizes };
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`\nWrote ${relative(process.cwd(), file)} in ${seconds} s.`);
}

await main();
