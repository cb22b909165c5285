import { describe, expect, test } from 'vitest';
import { pickLanguage } from './pick-language';
import { getUiText } from './ui-text';

describe('UI language', () => {
  test('takes the first preferred language Kontext speaks', () => {
    expect(pickLanguage(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['EN-gb'])).toBe('en');
    expect(pickLanguage(['', 'de'])).toBe('de');
  });

  test('falls back to English', () => {
    expect(pickLanguage(['fr', 'ja'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  test('German and English have the same keys', () => {
    expect(Object.keys(getUiText('de')).sort()).toEqual(Object.keys(getUiText('en')).sort());
    expect(getUiText('de').namesFound(1)).toBe('1 Name gefunden');
    expect(getUiText('en').namesFound(3)).toBe('3 names found');
  });
});
