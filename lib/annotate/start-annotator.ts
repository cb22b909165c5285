/**
 * Keeps a page annotated while it changes: annotates it once, then again whenever the page's text
 * changes (see `watchPage`) or the caller asks (a single-page app moved to another article). Each
 * new annotation replaces the last one's highlights; the recognizer remembers what it matched, so
 * only changed blocks are matched again.
 */
import { annotatePage, type AnnotateOptions, type PageAnnotation } from './annotate-page';
import { watchPage } from './watch-page';

export interface AnnotatorOptions extends AnnotateOptions {
  /** Whether a node is Kontext's own (its UI host). */
  isOwnNode: (node: Node) => boolean;
  /** Called with each new annotation, after its highlights are drawn. */
  onAnnotated?: (annotation: PageAnnotation) => void;
}

export interface Annotator {
  /** The latest annotation; undefined until the first is done. */
  readonly current: PageAnnotation | undefined;
  /** Reads the page again now (after a navigation inside a single-page app). */
  refresh(): void;
  /** Resolves when the first annotation is done (or the work was stopped). */
  ready: Promise<void>;
}

/** Starts annotating; everything stops, and the highlights go, when `options.signal` aborts. */
export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { signal } = options;
  let current: PageAnnotation | undefined;
  let running = false;
  let again = false;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const next = await annotatePage(options);
        if (!next || signal.aborted) {
          next?.dispose();
          return;
        }
        current?.dispose();
        current = next;
        options.onAnnotated?.(next);
      } while (again && !signal.aborted);
    } finally {
      running = false;
    }
  };

  const ready = run();
  watchPage({
    root: options.doc.body ?? options.doc.documentElement,
    win: options.win,
    isOwnNode: options.isOwnNode,
    onChange: () => void run(),
    signal,
  });
  signal.addEventListener('abort', () => current?.dispose());

  return {
    get current() {
      return current;
    },
    refresh: () => void run(),
    ready,
  };
}
