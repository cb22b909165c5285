import { describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { analyzeText } from './analyze-text';
import { buildTimeline } from './build-timeline';
import { BUNDLED_PACK, createBundledRecognizer } from '../../tests/lib/bundled-pack';

const PACK = BUNDLED_PACK;
const recognizer = createBundledRecognizer();

function timelineOf(blocks: string[], publishedAt?: string, language: 'de' | 'en' = 'de') {
  const analysis = analyzeText(blocks.join(BLOCK_SEPARATOR), recognizer, {
    metadata: { title: 'Test', language, ...(publishedAt && { publishedAt }) },
    language,
    today: '2026-11-26',
  });
  return buildTimeline({ analysis, packs: [PACK], language });
}

describe('buildTimeline', () => {
  test('the article’s weekdays land on the pack’s events of those days', () => {
    const sentence =
      'Kim war am Dienstag in Russland eingetroffen und am Mittwoch in Wostotschny zu Gesprächen mit Putin zusammengekommen.';
    const timeline = timelineOf([sentence], '2023-09-14');
    const arrival = timeline.find((entry) => entry.title === 'Kim Jong Un trifft in Russland ein')!;
    expect(arrival.date).toBe('2023-09-12');
    expect(arrival.article).toEqual([{ phrase: 'am Dienstag', sentence }]);
    const summit = timeline.find((entry) => entry.title?.startsWith('Treffen von Kim und Putin'))!;
    expect(summit.date).toBe('2023-09-13');
    expect(summit.article).toEqual([{ phrase: 'am Mittwoch', sentence }]);
    // The statements of an event stand under it, in the reader's language.
    expect(summit.statements.map((statement) => statement.text)).toContain(
      'Am Mittwoch, dem 13. September 2023, führten Kim und Putin in Wostotschny Gespräche miteinander.',
    );
    expect(summit.statements[0]!.provenance).toEqual({
      kind: 'source',
      publisher: 'tagesschau.de',
      date: '2023-09-14',
    });
  });

  test('a relative date with no event of its day gets a day of its own', () => {
    const timeline = timelineOf(['Putin sprach am Montag mit Kim Jong Un.'], '2023-09-14');
    const monday = timeline.find((entry) => entry.date === '2023-09-11')!;
    expect(monday.title).toBeUndefined();
    expect(monday.article).toEqual([
      { phrase: 'am Montag', sentence: 'Putin sprach am Montag mit Kim Jong Un.' },
    ]);
  });

  test('earliest first, marks the day of publication, and leaves out who the page does not name', () => {
    const timeline = timelineOf(['Sergej Schoigu schwieg.'], '2023-09-14');
    const dates = timeline.map((entry) => entry.date);
    expect([...dates].sort()).toEqual(dates);
    expect(timeline.filter((entry) => entry.published).map((entry) => entry.date)).toEqual([
      '2023-09-14',
    ]);
    const texts = timeline.flatMap((entry) => entry.statements.map((s) => s.text));
    expect(texts).toContain(
      'Im Mai 2024 gab Schoigu das Verteidigungsministerium an Andrei Belousov ab und wurde Sekretär des Sicherheitsrats der Russischen Föderation.',
    );
    // Kim Young-ho is not on this page: his statements are not in its timeline.
    expect(texts.some((text) => text.includes('Kim Young-ho'))).toBe(false);
    expect(timeline.some((entry) => entry.title === 'Schoigu besucht Pjöngjang')).toBe(true);
  });

  test('without a publication date, nothing is resolved and no day is marked', () => {
    const timeline = timelineOf(['Kim kam am Dienstag nach Russland, wo Putin wartete.']);
    expect(timeline.every((entry) => entry.article.length === 0)).toBe(true);
    expect(timeline.some((entry) => entry.published)).toBe(false);
  });

  test('English pages and readers: texts and titles in English', () => {
    const timeline = timelineOf(['Kim Jong Un arrived on Tuesday.'], '2023-09-14', 'en');
    const arrival = timeline.find((entry) => entry.date === '2023-09-12')!;
    expect(arrival.title).toBe('Kim Jong Un arrives in Russia');
    expect(arrival.article[0]!.phrase).toBe('on Tuesday');
  });
});
