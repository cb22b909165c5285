/**
 * Typo suggestions for messages: "did you mean "names"?" for "nmae". Small inputs only: the
 * edit distance costs the product of the two lengths.
 */

/** Past this many candidates a suggestion costs more than it helps. */
const MAX_CANDIDATES = 1_000;

/** Edits from `a` to `b`: a letter added, removed, replaced, or two neighbours swapped ("nmae"). */
function getEditDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The candidate closest to `word`, if it is close enough to be what was meant (a third of the
 * letters wrong at most, rounded up), else undefined. Gives up on more than 1,000 candidates.
 */
export function findClosest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length > MAX_CANDIDATES || word.length > 100) return undefined;
  const tolerance = Math.max(1, Math.ceil(word.length / 3));
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = getEditDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
