/**
 * Matcher micro-benchmarks in Node: build time and matching speed at 1k, 10k and 50k aliases,
 * on 1 MB of news-like text with names planted in it. Medians of several runs.
 */
import { createRecognizer } from '../lib/analysis/create-recognizer';
import { compilePack } from '../lib/knowledge/compile-pack';
import { generateSyntheticPack } from '../lib/knowledge/generate-synthetic-pack';
import { buildMatcher } from '../lib/matching/build-matcher';
import { tokenize } from '../lib/matching/tokenize';
import { generateNewsText } from './generate-news-text';
import { median } from './statistics';

export interface MatcherResult {
  aliases: number;
  buildMs: number;
  matchMBps: number;
  tokenizeMBps: number;
  recognizeMBps: number;
  matches: number;
}

const TEXT_LENGTH = 1_000_000;

/** Entities per pack for about 1k, 10k and 50k aliases (the generator makes about five each). */
const SIZES = [200, 2_000, 10_000];

export function runMatcherBench(runs = 7): MatcherResult[] {
  return SIZES.map((entities) => {
    const compiled = compilePack(generateSyntheticPack({ entities }));
    const entries = compiled.aliases.map(([text], id) => ({ text, id }));
    const names = compiled.aliases.filter((_, index) => index % 7 === 0).map(([text]) => text);
    const text = generateNewsText({ length: TEXT_LENGTH, names });
    const megabytes = text.length / 1_000_000;

    const buildTimes: number[] = [];
    let matcher = buildMatcher(entries);
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      matcher = buildMatcher(entries);
      buildTimes.push(performance.now() - started);
    }
    const tokenizeTimes: number[] = [];
    const matchTimes: number[] = [];
    let matches = 0;
    for (let run = 0; run < runs; run += 1) {
      let started = performance.now();
      const tokens = tokenize(text);
      tokenizeTimes.push(performance.now() - started);
      started = performance.now();
      matches = matcher.match(tokens).length;
      matchTimes.push(performance.now() - started);
    }
    const recognizer = createRecognizer([compiled]);
    const recognizeTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      recognizer.recognize(text, { date: '2024-01-01', language: 'de' });
      recognizeTimes.push(performance.now() - started);
    }
    return {
      aliases: entries.length,
      buildMs: median(buildTimes),
      tokenizeMBps: megabytes / (median(tokenizeTimes) / 1000),
      matchMBps: megabytes / ((median(tokenizeTimes) + median(matchTimes)) / 1000),
      recognizeMBps: megabytes / (median(recognizeTimes) / 1000),
      matches,
    };
  });
}
