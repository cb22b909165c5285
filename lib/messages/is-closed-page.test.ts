import { describe, expect, test } from 'vitest';
import { isClosedPage } from './is-closed-page';

describe('isClosedPage', () => {
  test.each([
    'chrome://extensions/',
    'about:addons',
    'about:blank',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html?tab=1',
    'moz-extension://0b3f2c1e-1111-4a4a-9999-123456789abc/popup.html',
    'view-source:https://www.tagesschau.de/',
    'file:///home/reader/article.html',
    'https://chromewebstore.google.com/detail/kontext/abc',
    'https://addons.mozilla.org/de/firefox/addon/kontext/',
    'not a url',
  ])('%s is closed', (url) => {
    expect(isClosedPage(url)).toBe(true);
  });

  test.each([
    'https://www.tagesschau.de/ausland/asien/nordkorea-russland-kim-putin-100.html',
    'http://notes.example.org/2023/09/summit.html',
  ])('%s is open', (url) => {
    expect(isClosedPage(url)).toBe(false);
  });
});
