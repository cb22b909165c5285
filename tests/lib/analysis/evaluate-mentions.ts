/**
 * Scores the mentions Kontext found in a text model against a gold list (the accuracy fixtures,
 * tests/fixtures/accuracy/): which found mentions are right (same span, same entity), which are
 * false, which gold mentions were missed, and precision and recall from those. Text only: the page
 * was read before.
 */
import type { AcceptedMiss, GoldMention } from '../../fixtures/accuracy';

/** A mention as the analysis reports it: a span of the text model and an entity id. */
export interface FoundMention {
  start: number;
  end: number;
  entityId: string;
}

/** A gold entry with the span the evaluator found it at. */
export interface LocatedGold extends GoldMention {
  start: number;
  end: number;
}

/**
 * A gold entry the evaluator could not find: `index` in the gold list, searched for from `from`,
 * where the entry at `previous` (if any) had been found.
 */
export interface UnlocatedGold extends GoldMention {
  index: number;
  from: number;
  previous?: number;
}

/** A false positive (a found mention that is not gold) or a false negative (a missed one). */
export interface MentionError {
  kind: 'fp' | 'fn';
  start: number;
  end: number;
  /** The words of the text model at the span. */
  text: string;
  /** fp: the entity it was linked to; fn: the gold entity. */
  entityId: string;
  /** What the gold says of the same words, where it says anything. */
  note?: string;
}

export interface Evaluation {
  /** Gold entries with an entity. */
  goldPositives: number;
  found: number;
  truePositives: number;
  falsePositives: MentionError[];
  falseNegatives: MentionError[];
  /** TP / (TP + FP); 1 when nothing was found. */
  precision: number;
  /** TP / (TP + FN); 1 when the gold has no mention. */
  recall: number;
  /** Gold entries that are nowhere in the text model (after the entry before them): fixture errors. */
  unlocated: UnlocatedGold[];
}

/** Characters that make a word go on: letters, marks and digits. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/** White space inside a block: everything `\s` takes but the block separator U+2029. */
const INLINE_SPACE = '[^\\S\\u2029]+';

function escapeRegExp(text: string): string {
  // Not `-` nor `/`: the `u` flag allows escapes only of syntax characters.
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for `text` as a whole word, a space standing for any run of inline white space. */
function toWordPattern(text: string): RegExp {
  const body = text.split(' ').map(escapeRegExp).join(INLINE_SPACE);
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gu');
}

/**
 * Finds each gold entry as the next whole-word occurrence of its text after the entry before it.
 * Entries that are not there come back in `unlocated`; the search goes on from where it was.
 */
export function locateGold(
  text: string,
  gold: readonly GoldMention[],
): { located: LocatedGold[]; unlocated: UnlocatedGold[] } {
  const located: LocatedGold[] = [];
  const unlocated: UnlocatedGold[] = [];
  let cursor = 0;
  let previous: number | undefined;
  for (const [index, entry] of gold.entries()) {
    const pattern = toWordPattern(entry.text);
    pattern.lastIndex = cursor;
    const found = pattern.exec(text);
    if (!found) {
      unlocated.push({
        ...entry,
        index,
        from: cursor,
        ...(previous !== undefined && { previous }),
      });
      continue;
    }
    const start = found.index;
    const end = start + found[0].length;
    located.push({ ...entry, start, end });
    cursor = end;
    previous = index;
  }
  return { located, unlocated };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Scores `found` (the analysis's mentions of `text`) against `gold`. */
export function evaluateMentions(
  text: string,
  gold: readonly GoldMention[],
  found: readonly FoundMention[],
): Evaluation {
  const { located, unlocated } = locateGold(text, gold);
  const positives = located.filter((entry) => entry.entity !== null);
  const key = (start: number, end: number, entity: string): string => `${start}:${end}:${entity}`;
  const goldKeys = new Set(positives.map((entry) => key(entry.start, entry.end, entry.entity!)));
  const foundKeys = new Set(
    found.map((mention) => key(mention.start, mention.end, mention.entityId)),
  );

  const describeGoldAt = (span: { start: number; end: number }): string | undefined => {
    const entry = located.find((candidate) => overlaps(candidate, span));
    if (!entry) return undefined;
    return entry.entity === null
      ? `on the trap "${entry.text}"`
      : `gold is "${entry.text}" → ${entry.entity}`;
  };
  const describeFoundAt = (span: { start: number; end: number }): string | undefined => {
    const mention = found.find((candidate) => overlaps(candidate, span));
    if (!mention) return undefined;
    return `found "${text.slice(mention.start, mention.end)}" → ${mention.entityId}`;
  };
  const withNote = (error: MentionError, note: string | undefined): MentionError =>
    note === undefined ? error : { ...error, note };

  const falsePositives = found
    .filter((mention) => !goldKeys.has(key(mention.start, mention.end, mention.entityId)))
    .map((mention) =>
      withNote(
        {
          kind: 'fp',
          start: mention.start,
          end: mention.end,
          text: text.slice(mention.start, mention.end),
          entityId: mention.entityId,
        },
        describeGoldAt(mention),
      ),
    );
  const falseNegatives = positives
    .filter((entry) => !foundKeys.has(key(entry.start, entry.end, entry.entity!)))
    .map((entry) =>
      withNote(
        {
          kind: 'fn',
          start: entry.start,
          end: entry.end,
          text: text.slice(entry.start, entry.end),
          entityId: entry.entity!,
        },
        describeFoundAt(entry),
      ),
    );
  const truePositives = found.length - falsePositives.length;
  return {
    goldPositives: positives.length,
    found: found.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, found.length),
    recall: ratio(truePositives, positives.length),
    unlocated,
  };
}

/** An evaluation's errors (FP and FN, in text order), against the misses a fixture accepts. */
export interface AcceptedMissCheck {
  /** Errors no accepted miss explains. */
  unexplained: MentionError[];
  /** Errors an accepted miss explains, with it. */
  explained: { error: MentionError; miss: AcceptedMiss }[];
  /** Accepted misses that no error matched: they no longer happen. */
  stale: AcceptedMiss[];
}

/**
 * Matches each accepted miss to one error of its kind with its text (white space squeezed), in
 * text order; what is left over on either side is `unexplained` or `stale`.
 */
export function applyAcceptedMisses(
  evaluation: Evaluation,
  accepted: readonly AcceptedMiss[],
): AcceptedMissCheck {
  const unexplained = [...evaluation.falsePositives, ...evaluation.falseNegatives].sort(
    (a, b) => a.start - b.start || a.kind.localeCompare(b.kind),
  );
  const explained: AcceptedMissCheck['explained'] = [];
  const stale: AcceptedMiss[] = [];
  for (const miss of accepted) {
    const kind = miss.kind ?? 'fn';
    const index = unexplained.findIndex(
      (error) => error.kind === kind && normalizeSpace(error.text) === normalizeSpace(miss.text),
    );
    if (index === -1) stale.push(miss);
    else explained.push({ error: unexplained.splice(index, 1)[0]!, miss });
  }
  return { unexplained, explained, stale };
}

/** Text with every run of white space (block separators included) as one space. */
function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Characters of context shown on either side of an error. */
export const CONTEXT_CHARS = 40;

/** The text model as a line of a report: block separators as ¶, white space squeezed. */
function showText(part: string): string {
  return part.replace(/\u2029/g, ' ¶ ').replace(/\s+/g, ' ');
}

/**
 * One line for a gold entry that is not in the text model after the entry found before it, with
 * the text where that one was found. An entry found too far on (a missing entry before it, or one
 * out of order) makes every entry after it fail: read the first line first.
 */
export function formatUnlocatedGold(text: string, entry: UnlocatedGold): string {
  const before = showText(text.slice(Math.max(0, entry.from - CONTEXT_CHARS), entry.from));
  const entity = entry.entity ?? 'trap';
  const where =
    entry.previous === undefined ? '' : ` after gold #${entry.previous} (found at "…${before}")`;
  return `gold #${entry.index} "${entry.text}" → ${entity}: not in the text model${where}`;
}

/**
 * One line for an error: its kind, entity and words, in its context (block separators shown as
 * ¶, the words in ⟦ ⟧), and what the gold or the analysis said at the same place.
 */
export function formatMentionError(text: string, error: MentionError): string {
  const before = showText(text.slice(Math.max(0, error.start - CONTEXT_CHARS), error.start));
  const after = showText(text.slice(error.end, error.end + CONTEXT_CHARS));
  const label = error.kind === 'fp' ? 'FP' : 'FN';
  const note = error.note ? ` (${error.note})` : '';
  return `${label} ${error.entityId}: …${before}⟦${showText(error.text)}⟧${after}…${note}`;
}
