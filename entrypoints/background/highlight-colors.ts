/**
 * The reader's highlight colours on pages: a stylesheet per frame, inserted with
 * `scripting.insertCSS`, so that the page's scripts can neither see nor change it. Each frame's
 * latest sheet is remembered to take it out when the colours change.
 */
import { browser } from 'wxt/browser';
import { highlightCss } from '../../lib/highlight/highlight-css';
import type { FrameTarget } from '../../lib/messages/handle-background-request';
import type { Settings } from '../../lib/settings/settings';

const inserted = new Map<string, string>();

const keyOf = ({ tabId, frameId }: FrameTarget) => `${tabId}/${frameId}`;

/**
 * Draws the frame's highlights in `settings`' colours. The new sheet goes in before the old one
 * comes out, so the colours never fall back in between; a sheet of a page the frame has since
 * left is gone with it, and taking it out again does nothing.
 */
export async function applyHighlightColors(target: FrameTarget, settings: Settings): Promise<void> {
  const css = highlightCss(settings.colors);
  const scripting = {
    target: { tabId: target.tabId, frameIds: [target.frameId] },
    origin: 'AUTHOR' as const,
  };
  await browser.scripting.insertCSS({ ...scripting, css });
  const previous = inserted.get(keyOf(target));
  inserted.set(keyOf(target), css);
  if (previous !== undefined && previous !== css) {
    await browser.scripting.removeCSS({ ...scripting, css: previous }).catch(() => undefined);
  }
}

/** Forgets the sheets of a closed tab. */
export function forgetTab(tabId: number): void {
  for (const key of inserted.keys()) {
    if (key.startsWith(`${tabId}/`)) inserted.delete(key);
  }
}
