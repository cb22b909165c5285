import { describe, expect, test } from 'vitest';
import { chooseCardLanguage, readerLanguage } from './card-language';

describe('chooseCardLanguage', () => {
  test("'page' follows the article's language, whatever the browser speaks", () => {
    expect(chooseCardLanguage('page', 'de', ['en-US'])).toBe('de');
    expect(chooseCardLanguage('page', 'en', ['de-DE'])).toBe('en');
  });

  test("'browser' takes the first of the reader's languages that Kontext speaks", () => {
    expect(chooseCardLanguage('browser', 'en', ['de-AT', 'en'])).toBe('de');
    expect(chooseCardLanguage('browser', 'de', ['fr-FR', 'EN-gb', 'de'])).toBe('en');
  });

  test('a fixed language holds on every page', () => {
    expect(chooseCardLanguage('de', 'en', ['en'])).toBe('de');
    expect(chooseCardLanguage('en', 'de', ['de'])).toBe('en');
  });
});

describe('readerLanguage', () => {
  test('English where the browser names no language Kontext speaks', () => {
    expect(readerLanguage(['fr', 'ja-JP'])).toBe('en');
    expect(readerLanguage([])).toBe('en');
  });

  test('only the primary subtag counts: "den" is no German', () => {
    expect(readerLanguage(['den', 'de-CH'])).toBe('de');
  });
});
