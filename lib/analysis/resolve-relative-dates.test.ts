import { describe, expect, test } from 'vitest';
import { resolveRelativeDates } from './resolve-relative-dates';

/** The phrases and days `text` names, published on `published`. */
function resolve(text: string, published = '2023-09-14') {
  return resolveRelativeDates(text, published).map(({ phrase, date }) => [phrase, date]);
}

describe('resolveRelativeDates', () => {
  test('the seed article: Tuesday and Wednesday before Thursday 14.09.2023', () => {
    const text =
      'Kim war am Dienstag in Russland eingetroffen und am Mittwoch in Wostotschny zu Gesprächen mit Putin zusammengekommen.';
    const found = resolveRelativeDates(text, '2023-09-14');
    expect(found.map(({ phrase, date }) => [phrase, date])).toEqual([
      ['am Dienstag', '2023-09-12'],
      ['am Mittwoch', '2023-09-13'],
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('am Dienstag');
  });

  test('a plain weekday is the latest such day on or before publication', () => {
    expect(resolve('Am Donnerstag sagte er')).toEqual([['Am Donnerstag', '2023-09-14']]);
    expect(resolve('am Freitag')).toEqual([['am Freitag', '2023-09-08']]);
    expect(resolve('Sonnabend')).toEqual([['Sonnabend', '2023-09-09']]);
    expect(resolve('am Dienstagabend')).toEqual([['am Dienstagabend', '2023-09-12']]);
  });

  test('modifiers look ahead or strictly back', () => {
    expect(resolve('am kommenden Freitag')).toEqual([['am kommenden Freitag', '2023-09-15']]);
    expect(resolve('am nächsten Donnerstag')).toEqual([['am nächsten Donnerstag', '2023-09-21']]);
    expect(resolve('vergangenen Donnerstag')).toEqual([['vergangenen Donnerstag', '2023-09-07']]);
    expect(resolve('am letzten Mittwoch')).toEqual([['am letzten Mittwoch', '2023-09-13']]);
  });

  test('days by their distance, in German', () => {
    expect(
      resolve('Gestern traf er Putin, heute Morgen reiste er ab, morgen kommt er an.'),
    ).toEqual([
      ['Gestern', '2023-09-13'],
      ['heute Morgen', '2023-09-14'],
      ['morgen', '2023-09-15'],
    ]);
    expect(resolve('vorgestern und übermorgen')).toEqual([
      ['vorgestern', '2023-09-12'],
      ['übermorgen', '2023-09-16'],
    ]);
  });

  test('English weekdays and days', () => {
    expect(resolve('Kim arrived on Tuesday and met Putin Wednesday.')).toEqual([
      ['on Tuesday', '2023-09-12'],
      ['Wednesday', '2023-09-13'],
    ]);
    expect(resolve('He said yesterday that talks resume next Monday, not last Thursday.')).toEqual([
      ['yesterday', '2023-09-13'],
      ['next Monday', '2023-09-18'],
      ['last Thursday', '2023-09-07'],
    ]);
    expect(resolve('the day before yesterday; Today; tomorrow')).toEqual([
      ['the day before yesterday', '2023-09-12'],
      ['Today', '2023-09-14'],
      ['tomorrow', '2023-09-15'],
    ]);
  });

  test('no date where the words name none', () => {
    // A morning, a habit, parts of longer words, and days with names of their own.
    expect(resolve('Am Morgen, jeden Morgen, dienstags, Dienstagsrunde, Karfreitag')).toEqual([]);
    expect(resolve('Black Friday sales, Super Tuesday, Good Friday')).toEqual([]);
    expect(resolve('Er sagte am Dienstag', 'gestern')).toEqual([]);
    expect(resolve('am Dienstag', '2023-02-30')).toEqual([]);
  });

  test('across months and years', () => {
    // 2024-01-01 was a Monday.
    expect(resolve('am Sonntag', '2024-01-01')).toEqual([['am Sonntag', '2023-12-31']]);
    expect(resolve('gestern', '2024-03-01')).toEqual([['gestern', '2024-02-29']]);
    expect(resolve('next Tuesday', '2023-12-28')).toEqual([['next Tuesday', '2024-01-02']]);
  });
});
