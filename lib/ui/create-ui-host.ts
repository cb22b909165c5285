import { KONTEXT_HOST_ATTRIBUTE } from '../dom/collect-text';

/** Kontext's one element on a page: a host whose closed shadow root holds all of its UI. */
export interface UiHost {
  /** Where Kontext's UI goes: inside the shadow root, out of reach of page CSS and scripts. */
  container: HTMLElement;
  /** Takes the host off the page again. */
  remove: () => void;
  /** Whether `node` is the host or inside it, its shadow root included. */
  contains: (node: Node) => boolean;
  /**
   * Says `text` to screen readers, politely (after what they are reading): a card that opened
   * under the pointer, which takes no focus, is heard this way.
   */
  announce: (text: string) => void;
}

/** Host styles, inline and !important, so that no page rule (even `* { all: unset }`) moves it. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  // Above the page's own overlays.
  'z-index': '2147483647',
};

/**
 * Adds the host element at the end of the document and gives it a closed shadow root with `css`.
 * The page sees one empty element; it cannot reach what is inside.
 */
export function createUiHost(doc: Document, css: string): UiHost {
  const host = doc.createElement('div');
  host.setAttribute(KONTEXT_HOST_ATTRIBUTE, '');
  for (const [property, value] of Object.entries(HOST_STYLE)) {
    host.style.setProperty(property, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  // A live region, present from the start so that screen readers watch it; seen by none.
  const live = doc.createElement('div');
  live.className = 'live-region';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  shadow.append(style, container, live);
  doc.documentElement.append(host);
  return {
    container,
    remove: () => host.remove(),
    contains: (node) => host.contains(node) || node.getRootNode() === shadow,
    announce: (text) => {
      live.textContent = text;
    },
  };
}
