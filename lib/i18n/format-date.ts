import type { Language } from '../knowledge/pack-types';

/**
 * A pack date ("2023", "2023-09" or "2023-09-14") as a reader of `language` writes it, as precise
 * as the date is: "2023", "September 2023", "14 Sept 2023". Text that is not such a date comes
 * back unchanged.
 */
export function formatPackDate(date: string, language: Language): string {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!parts) return date;
  const [, year, month, day] = parts;
  // Noon UTC, formatted in UTC: the calendar day never shifts with the reader's time zone.
  const instant = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1), 12));
  const format: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { year: 'numeric', month: 'short', day: 'numeric' }
      : month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(language, { ...format, timeZone: 'UTC' }).format(instant);
}
