/**
 * Finds the names of a knowledge pack in plain text. Works on strings and offsets only; the DOM
 * side lives in `lib/dom/`.
 */

/** One name to look for, and the entity it stands for. */
export interface NameEntry {
  text: string;
  entityId: string;
}

/** A name found in the text: `text.slice(start, end)` is the name as written, without inflection. */
export interface NameMatch {
  start: number;
  end: number;
  entityId: string;
}

/** Letters, marks and digits: a name that touches one of them is part of a longer word ("Kimchi"). */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;

/** Endings the matcher accepts after a name: German genitive -s, English 's and ’s. */
const INFLECTION = String.raw`(?:s|['’]s)?`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a finder for `entries`. The finder returns non-overlapping matches in text order; where
 * names overlap, the longest one wins ("Kim Jong Un" over "Kim").
 */
export function buildNameFinder(entries: readonly NameEntry[]): (text: string) => NameMatch[] {
  const entityByText = new Map<string, string>();
  for (const entry of entries) {
    if (entry.text.trim() !== '' && !entityByText.has(entry.text)) {
      entityByText.set(entry.text, entry.entityId);
    }
  }
  if (entityByText.size === 0) return () => [];

  // Longest first, so the alternation prefers "Kim Jong Un" to "Kim" at the same position.
  const alternatives = [...entityByText.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/ /g, String.raw`\s+`));
  const pattern = new RegExp(
    String.raw`(?<!${WORD_CHAR})(${alternatives.join('|')})${INFLECTION}(?!${WORD_CHAR})`,
    'gu',
  );

  return (text) => {
    const matches: NameMatch[] = [];
    for (const found of text.matchAll(pattern)) {
      const name = found[1] ?? '';
      const entityId = entityByText.get(name.replace(/\s+/g, ' '));
      if (entityId === undefined) continue;
      matches.push({ start: found.index, end: found.index + name.length, entityId });
    }
    return matches;
  };
}
