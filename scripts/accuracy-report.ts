/**
 * Precision and recall of recognition on the accuracy fixtures (tests/fixtures/accuracy/):
 * `npm run accuracy`. Prints one row per fixture (gold mentions, found mentions, TP, FP, FN,
 * precision, recall), then every error with its context, the accepted ones marked with the reason
 * the fixture gives. Reports only; the accuracy test is what fails on an error.
 */
import { Window } from 'happy-dom';
import { readAccuracyFixtures } from '../tests/fixtures/accuracy';
import {
  applyAcceptedMisses,
  formatMentionError,
  formatUnlocatedGold,
} from '../tests/lib/analysis/evaluate-mentions';
import { createShippedRecognizer, measureAccuracy } from '../tests/lib/analysis/measure-accuracy';

const HEADER = ['fixture', 'gold', 'found', 'TP', 'FP', 'FN', 'precision', 'recall'];

function formatTable(rows: readonly string[][]): string {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        // The fixture's name reads left-aligned, the numbers right-aligned.
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  '),
    )
    .join('\n');
}

/** A fixture's counts (or all fixtures' summed). */
interface Counts {
  gold: number;
  found: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** A row of the table: the name, then the counts, then precision and recall. */
function formatRow(name: string, counts: Counts): string[] {
  const { gold, found, truePositives, falsePositives, falseNegatives } = counts;
  const ratio = (part: number, whole: number): string =>
    (whole === 0 ? 1 : part / whole).toFixed(3);
  return [
    name,
    ...[gold, found, truePositives, falsePositives, falseNegatives].map(String),
    ratio(truePositives, truePositives + falsePositives),
    ratio(truePositives, truePositives + falseNegatives),
  ];
}

const recognizer = await createShippedRecognizer();
const rows: string[][] = [HEADER];
const total: Counts = { gold: 0, found: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const details: string[] = [];
for (const fixture of readAccuracyFixtures()) {
  // A fresh window per page: nothing of one page's document carries over to the next.
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(fixture.html, 'text/html');
  const { text, evaluation } = measureAccuracy(
    doc as unknown as Document,
    fixture.expected,
    recognizer,
  );
  await window.happyDOM.close();
  const counts: Counts = {
    gold: evaluation.goldPositives,
    found: evaluation.found,
    truePositives: evaluation.truePositives,
    falsePositives: evaluation.falsePositives.length,
    falseNegatives: evaluation.falseNegatives.length,
  };
  rows.push(formatRow(fixture.name, counts));
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];

  const { unexplained, explained, stale } = applyAcceptedMisses(
    evaluation,
    fixture.expected.acceptedMisses ?? [],
  );
  const lines = [
    ...unexplained.map((error) => ({ error, why: undefined })),
    ...explained.map(({ error, miss }) => ({ error, why: miss.why })),
  ]
    .sort((a, b) => a.error.start - b.error.start || a.error.kind.localeCompare(b.error.kind))
    .map(({ error, why }) => {
      const line = `  ${formatMentionError(text, error)}`;
      return why === undefined ? `${line}\n      NOT ACCEPTED` : `${line}\n      accepted: ${why}`;
    });
  for (const entry of evaluation.unlocated) lines.push(`  ${formatUnlocatedGold(text, entry)}`);
  for (const miss of stale) lines.push(`  accepted miss that no longer happens: "${miss.text}"`);
  if (lines.length > 0) details.push(`${fixture.name}:`, ...lines);
}
rows.push(formatRow('all', total));

console.log(formatTable(rows));
if (details.length > 0) console.log(`\n${details.join('\n')}`);
