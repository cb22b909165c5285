import { browser } from 'wxt/browser';

/**
 * The life of this content script on a page, kept where the page cannot reach it. (WXT's
 * ContentScriptContext announces each start with a DOM event and a `postMessage` that the page
 * sees, and ends on such an event that any page can send; Kontext uses neither.)
 */
export interface PageLife {
  signal: AbortSignal;
  /** Whether it has ended, or the extension has gone (reloaded, updated, removed). */
  readonly isOver: boolean;
  end(reason: string): void;
  /** Calls `callback` when it ends. */
  onEnd(callback: () => void): void;
}

/** Where the running instance keeps its life: in Kontext's own world, not the page's. */
const CURRENT = Symbol.for('kontext.page-life');

/**
 * Starts this instance's life, and ends the one before it: "Annotate this page" injects the
 * script again into a page where it may run already.
 */
export function startPageLife(): PageLife {
  const controller = new AbortController();
  const scope = globalThis as unknown as Record<symbol, AbortController | undefined>;
  scope[CURRENT]?.abort('a newer instance started');
  scope[CURRENT] = controller;
  return {
    signal: controller.signal,
    get isOver() {
      if (browser.runtime?.id === undefined) controller.abort('the extension went away');
      return controller.signal.aborted;
    },
    end: (reason) => controller.abort(reason),
    onEnd: (callback) => controller.signal.addEventListener('abort', callback, { once: true }),
  };
}
