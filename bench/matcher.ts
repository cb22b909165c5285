/**
 * Matcher micro-benchmarks: build time, and matching speed on 1 MB of news-like text with names
 * of the pack planted in it, each beside the RegExp baseline on the same input. Plain computation
 * with no DOM, so the same code runs in Node and, bundled, inside a browser page.
 */
import { createRecognizer } from '../lib/analysis/create-recognizer';
import { buildMatcher } from '../lib/matching/build-matcher';
import { tokenize } from '../lib/matching/tokenize';
import { PAGE_DATE } from './generate-news-page';
import { generateNewsText } from './generate-news-text';
import type { BenchEnvironment, Measurement } from './measurement';
import { buildRegExpBaseline } from './regexp-baseline';
import { median, sampleTimes, toMegabytesPerSecond, type RunCounts } from './statistics';
import {
  listMatcherEntries,
  loadSyntheticPack,
  pickSpreadNames,
  type PackSize,
} from './synthetic-packs';

/** The text matched: 1 MB, a long page's worth. */
export const MATCH_TEXT_LENGTH = 1_000_000;

const BASELINE_NAME = 'RegExp alternation';

/** Build and matching cases at one pack size. */
export function measureMatcher(
  size: PackSize,
  environment: BenchEnvironment,
  counts: RunCounts,
): Measurement[] {
  const pack = loadSyntheticPack(size);
  const entries = listMatcherEntries(pack);
  const aliasTexts = entries.map((entry) => entry.text);
  const text = generateNewsText({ length: MATCH_TEXT_LENGTH, names: pickSpreadNames(pack) });
  const common = { environment, size: size.label, aliases: entries.length };
  const noSetup = () => undefined;

  const build = sampleTimes(counts, noSetup, () => buildMatcher(entries));
  const baselineBuild = sampleTimes(counts, noSetup, () => buildRegExpBaseline(aliasTexts));

  const matcher = buildMatcher(entries);
  let matches = 0;
  const match = sampleTimes(counts, noSetup, () => {
    matches = matcher.match(tokenize(text)).length;
  });
  const tokenizing = sampleTimes(counts, noSetup, () => tokenize(text));
  const baseline = buildRegExpBaseline(aliasTexts);
  let baselineMatches = 0;
  const baselineMatch = sampleTimes(counts, noSetup, () => {
    baselineMatches = baseline.countMatches(text);
  });
  // A fresh recognizer per run: a used one remembers the blocks it has seen and skips them.
  const recognize = sampleTimes(
    counts,
    () => createRecognizer([pack]),
    (recognizer) => recognizer.recognize(text, { date: PAGE_DATE, language: 'de' }),
  );

  const throughput = (times: readonly number[]) =>
    times.map((time) => toMegabytesPerSecond(text.length, time));
  return [
    {
      ...common,
      case: 'matcher.build',
      unit: 'ms',
      median: median(build.runs),
      samples: build.runs,
      firstRun: build.warmups[0],
      baseline: {
        name: BASELINE_NAME,
        median: median(baselineBuild.runs),
        samples: baselineBuild.runs,
      },
      note: 'RegExp build: new RegExp and its first (compiling) run on a short string',
    },
    {
      ...common,
      case: 'matcher.match',
      unit: 'MB/s',
      median: median(throughput(match.runs)),
      samples: throughput(match.runs),
      baseline: {
        name: BASELINE_NAME,
        median: median(throughput(baselineMatch.runs)),
        samples: throughput(baselineMatch.runs),
      },
      note: `tokenize + match over 1 MB; ${matches} matches (RegExp: ${baselineMatches})`,
    },
    {
      ...common,
      case: 'matcher.tokenize',
      unit: 'MB/s',
      median: median(throughput(tokenizing.runs)),
      samples: throughput(tokenizing.runs),
    },
    {
      ...common,
      case: 'recognizer.recognize',
      unit: 'MB/s',
      median: median(throughput(recognize.runs)),
      samples: throughput(recognize.runs),
      note: 'tokenize + match + resolve over 1 MB, fresh recognizer per run (built untimed)',
    },
  ];
}
