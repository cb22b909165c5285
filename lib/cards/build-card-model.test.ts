import { describe, expect, test } from 'vitest';
import { analyzeText } from '../analysis/analyze-text';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { buildCardModel } from './build-card-model';
import { BUNDLED_PACK, createBundledRecognizer } from '../../tests/lib/bundled-pack';

const PACK = BUNDLED_PACK;
const recognizer = createBundledRecognizer();

const TEXT = [
  'Kim Jong Un traf Wladimir Putin in Wostotschny.',
  'Auch Russlands Verteidigungsminister Sergej Schoigu nahm teil. Schoigu schwieg.',
].join(BLOCK_SEPARATOR);

function analyze(publishedAt?: string) {
  return analyzeText(TEXT, recognizer, {
    metadata: { title: 'Test', language: 'de', ...(publishedAt && { publishedAt }) },
    language: 'de',
    today: '2026-11-26',
  });
}

function cardFor(name: string, publishedAt = '2023-09-14', occurrence = 0) {
  const analysis = analyze(publishedAt);
  const mentions = analysis.mentions.filter((m) => TEXT.slice(m.start, m.end) === name);
  return buildCardModel(PACK, analysis, mentions[occurrence]!, 'de', '2026-11-26')!;
}

describe('buildCardModel', () => {
  test('the role on the article’s date, and the role now where it differs', () => {
    const card = cardFor('Sergej Schoigu');
    expect(card.roleThen?.title).toMatch(/Verteidigungsminister/);
    expect(card.roleNow?.title).toMatch(/Sicherheitsrat/);
    expect(card.articleDate).toBe('2023-09-14');
  });

  test('no second role where the role then is the role now', () => {
    const card = cardFor('Wladimir Putin');
    expect(card.roleThen).toBeDefined();
    expect(card.roleNow).toBeUndefined();
  });

  test('what the article says: its own sentences that name the entity', () => {
    const card = cardFor('Sergej Schoigu');
    expect(card.articleSays.map((claim) => claim.text)).toEqual([
      'Auch Russlands Verteidigungsminister Sergej Schoigu nahm teil.',
      'Schoigu schwieg.',
    ]);
    expect(card.articleSays[0]!.provenance).toEqual({ kind: 'article' });
  });

  test('relations only to entities this page names, each with its provenance', () => {
    const card = cardFor('Kim Jong Un');
    expect(card.relations.length).toBeGreaterThan(0);
    for (const relation of card.relations) {
      expect(['vladimir-putin', 'sergei-shoigu', 'vostochny-cosmodrome']).toContain(
        relation.otherId,
      );
      expect(['source', 'background']).toContain(relation.provenance.kind);
    }
  });

  test('quotes by the entity with the channel they came through', () => {
    const card = cardFor('Kim Jong Un');
    expect(card.quotes.some((quote) => quote.channel === 'KCNA')).toBe(true);
  });

  test('mention i of n, counted per entity', () => {
    expect(cardFor('Schoigu').position).toEqual({ index: 3, count: 3 });
  });

  test('Wikipedia links are https', () => {
    expect(cardFor('Wladimir Putin').links[0]!.url).toMatch(/^https:\/\/de\.wikipedia\.org\//);
  });
});
