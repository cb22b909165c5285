// Test-only probe, never shipped: the browser tests load it beside Kontext to read what Kontext's
// closed shadow root shows (extensions can open any shadow root; page scripts cannot). The test
// asks with window.postMessage and gets the answer the same way.
/* global chrome, document, NodeFilter, getComputedStyle, window */
'use strict';

function openShadowRoot(host) {
  // Chromium: chrome.dom; Firefox: content scripts see Element.openOrClosedShadowRoot.
  if (globalThis.chrome?.dom?.openOrClosedShadowRoot)
    return chrome.dom.openOrClosedShadowRoot(host);
  return host.openOrClosedShadowRoot ?? null;
}

function describeUi() {
  const host = document.querySelector('[data-kontext-host]');
  const root = host && openShadowRoot(host);
  if (!root) return null;
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    texts.push(node.data);
  }
  const heading = root.querySelector('.card h2');
  const ring = root.querySelector('.navigation-ring');
  const tippy = root.querySelector('[data-tippy-root]');
  return {
    text: texts.join(' ').replace(/\s+/g, ' ').trim(),
    cardVisible: Boolean(
      tippy && tippy.querySelector('.card') && getComputedStyle(tippy).visibility === 'visible',
    ),
    headingFontSize: heading ? getComputedStyle(heading).fontSize : null,
    ringLabel: ring?.getAttribute('aria-label') ?? null,
    announced: root.querySelector('[aria-live]')?.textContent ?? null,
    cardRect: tippy ? JSON.parse(JSON.stringify(tippy.getBoundingClientRect())) : null,
    focusInUi: root.activeElement
      ? root.activeElement.className || root.activeElement.tagName
      : null,
  };
}

window.addEventListener('message', (event) => {
  if (event.source !== window || event.data?.type !== 'kontext-probe:read') return;
  window.postMessage({ type: 'kontext-probe:ui', id: event.data.id, ui: describeUi() }, '*');
});
