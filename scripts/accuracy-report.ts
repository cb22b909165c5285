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
  type MentionError,
} from '../tests/lib/analysis/evaluate-mentions';
import {
  createBundledRecognizer,
  measureAccuracy,
} from '../tests/lib/analysis/measure-accuracy';

const HEADER = ['fixture', 'gold', 'found', 'TP', 'FP', 'FN', 'precision', 'recall'];

function formatTable(rows: readonly string[][]): string {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        // The fixture's name reads left-aligned, the numbers right-aligned.
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    )
    .join('\n');
}

const recognizer = createBundledRecognizer();
const rows: string[][] = [HEADER];
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
  rows.push([
    fixture.name,
    String(evaluation.goldPositives),
    String(evaluation.found),
    String(evaluation.truePositives),
    String(evaluation.falsePositives.length),
    String(evaluation.falseNegatives.length),
    evaluation.precision.toFixed(3),
    evaluation.recall.toFixed(3),
  ]);

  const accepted = fixture.expected.acceptedMisses ?? [];
  const { unexplained, stale } = applyAcceptedMisses(evaluation, accepted);
  const errors: MentionError[] = [...evaluation.falsePositives, ...evaluation.falseNegatives].sort(
    (a, b) => a.start - b.start,
  );
  const lines = errors.map((error) => {
    const line = formatMentionError(text, error);
    if (unexplained.includes(error)) return `  ${line}`;
    const why = accepted.find(
      (miss) => (miss.kind ?? 'fn') === error.kind && miss.text === error.text,
    )?.why;
    return `  ${line}\n      accepted: ${why ?? '(see acceptedMisses)'}`;
  });
  for (const entry of evaluation.unlocated) {
    lines.push(`  gold entry not in the text model: "${entry.text}" → ${entry.entity ?? 'trap'}`);
  }
  for (const miss of stale) lines.push(`  accepted miss that no longer happens: "${miss.text}"`);
  if (lines.length > 0) details.push(`${fixture.name}:`, ...lines);
}

console.log(formatTable(rows));
if (details.length > 0) console.log(`\n${details.join('\n')}`);
