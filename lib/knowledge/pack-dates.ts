/**
 * Dates in a knowledge pack: as precise as the curator knows them, "2023", "2023-09" or
 * "2023-09-14". A date stands for a whole period (a year, a month, a day), so comparing two dates
 * compares periods.
 */

/** The shape of a pack date. Whether the day exists is {@link isCalendarDate}'s question. */
export const PACK_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps time zones out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether a date of the pack shape names a real day ("2023-02-30" does not). Text of another
 * shape counts as fine here: {@link PACK_DATE_PATTERN} reports it, and once is enough.
 */
export function isCalendarDate(date: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return true;
  return Number(parts[3]) <= daysInMonth(Number(parts[1]), Number(parts[2]));
}

/** The first day of the period a pack date names, as "YYYY-MM-DD". */
export function getFirstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day of the period a pack date names, as "YYYY-MM-DD". */
export function getLastDay(date: string): string {
  const [year = '', month, day] = date.split('-');
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
}

/**
 * Whether a period from `from` to `to` can be true: `from` must not start after `to` ends. "From
 * 2024-05 to 2024" is fine; "from 2024-06 to 2024-05" is not.
 */
export function isInOrder(from: string, to: string): boolean {
  return getFirstDay(from) <= getLastDay(to);
}
