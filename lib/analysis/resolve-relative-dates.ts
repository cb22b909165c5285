/**
 * Relative dates in a news text, resolved against the day it was published: "am Dienstag" in an
 * article of Thursday 14.09.2023 is 12.09.2023, "gestern" 13.09.2023, "on Tuesday" and
 * "yesterday" the same in English. A plain weekday names the latest such day on or before the
 * publication date, as news reports mostly look back; "kommenden", "nächsten", "next" look ahead,
 * "vergangenen", "letzten", "last" look strictly back.
 */

/** A relative date found in a text. */
export interface RelativeDate {
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
  /** The words as the text has them: "am Dienstag", "yesterday". */
  phrase: string;
  /** The day they name, "YYYY-MM-DD". */
  date: string;
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** How a modifier before a weekday moves it: back (or today), strictly back, or ahead. */
type Direction = 'latest' | 'before' | 'after';

const MODIFIERS: Readonly<Record<string, Direction>> = {
  vergangenen: 'before',
  letzten: 'before',
  vorigen: 'before',
  kommenden: 'after',
  nächsten: 'after',
  last: 'before',
  'this past': 'before',
  next: 'after',
  'this coming': 'after',
  coming: 'after',
};

/** Days from the publication date for the words that name a day by its distance. */
const DAY_WORDS: Readonly<Record<string, number>> = {
  vorgestern: -2,
  gestern: -1,
  heute: 0,
  morgen: 1,
  übermorgen: 2,
  'the day before yesterday': -2,
  yesterday: -1,
  today: 0,
  tomorrow: 1,
};

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Weekdays with what may stand before them ("am", a modifier) and, in German, the time of day
 * that may be joined to them ("Dienstagabend"). Names of days such as "Black Friday" or "Super
 * Tuesday" are no dates; "dienstags" (every Tuesday) is no single day.
 */
const WEEKDAY_PATTERN = new RegExp(
  NOT_WORD_BEFORE +
    '(?<!(?:Black|Good|Super|Cyber|Ash|Holy|Palm|Easter|Blue|Maundy|Shrove) )' +
    '(?:(?<on>[Aa]m|[Oo]n)\\s+)?' +
    '(?:(?<modifier>vergangenen|letzten|vorigen|kommenden|nächsten|[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Cc]oming)\\s+)?' +
    '(?<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)' +
    '(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?' +
    NOT_WORD_AFTER,
  'gu',
);

/**
 * Words that name a day by its distance. "heute Morgen" is today, so a time of day after
 * gestern/heute is part of the phrase; a lone "morgen" counts only in lower case (the noun
 * "Morgen" is a morning).
 */
const DAY_WORD_PATTERN = new RegExp(
  NOT_WORD_BEFORE +
    '(?<word>[Vv]orgestern|[Gg]estern|[Hh]eute|übermorgen|[Tt]he day before yesterday|[Yy]esterday|[Tt]oday|[Tt]omorrow)' +
    '(?:\\s+(?:[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht|früh))?' +
    NOT_WORD_AFTER +
    '|' +
    NOT_WORD_BEFORE +
    '(?<!(?:am|jeden|guten|heute|gestern|vorgestern) )(?<tomorrow>morgen)' +
    NOT_WORD_AFTER,
  'gu',
);

const DAY_MS = 86_400_000;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): number | undefined {
  const parts = CALENDAR_DAY.exec(date);
  if (!parts) return undefined;
  const time = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  // Date.UTC rolls 2023-02-30 over into March: such a day is not in the calendar.
  return new Date(time).toISOString().slice(0, 10) === date ? time : undefined;
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Days from the publication day (weekday `today`) to the weekday `target`, as `direction` says. */
function weekdayOffset(today: number, target: number, direction: Direction): number {
  if (direction === 'after') return (target - today + 7) % 7 || 7;
  const back = (today - target + 7) % 7;
  return -(direction === 'before' ? back || 7 : back);
}

/**
 * The relative dates in `text`, in text order, resolved against `published` ("YYYY-MM-DD"). None
 * when `published` is not a calendar day: a date Kontext only guessed resolves nothing.
 */
export function resolveRelativeDates(text: string, published: string): RelativeDate[] {
  const base = toUtc(published);
  if (base === undefined) return [];
  const today = new Date(base).getUTCDay();
  const found: RelativeDate[] = [];

  for (const match of text.matchAll(WEEKDAY_PATTERN)) {
    const { modifier, weekday } = match.groups as { modifier?: string; weekday: string };
    const direction = modifier ? MODIFIERS[modifier.toLowerCase()]! : 'latest';
    const offset = weekdayOffset(today, WEEKDAYS[weekday.toLowerCase()]!, direction);
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      phrase: match[0],
      date: toDay(base + offset * DAY_MS),
    });
  }
  for (const match of text.matchAll(DAY_WORD_PATTERN)) {
    const { word, tomorrow } = match.groups as { word?: string; tomorrow?: string };
    const offset = DAY_WORDS[(word ?? tomorrow)!.toLowerCase()]!;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      phrase: match[0],
      date: toDay(base + offset * DAY_MS),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
