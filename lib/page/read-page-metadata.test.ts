/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { findArticleRegion } from './find-article-region';
import { parseLanguage, parsePublicationDate, readPageMetadata } from './read-page-metadata';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function jsonLd(source: string): string {
  return `<script type="application/ld+json">${source}</script>`;
}

describe('readPageMetadata', () => {
  test('reads Open Graph, <html lang> and article:published_time', () => {
    const doc = parse(
      '<html lang="de-DE"><head><title>Putin | tagesschau.de</title>' +
        '<meta property="og:title" content="  Putin nimmt Einladung an ">' +
        '<meta property="og:site_name" content="tagesschau.de">' +
        '<meta property="article:published_time" content="2023-09-14T07:12:00+02:00">' +
        '</head><body><h1>Anderer Titel</h1></body></html>',
    );
    expect(readPageMetadata(doc)).toEqual({
      title: 'Putin nimmt Einladung an',
      language: 'de',
      publishedAt: '2023-09-14',
      publishedAtTime: '2023-09-14T07:12:00+02:00',
      siteName: 'tagesschau.de',
    });
  });

  test('takes the title from the article’s <h1>, else from <title>', () => {
    const withHeading = parse(
      '<title>Seite</title><header><h1>Logo</h1><nav>Menü</nav></header>' +
        '<article><h1> Kim in\n Russland </h1><p>Text</p></article>',
    );
    expect(readPageMetadata(withHeading).title).toBe('Kim in Russland');
    expect(readPageMetadata(parse('<title> Nur der Titel </title><p>Text</p>')).title).toBe(
      'Nur der Titel',
    );
    expect(readPageMetadata(parse('<p>Text</p>')).title).toBe('');
  });

  test('reads the language from og:locale, JSON-LD and Content-Language in turn', () => {
    expect(readPageMetadata(parse('<meta property="og:locale" content="en_GB">')).language).toBe(
      'en',
    );
    expect(
      readPageMetadata(parse(jsonLd('{"@type": "NewsArticle", "inLanguage": "fr-FR"}'))).language,
    ).toBe('fr');
    expect(
      readPageMetadata(parse('<meta http-equiv="Content-Language" content="ru, en">')).language,
    ).toBe('ru');
    const garbage = parse(
      '<html lang="x-klingon"><meta property="og:locale" content="und"><body></body></html>',
    );
    expect(readPageMetadata(garbage).language).toBeUndefined();
  });

  test('reads datePublished from JSON-LD: @graph, arrays, nested, article first', () => {
    const graph = jsonLd(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', datePublished: '2020-01-01' },
          {
            '@type': ['NewsArticle'],
            datePublished: ['2023-09-13T22:30:00Z', '2023-09-14'],
            publisher: { '@type': 'Organization', name: 'Example News' },
          },
        ],
      }),
    );
    expect(readPageMetadata(parse(graph))).toMatchObject({
      publishedAt: '2023-09-13',
      publishedAtTime: '2023-09-13T22:30:00Z',
      siteName: 'Example News',
    });

    const nested = jsonLd(
      '[{"@type": "WebPage", "mainEntity": {"@type": "schema:ReportageNewsArticle", "datePublished": "2023-09-12"}}]',
    );
    const metadata = readPageMetadata(parse(nested));
    expect(metadata.publishedAt).toBe('2023-09-12');
    expect(metadata.publishedAtTime).toBeUndefined();
  });

  test('gets past malformed JSON-LD without throwing', () => {
    const doc = parse(
      jsonLd('{"@type": "NewsArticle", "datePublished": ') +
        jsonLd('<!-- not json at all -->') +
        jsonLd('null') +
        jsonLd('"just a string"') +
        jsonLd(
          `{"@type": "NewsArticle", "datePublished": "2023-09-11", "articleBody": "Zeile 1\nZeile 2"}`,
        ),
    );
    expect(readPageMetadata(doc).publishedAt).toBe('2023-09-11');
  });

  test('survives hostile JSON-LD: deep nesting, huge scripts, odd values', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const huge = `{"@type": "NewsArticle", "datePublished": "2023-01-01", "x": "${'a'.repeat(1_100_000)}"}`;
    const odd = '{"@type": 42, "datePublished": {"nested": true}, "inLanguage": ["de"]}';
    const doc = parse(jsonLd(deep) + jsonLd(huge) + jsonLd(odd) + '<p>Text</p>');
    const metadata = readPageMetadata(doc);
    expect(metadata.publishedAt).toBeUndefined();
    expect(metadata.language).toBe('de');
  });

  test('reads a <time> in the article, not one in the comments or the site header', () => {
    const doc = parse(
      '<header><time datetime="2024-01-01">Heute</time><nav>Menü</nav></header>' +
        '<article><h1>Kim</h1><section class="comments"><time datetime="2023-09-20">vor 2 Tagen</time></section>' +
        '<p>Stand: <time datetime="2023-09-14 07:12">14.09.2023</time></p></article>',
    );
    expect(readPageMetadata(doc)).toMatchObject({
      publishedAt: '2023-09-14',
      publishedAtTime: '2023-09-14T07:12',
    });
  });

  test('prefers a <time pubdate> or itemprop=datePublished to other times', () => {
    const doc = parse(
      '<article><h1>Kim</h1><p>Aktualisiert <time datetime="2023-09-15">gestern</time></p>' +
        '<p>Erschienen <time itemprop="datePublished" datetime="2023-09-14">am 14.</time></p></article>',
    );
    expect(readPageMetadata(doc).publishedAt).toBe('2023-09-14');
  });

  test('uses the given region instead of finding one', () => {
    const doc = parse(
      '<article id="a"><h1>Erster</h1><time datetime="2023-01-01"></time><p>Text</p></article>' +
        '<div id="b"><h1>Zweiter</h1><time datetime="2023-02-02"></time></div>',
    );
    const region = { ...findArticleRegion(doc), root: doc.getElementById('b')! };
    expect(readPageMetadata(doc, region)).toMatchObject({
      title: 'Zweiter',
      publishedAt: '2023-02-02',
    });
  });

  test('falls back to date meta tags, and skips garbage dates for the next source', () => {
    expect(readPageMetadata(parse('<meta name="date" content="2023-09-14">')).publishedAt).toBe(
      '2023-09-14',
    );
    expect(
      readPageMetadata(parse('<meta name="DCTERMS.date" content="2023-09-10T12:00:00.000+0200">')),
    ).toMatchObject({
      publishedAt: '2023-09-10',
      publishedAtTime: '2023-09-10T12:00:00.000+02:00',
    });
    const doc = parse(
      '<meta property="article:published_time" content="gestern">' +
        '<meta name="date" content="2023-09-09">',
    );
    expect(readPageMetadata(doc).publishedAt).toBe('2023-09-09');
    expect(
      readPageMetadata(parse('<meta property="article:published_time" content="2023-02-30">'))
        .publishedAt,
    ).toBeUndefined();
  });

  test('reads a document that is no HTML page without throwing', () => {
    const xml = new DOMParser().parseFromString(
      '<feed><script type="application/ld+json">{"@type": "Article"}</script><h1>Kim</h1></feed>',
      'application/xml',
    );
    expect(() => readPageMetadata(xml)).not.toThrow();
  });

  test('reads microdata datePublished', () => {
    const doc = parse('<meta itemprop="datePublished" content="2023-09-08"><p>Text</p>');
    expect(readPageMetadata(doc).publishedAt).toBe('2023-09-08');
  });
});

describe('parsePublicationDate', () => {
  test.each([
    ['2023-09-14', { date: '2023-09-14' }],
    ['2023-09-14T07:12:00+02:00', { date: '2023-09-14', time: '2023-09-14T07:12:00+02:00' }],
    ['2023-09-14T07:12:00.123Z', { date: '2023-09-14', time: '2023-09-14T07:12:00.123Z' }],
    [' 2023-09-14 07:12 ', { date: '2023-09-14', time: '2023-09-14T07:12' }],
    ['2023-09-14T07:12:00-0500', { date: '2023-09-14', time: '2023-09-14T07:12:00-05:00' }],
    ['2024-02-29', { date: '2024-02-29' }],
  ])('reads %j', (value, expected) => {
    expect(parsePublicationDate(value)).toEqual(expected);
  });

  test.each([
    '',
    'gestern',
    '14.09.2023',
    'Thu, 14 Sep 2023 07:12:00 GMT',
    '2023-13-01',
    '2023-02-29',
    '2023-09-31',
    '0000-00-00',
    '2023-09-14T25:00',
    '2023-09-14T07:61',
    '2023-09-14T07:12:00+99:00',
    `2023-09-14T07:12:00.${'0'.repeat(100)}Z`,
    '2023-09-14T07:12:00+02:00 und mehr',
  ])('rejects %j', (value) => {
    expect(parsePublicationDate(value)).toBeUndefined();
  });

  test('rejects missing values', () => {
    expect(parsePublicationDate(undefined)).toBeUndefined();
    expect(parsePublicationDate(null)).toBeUndefined();
  });
});

describe('parseLanguage', () => {
  test.each([
    ['de', 'de'],
    ['DE-de', 'de'],
    ['en_GB', 'en'],
    ['de, en', 'de'],
    ['fil-PH', 'fil'],
    ['und', undefined],
    ['x-klingon', undefined],
    ['deutsch', undefined],
    ['', undefined],
  ])('%j is %j', (value, expected) => {
    expect(parseLanguage(value)).toBe(expected);
  });
});
