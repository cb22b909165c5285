import { browser } from 'wxt/browser';
import { LIVENESS_PORT } from '../../lib/extension-ids';
import type { PageLife } from './page-life';

/**
 * Ends the content script (every listener, observer, highlight and the UI host, through `life`)
 * when the extension goes away: reloaded, updated, disabled or removed. A port to the background
 * breaks then; it also breaks when the background merely sleeps, so a break counts only where the
 * extension's id is gone too (as WXT's own check does), and the port is opened again otherwise.
 */
/** How long after the port broke the extension's id is looked at. */
const ID_SETTLE_MS = 250;

export function watchExtension(life: PageLife): void {
  const connect = () => {
    if (life.isOver) return;
    try {
      const port = browser.runtime.connect({ name: LIVENESS_PORT });
      port.onDisconnect.addListener(() => {
        // Chromium drops the id a moment after the port breaks (seen: gone within 100 ms).
        setTimeout(() => {
          // `isOver` ends the life when the extension's id is gone; else the background slept:
          // reconnect on the reader's next visit, not on a timer.
          if (!life.isOver) {
            document.addEventListener('visibilitychange', connect, {
              once: true,
              signal: life.signal,
            });
          }
        }, ID_SETTLE_MS);
      });
    } catch {
      life.end('the extension went away');
    }
  };
  connect();
}
