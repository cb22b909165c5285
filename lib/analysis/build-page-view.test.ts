import { describe, expect, test } from 'vitest';
import { parsePageViewAnswer } from '../messages/page-view';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { analyzeText } from './analyze-text';
import { buildPageView } from './build-page-view';
import { BUNDLED_PACK, createBundledRecognizer } from '../../tests/lib/bundled-pack';

const PACK = BUNDLED_PACK;
const recognizer = createBundledRecognizer();

const TEXT = [
  'Kim Jong Un traf Wladimir Putin in Wostotschny.',
  'Putin habe die Einladung "gerne" angenommen, meldete KCNA am Mittwoch.',
  'Auch Russlands Verteidigungsminister Sergej Schoigu nahm teil.',
  'Die USA reagierten mit Sorge, sagte Matthew Miller, es sei "beunruhigend".',
].join(BLOCK_SEPARATOR);

function viewOf(language: 'de' | 'en' = 'de', text = TEXT) {
  const analysis = analyzeText(text, recognizer, {
    metadata: {
      title: 'Kim bei Putin',
      language: 'de',
      publishedAt: '2023-09-14',
      siteName: 'tagesschau.de',
    },
    language: 'de',
    today: '2026-11-26',
  });
  return buildPageView({
    analysis,
    text,
    packs: new Map([[PACK.id, PACK]]),
    language,
    host: 'www.tagesschau.de',
    adjectivesShown: false,
  });
}

describe('buildPageView', () => {
  test('mentions linked with a low confidence are counted apart, for the popup', () => {
    // "Kim" after both Kims, in a paragraph of its own: the one named most, but uncertain.
    const text = ['Kim Jong Un traf Kim Young-ho.', 'Später sprach Kim.'].join(BLOCK_SEPARATOR);
    const people = viewOf('de', text).groups.find((group) => group.type === 'person')!.entities;
    const kims = people.filter((entity) => entity.entityId.startsWith('kim-'));
    expect(kims.map(({ count, uncertain }) => ({ count, uncertain }))).toEqual(
      expect.arrayContaining([{ count: 2, uncertain: 1 }]),
    );
    // Every other mention is sure: no count apart.
    expect(
      viewOf()
        .groups.flatMap((group) => group.entities)
        .some((e) => e.uncertain),
    ).toBe(false);
  });

  test('the page and the packs that matched, with their as-of dates', () => {
    const view = viewOf();
    expect(view.host).toBe('www.tagesschau.de');
    expect(view.page).toEqual({
      title: 'Kim bei Putin',
      siteName: 'tagesschau.de',
      publishedAt: '2023-09-14',
      language: 'de',
      date: '2023-09-14',
    });
    expect(view.packs).toEqual([
      { id: 'kim-putin-2023', title: 'Kim bei Putin (September 2023)', asOf: '2025-06-30' },
    ]);
  });

  test('entities by type, by mentions, with the role then and where each mention stands', () => {
    const view = viewOf();
    expect(view.groups.map((group) => group.type)).toEqual([
      'person',
      'organization',
      'state',
      'place',
    ]);
    const people = view.groups[0]!.entities;
    expect(people[0]).toMatchObject({
      entityId: 'vladimir-putin',
      name: 'Wladimir Putin',
      role: 'Präsident Russlands',
      count: 2,
    });
    const shoigu = people.find((entity) => entity.entityId === 'sergei-shoigu')!;
    expect(shoigu.role).toMatch(/Verteidigungsminister/);
    // Positions are where the mentions start, as fractions of the text.
    const putin = people[0]!;
    expect(putin.positions).toHaveLength(2);
    expect(putin.positions[0]).toBeCloseTo(TEXT.indexOf('Wladimir Putin') / TEXT.length, 3);
    expect(putin.positions[1]).toBeCloseTo(TEXT.indexOf('Putin habe') / TEXT.length, 3);
    expect(view.mentionCount).toBe(
      view.groups.flatMap((g) => g.entities).reduce((sum, e) => sum + e.count, 0),
    );
  });

  test('quotes by entities on the page, the article’s own first, with channel and date', () => {
    const view = viewOf();
    const speakers = new Set(view.quotes.map((quote) => quote.speakerId));
    for (const speaker of speakers) {
      expect(view.groups.flatMap((g) => g.entities).some((e) => e.entityId === speaker)).toBe(true);
    }
    expect(view.quotes[0]).toMatchObject({ speaker: 'KCNA', text: 'gerne', onPage: true });
    expect(view.quotes[1]).toMatchObject({
      speaker: 'Matthew Miller',
      text: 'beunruhigend',
      onPage: true,
    });
    const friendship = view.quotes.find((q) => q.id === 'putin-friendship-tradition')!;
    expect(friendship).toMatchObject({ channel: 'KCNA', onPage: false, date: '2023-09-14' });
    // Kim Young-ho is not on the page: none of his quotes.
    expect(speakers.has('kim-young-ho')).toBe(false);
  });

  test('relations only between entities on the page; English for an English reader', () => {
    const view = viewOf('en');
    const met = view.relations.find((relation) => relation.id === 'kim-met-putin')!;
    expect(met).toMatchObject({
      subject: 'Kim Jong Un',
      relation: 'met',
      object: 'Vladimir Putin',
      text: 'On Wednesday, 13 September 2023, Kim and Putin held talks in Vostochny.',
    });
    const names = new Set(view.groups.flatMap((g) => g.entities).map((e) => e.entityId));
    for (const relation of view.relations) {
      expect(names.has(relation.subjectId) && names.has(relation.objectId)).toBe(true);
    }
    expect(
      view.relations.some((relation) => relation.id === 'kim-young-ho-minister-of-south-korea'),
    ).toBe(false);
  });

  test('timeline and gist come along, and the whole view passes the popup’s check', () => {
    const view = viewOf();
    const summit = view.timeline.find((entry) => entry.date === '2023-09-13' && entry.title)!;
    expect(summit.article.map((item) => item.phrase)).toEqual(['am Mittwoch']);
    expect(view.gist.length).toBeGreaterThanOrEqual(3);
    for (const sentence of view.gist) expect(TEXT.replace(/\u2029/g, ' ')).toContain(sentence);
    expect(parsePageViewAnswer({ status: 'ready', view })).toEqual({ status: 'ready', view });
  });

  test('a page that names no one: an empty but valid view', () => {
    const view = viewOf('de', 'Hier steht niemand, den Kontext kennt.');
    expect(view.groups).toEqual([]);
    expect(view.mentionCount).toBe(0);
    expect(view.packs).toEqual([]);
    expect(parsePageViewAnswer({ status: 'ready', view })).toBeDefined();
  });
});
