import { describe, expect, test } from 'vitest';
import { formatPackDate } from './format-date';

describe('formatPackDate', () => {
  test('writes a date as precisely as it is known', () => {
    expect(formatPackDate('2023', 'en')).toBe('2023');
    expect(formatPackDate('2023-09', 'en')).toBe('September 2023');
    expect(formatPackDate('2023-09', 'de')).toBe('September 2023');
    expect(formatPackDate('2023-09-14', 'de')).toBe('14. Sept. 2023');
    expect(formatPackDate('2023-09-14', 'en')).toMatch(/Sep.* 14, 2023/);
  });

  test('keeps the calendar day whatever the time zone', () => {
    expect(formatPackDate('2024-01-01', 'en')).toMatch(/Jan 1, 2024/);
  });

  test('returns anything else unchanged', () => {
    expect(formatPackDate('mid-2025', 'en')).toBe('mid-2025');
  });
});
