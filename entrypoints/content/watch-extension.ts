import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LIVENESS_PORT } from '../../lib/extension-ids';

/**
 * Ends the content script (every listener, observer, highlight and the UI host, through `ctx`)
 * when the extension goes away: reloaded, updated, disabled or removed. A port to the background
 * breaks then; it also breaks when the background merely sleeps, so a break counts only where the
 * extension's id is gone too (as WXT's own check does), and the port is opened again otherwise.
 */
/** How long after the port broke the extension's id is looked at. */
const ID_SETTLE_MS = 250;

export function watchExtension(ctx: ContentScriptContext): void {
  const connect = () => {
    if (ctx.isInvalid) return;
    try {
      const port = browser.runtime.connect({ name: LIVENESS_PORT });
      port.onDisconnect.addListener(() => {
        // Chromium drops the id a moment after the port breaks (seen: gone within 100 ms).
        setTimeout(() => {
          if (browser.runtime?.id === undefined) ctx.abort('the extension went away');
          // The background slept: reconnect on the reader's next visit, not on a timer.
          else ctx.addEventListener(document, 'visibilitychange', connect, { once: true });
        }, ID_SETTLE_MS);
      });
    } catch {
      ctx.abort('the extension went away');
    }
  };
  connect();
}
