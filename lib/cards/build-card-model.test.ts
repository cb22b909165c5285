import { describe, expect, test } from 'vitest';
import { analyzeText } from '../analysis/analyze-text';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import type { KnowledgePack } from '../knowledge/pack-types';
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
  const exact = analysis.mentions.filter((m) => TEXT.slice(m.start, m.end) === name);
  // A title before the name is part of its mention ("Verteidigungsminister Sergej Schoigu").
  const mentions =
    exact.length > 0
      ? exact
      : analysis.mentions.filter((m) => TEXT.slice(m.start, m.end).endsWith(` ${name}`));
  return buildCardModel(PACK, analysis, mentions[occurrence]!, 'de', '2026-11-26')!;
}

describe('buildCardModel', () => {
  test('the role on the article’s date, and the role now where it differs', () => {
    const card = cardFor('Sergej Schoigu');
    expect(card.roleThen?.title).toMatch(/Verteidigungsminister/);
    expect(card.roleNow?.title).toMatch(/Sicherheitsrat/);
    expect(card.articleDate).toBe('2023-09-14');
  });

  test('no role claimed after the day the pack last checked its offices: "as of" that day', () => {
    // The pack's asOf is 2025-06-30; "today" in these tests is 2026-11-26.
    expect(PACK.asOf).toBe('2025-06-30');
    const card = cardFor('Sergej Schoigu');
    expect(card.roleThenAsOf).toBeUndefined();
    expect(card.roleNowAsOf).toBe('2025-06-30');
    // An article newer than the pack's check: its role is the one on that day, said as such.
    const later = cardFor('Sergej Schoigu', '2026-03-01');
    expect(later.roleThen?.title).toMatch(/Sicherheitsrat/);
    expect(later.roleThenAsOf).toBe('2025-06-30');
    expect(later.roleNow).toBeUndefined();
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

describe('one entity across packs', () => {
  /** A world pack that knows Putin and Russia by their Wikidata items, with claims of its own. */
  const WORLD: KnowledgePack = {
    format: 1,
    id: 'world',
    title: { de: 'Welt', en: 'World' },
    description: { de: 'Welt.', en: 'World.' },
    languages: ['de', 'en'],
    version: '1',
    asOf: '2026-12-01',
    sources: [
      { id: 'lists', publisher: 'Lists', title: 'Lists', date: '2026-11-30', language: 'en' },
    ],
    entities: [
      {
        id: 'russian-federation',
        type: 'state',
        names: { de: 'Russische Föderation', en: 'Russian Federation' },
        aliases: {},
        description: { de: 'Staat.', en: 'State.' },
        refs: { wikidata: 'Q159' },
      },
      {
        id: 'putin',
        type: 'person',
        names: { de: 'W. Putin', en: 'V. Putin' },
        aliases: {},
        description: { de: 'Anders beschrieben.', en: 'Described otherwise.' },
        roles: [
          {
            title: { de: 'Ministerpräsident', en: 'Prime Minister' },
            of: 'russian-federation',
            from: '2008-05-08',
            to: '2012-05-07',
            provenance: { source: 'lists' },
          },
        ],
        refs: { wikidata: 'Q7747' },
      },
    ],
    statements: [
      {
        id: 'putin-fact',
        kind: 'fact',
        subject: 'putin',
        text: { de: 'Eine Tatsache der Welt.', en: 'A fact of the world.' },
        date: '2030-01-01',
        provenance: { source: 'lists' },
      },
    ],
    events: [],
  };
  const twins = [{ pack: WORLD, entityId: 'putin' }];

  function putinCard(publishedAt: string) {
    const analysis = analyze(publishedAt);
    const mention = analysis.mentions.find((m) => TEXT.slice(m.start, m.end) === 'Wladimir Putin');
    return buildCardModel(PACK, analysis, mention!, 'de', '2026-11-26', twins)!;
  }

  test('the mention’s pack gives the name and description; the other pack adds its claims', () => {
    const card = putinCard('2023-09-14');
    expect(card.name).toBe('Wladimir Putin');
    expect(card.description).not.toBe('Anders beschrieben.');
    expect(card.packSays[0]).toEqual({
      text: 'Eine Tatsache der Welt.',
      date: '2030-01-01',
      provenance: { kind: 'source', publisher: 'Lists', date: '2026-11-30' },
    });
  });

  test('a role only the other pack knows holds on its dates, named in that pack’s terms', () => {
    const card = putinCard('2010-06-01');
    expect(card.roleThen).toEqual({
      title: 'Ministerpräsident',
      of: 'Russische Föderation',
      from: '2008-05-08',
      to: '2012-05-07',
    });
  });

  test('without twins the card is the one pack’s', () => {
    const analysis = analyze('2010-06-01');
    const mention = analysis.mentions.find((m) => TEXT.slice(m.start, m.end) === 'Wladimir Putin');
    const card = buildCardModel(PACK, analysis, mention!, 'de', '2026-11-26')!;
    expect(card.roleThen?.title).not.toBe('Ministerpräsident');
    expect(card.packSays.some((claim) => claim.text === 'Eine Tatsache der Welt.')).toBe(false);
  });
});
