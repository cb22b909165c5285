/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import {
  MAX_JSON_LD_VALUES,
  isArticleJsonLd,
  readJsonLd,
  readJsonLdString,
  readJsonLdTypes,
} from './read-json-ld';

function parse(...scripts: string[]): Document {
  const html = scripts.map((source) => `<script type="application/ld+json">${source}</script>`);
  return new DOMParser().parseFromString(html.join(''), 'text/html');
}

describe('readJsonLd', () => {
  test('finds typed objects at the top, in arrays, in @graph and nested, in document order', () => {
    const doc = parse(
      '{"@type": "WebSite", "name": "A"}',
      '[{"@type": "Person", "name": "B"}]',
      '{"@graph": [{"@type": "WebPage", "name": "C", "mainEntity": {"@type": "NewsArticle", "name": "D"}}]}',
    );
    expect(readJsonLd(doc).map((node) => node['name'])).toEqual(['A', 'B', 'C', 'D']);
  });

  test('repairs raw line breaks and CDATA wrappers, and skips what stays broken', () => {
    const doc = parse(
      '{"@type": "NewsArticle", "articleBody": "Zeile 1\nZeile 2"}',
      '//<![CDATA[\n{"@type": "Person"}\n//]]>',
      '{"@type": ',
      '',
    );
    const nodes = readJsonLd(doc);
    expect(nodes.map(readJsonLdTypes)).toEqual([['NewsArticle'], ['Person']]);
    expect(readJsonLdString(nodes[0]!, 'articleBody')).toBe('Zeile 1 Zeile 2');
  });

  test('stops after a bounded number of values', () => {
    const many = JSON.stringify(
      Array.from({ length: MAX_JSON_LD_VALUES * 2 }, () => ({ '@type': 'Thing' })),
    );
    expect(readJsonLd(parse(many)).length).toBeLessThan(MAX_JSON_LD_VALUES);
  });

  test('ignores scripts of other types', () => {
    const doc = new DOMParser().parseFromString(
      '<script type="application/json">{"@type": "NewsArticle"}</script>',
      'text/html',
    );
    expect(readJsonLd(doc)).toEqual([]);
  });
});

describe('JSON-LD values', () => {
  test('strips vocabulary prefixes from types and knows the article types', () => {
    const node = { '@type': ['https://schema.org/ReportageNewsArticle', 'schema:Thing', 42] };
    expect(readJsonLdTypes(node)).toEqual(['ReportageNewsArticle', 'Thing']);
    expect(isArticleJsonLd(node)).toBe(true);
    expect(isArticleJsonLd({ '@type': 'WebPage' })).toBe(false);
    expect(isArticleJsonLd({})).toBe(false);
  });

  test('reads strings from plain values, one-element arrays and @value objects', () => {
    const node = { a: ' x ', b: ['y'], c: { '@value': 'z' }, d: 42, e: '  ', f: null };
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => readJsonLdString(node, key))).toEqual([
      'x',
      'y',
      'z',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
