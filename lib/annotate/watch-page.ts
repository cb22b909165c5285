/**
 * Notices when a page changes its text (a live blog's new entry, a single-page app's new
 * article) and calls back once the changes settle. Kontext's own UI host is no change. While a
 * page keeps changing without pause, the callback still comes at most every `maxWaitMs`; once the
 * page stops changing, nothing more runs.
 */

export interface WatchPageOptions {
  /** The subtree to watch: the document's body. */
  root: Node;
  win: Window & typeof globalThis;
  /** Whether a node is Kontext's own (its UI host): changes there are not the page's. */
  isOwnNode: (node: Node) => boolean;
  onChange: () => void;
  signal: AbortSignal;
}

/** Quiet time after the last change before the page is read again. */
export const SETTLE_MS = 400;
/** The longest a page that never stops changing waits for its next reading. */
export const MAX_WAIT_MS = 2000;

function isPageChange(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  if (isOwnNode(record.target)) return false;
  if (record.type === 'characterData') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some((node) => !isOwnNode(node));
}

/** Starts watching; the watch ends when `signal` aborts. */
export function watchPage({ root, win, isOwnNode, onChange, signal }: WatchPageOptions): void {
  let settleTimer: number | undefined;
  let firstPending: number | undefined;

  const fire = () => {
    win.clearTimeout(settleTimer);
    settleTimer = undefined;
    firstPending = undefined;
    dueAt = Infinity;
    if (!signal.aborted) onChange();
  };

  // When the reading that `settleTimer` waits for is due.
  let dueAt = Infinity;
  const observer = new win.MutationObserver((records) => {
    if (!records.some((record) => isPageChange(record, isOwnNode))) return;
    const now = win.performance.now();
    firstPending ??= now;
    const due = Math.min(now + SETTLE_MS, firstPending + MAX_WAIT_MS);
    // Past the settle time the reading is due at the deadline: its timer stays set, or a page that
    // changes in every timer tick would push it back for ever (a timer set again each time never
    // comes before the page's own).
    if (settleTimer !== undefined && due === dueAt) return;
    win.clearTimeout(settleTimer);
    dueAt = due;
    settleTimer = win.setTimeout(fire, Math.max(0, due - now));
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(settleTimer);
  });
}
