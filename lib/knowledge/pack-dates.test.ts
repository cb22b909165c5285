import { describe, expect, test } from 'vitest';
import {
  getFirstDay,
  getLastDay,
  isCalendarDate,
  isInOrder,
  PACK_DATE_PATTERN,
} from './pack-dates';

describe('pack dates', () => {
  test('take a year, a month or a day, and nothing else', () => {
    for (const date of ['2023', '2023-09', '2023-09-14']) expect(date).toMatch(PACK_DATE_PATTERN);
    for (const date of [
      '23',
      '2023-9',
      '2023-13',
      '2023-09-32',
      '14.09.2023',
      '2023-09-14T12:00',
    ]) {
      expect(date).not.toMatch(PACK_DATE_PATTERN);
    }
  });

  test('must be days of the calendar, leap years included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-02')).toBe(true);
  });

  test('stand for the whole period they name', () => {
    expect([getFirstDay('2024'), getLastDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([getFirstDay('2024-02'), getLastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([getFirstDay('2024-02-10'), getLastDay('2024-02-10')]).toEqual([
      '2024-02-10',
      '2024-02-10',
    ]);
  });

  test('are in order when the start does not begin after the end has ended', () => {
    expect(isInOrder('2024-05', '2024')).toBe(true);
    expect(isInOrder('2024-05-31', '2024-05')).toBe(true);
    expect(isInOrder('2024-06', '2024-05')).toBe(false);
    expect(isInOrder('2025', '2024-12-31')).toBe(false);
  });
});
