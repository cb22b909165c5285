import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { highlightCss } from './highlight-css';

describe('highlightCss', () => {
  test('two rules per type: its colour as underline and, translucent, as background; plain, the background alone', () => {
    const css = highlightCss({ person: '#ff8000', state: '#00a0ff' });
    expect(css).toContain(
      '::highlight(kontext-person) {\n' +
        '  background-color: rgb(255 128 0 / 0.3);\n' +
        '  text-decoration: underline 2px #ff8000;\n' +
        '}',
    );
    expect(css).toContain(
      '::highlight(kontext-person-plain) {\n  background-color: rgb(255 128 0 / 0.3);\n}',
    );
    expect(css).toContain('::highlight(kontext-state)');
    expect(css).not.toContain('kontext-organization');
  });

  test('anything but a #rrggbb colour gets no rule, so nothing else reaches the stylesheet', () => {
    const css = highlightCss({
      person: 'red; } body { display: none',
      organization: '#FFF',
      state: '#12345g',
      place: '#123456',
    });
    expect(css).not.toMatch(/body|display|kontext-person|kontext-organization|kontext-state/);
    expect(css).toContain('::highlight(kontext-place)');
  });
});

test("the content script's stylesheet draws the default colours as the settings' rules would", () => {
  const stylesheet = readFileSync(
    resolve(import.meta.dirname, '../../assets/public/kontext.css'),
    'utf8',
  );
  const rules = highlightCss(DEFAULT_SETTINGS.colors).split(/\n(?=::highlight)/);
  expect(rules).toHaveLength(8);
  for (const rule of rules) expect(stylesheet).toContain(rule);
});
