import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { createBackgroundHandler, type BackgroundEffects } from './handle-background-request';
import { APPLY_HIGHLIGHT_COLORS, LOAD_CARD_UI } from './protocol';

const EXTENSION_ID = 'kontext-test-id';
const CONTENT_SCRIPT = {
  id: EXTENSION_ID,
  url: 'https://www.tagesschau.de/ausland/kim-putin-100.html',
  tab: { id: 7 },
  frameId: 0,
};

function fakeEffects() {
  return {
    applyHighlightColors: vi.fn<BackgroundEffects['applyHighlightColors']>(async () => undefined),
    loadCardUi: vi.fn<BackgroundEffects['loadCardUi']>(async () => undefined),
  };
}

describe('the background’s handler', () => {
  test("a content script's colour request applies the colours to its own frame", async () => {
    const effects = fakeEffects();
    const handle = createBackgroundHandler(EXTENSION_ID, effects);
    await handle({ type: APPLY_HIGHLIGHT_COLORS }, { ...CONTENT_SCRIPT, frameId: 3 });
    expect(effects.applyHighlightColors).toHaveBeenCalledWith({ tabId: 7, frameId: 3 });
    await handle({ type: LOAD_CARD_UI }, CONTENT_SCRIPT);
    expect(effects.loadCardUi).toHaveBeenCalledWith({ tabId: 7, frameId: 0 });
  });

  test.each([
    ['another extension', { ...CONTENT_SCRIPT, id: 'another-extension' }],
    ['no extension', { ...CONTENT_SCRIPT, id: undefined }],
    ['an extension page (no tab)', { id: EXTENSION_ID, url: 'chrome-extension://x/popup.html' }],
    ['an extension page in a tab', { ...CONTENT_SCRIPT, url: 'moz-extension://x/options.html' }],
    ['a sender without a frame', { ...CONTENT_SCRIPT, frameId: undefined }],
  ])('a request from %s is not acted on', (_, sender) => {
    const effects = fakeEffects();
    const handle = createBackgroundHandler(EXTENSION_ID, effects);
    expect(handle({ type: APPLY_HIGHLIGHT_COLORS }, sender)).toBeUndefined();
    expect(effects.applyHighlightColors).not.toHaveBeenCalled();
  });

  test('malformed messages from a content script are not acted on', () => {
    const effects = fakeEffects();
    const handle = createBackgroundHandler(EXTENSION_ID, effects);
    fc.assert(
      fc.property(fc.anything(), (message) => {
        fc.pre(
          !(
            typeof message === 'object' &&
            message !== null &&
            Object.keys(message).join() === 'type' &&
            [APPLY_HIGHLIGHT_COLORS, LOAD_CARD_UI].includes((message as { type: string }).type)
          ),
        );
        expect(handle(message, CONTENT_SCRIPT)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    expect(handle({ type: APPLY_HIGHLIGHT_COLORS, css: 'body{}' }, CONTENT_SCRIPT)).toBeUndefined();
    expect(effects.applyHighlightColors).not.toHaveBeenCalled();
  });
});
