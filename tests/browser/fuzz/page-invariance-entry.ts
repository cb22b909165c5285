/**
 * The page side of the page invariance fuzz, bundled by `bundleForPage` into a plain Chromium
 * page as the global `kontextFuzz`. For each seed it builds the random page of
 * `generatePageTree` into the document with DOM calls, runs `startPageUi` on it with the bundled
 * pack (as the content script does), and checks that the page's DOM is as it was, but for
 * Kontext's one host element, and that the mentions are exactly the names planted in allowed
 * places; then stops it and checks that the page is as it was, host and highlights gone.
 */
import { bundledPacks } from 'virtual:kontext/bundled-packs';
import { createRecognizer } from '../../../lib/analysis/create-recognizer';
import { KONTEXT_HOST_ATTRIBUTE } from '../../../lib/dom/collect-text';
import { startPageUi } from '../../../lib/ui/start-page-ui';
import {
  escapeText as quote,
  generatePageTree,
  type NodeSpec,
  type RandomPage,
} from './random-page-tree';

const NAMESPACES = {
  svg: 'http://www.w3.org/2000/svg',
  math: 'http://www.w3.org/1998/Math/MathML',
} as const;

const recognizer = createRecognizer(bundledPacks.map(({ compiled }) => compiled));
const packs = new Map(bundledPacks.map(({ pack }) => [pack.id, pack]));

/** The nodes of `specs`, made with DOM calls: text nodes stay as many and as empty as given. */
function buildNodes(specs: readonly NodeSpec[]): Node[] {
  return specs.map((spec) => {
    if (spec.kind === 'text') return document.createTextNode(spec.data);
    if (spec.kind === 'comment') return document.createComment(spec.data);
    const element = spec.namespace
      ? document.createElementNS(NAMESPACES[spec.namespace], spec.tag)
      : document.createElement(spec.tag);
    for (const [name, value] of spec.attributes) element.setAttribute(name, value);
    element.append(...buildNodes(spec.children));
    if (spec.shadow) element.attachShadow({ mode: 'open' }).append(...buildNodes(spec.shadow));
    const { value, checked, selected } = spec.properties ?? {};
    if (value !== undefined) (element as HTMLInputElement).value = value;
    if (checked !== undefined) (element as HTMLInputElement).checked = checked;
    if (selected !== undefined) (element as HTMLOptionElement).selected = selected;
    return element;
  });
}

/** Whether `node` is Kontext's host: an element with the host attribute on the document element. */
function isHost(node: Node): boolean {
  return (
    node instanceof Element &&
    node.hasAttribute(KONTEXT_HOST_ATTRIBUTE) &&
    node.parentNode === document.documentElement
  );
}

/**
 * The document as lines, one per node, in tree order: every attribute in its order, every text
 * node and comment on its own (empty ones too), form state that no attribute shows, open shadow
 * roots and template contents. Hosts are left out when `skipHosts` is set.
 */
function serializeDocument(skipHosts: boolean): string[] {
  const lines: string[] = [];
  const visit = (node: Node, depth: number): void => {
    const indent = ' '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      lines.push(`${indent}#text ${quote((node as Text).data)}`);
      return;
    }
    if (node.nodeType === Node.COMMENT_NODE) {
      lines.push(`${indent}#comment ${quote((node as Comment).data)}`);
      return;
    }
    if (node.nodeType === Node.DOCUMENT_TYPE_NODE) {
      lines.push(`${indent}#doctype ${(node as DocumentType).name}`);
      return;
    }
    if (!(node instanceof Element)) {
      lines.push(`${indent}#node ${node.nodeType}`);
      return;
    }
    if (skipHosts && isHost(node)) return;
    const attributes = [...node.attributes].map(
      (attribute) => ` ${attribute.name}=${quote(attribute.value)}`,
    );
    const state: string[] = [];
    if (node instanceof HTMLInputElement) {
      state.push(`value=${quote(node.value)}`, `checked=${node.checked}`);
    } else if (node instanceof HTMLTextAreaElement) {
      state.push(`value=${quote(node.value)}`);
    } else if (node instanceof HTMLSelectElement) {
      state.push(`selectedIndex=${node.selectedIndex}`);
    } else if (node instanceof HTMLOptionElement) {
      state.push(`selected=${node.selected}`);
    } else if (node instanceof HTMLDetailsElement || node instanceof HTMLDialogElement) {
      state.push(`open=${node.open}`);
    }
    const stateText = state.length > 0 ? ` {${state.join(' ')}}` : '';
    lines.push(
      `${indent}<${node.namespaceURI} ${node.localName}${attributes.join('')}>${stateText}`,
    );
    if (node.shadowRoot) {
      lines.push(`${indent} #shadow-root`);
      node.shadowRoot.childNodes.forEach((child) => visit(child, depth + 2));
    }
    if (node instanceof HTMLTemplateElement) {
      lines.push(`${indent} #template-content`);
      node.content.childNodes.forEach((child) => visit(child, depth + 2));
    }
    node.childNodes.forEach((child) => visit(child, depth + 1));
  };
  document.childNodes.forEach((child) => visit(child, 0));
  return lines;
}

/** Where two serializations first differ, or undefined when they are the same. */
function describeDifference(before: string[], after: string[]): string | undefined {
  const length = Math.max(before.length, after.length);
  for (let index = 0; index < length; index += 1) {
    if (before[index] !== after[index]) {
      return `line ${index}: before ${before[index] ?? '(none)'} / after ${after[index] ?? '(none)'}`;
    }
  }
  return undefined;
}

/** Kontext's highlight names in the registry, and how many ranges they hold in all. */
function readHighlights(): { names: string[]; ranges: number } {
  const names = [...CSS.highlights.keys()].filter((name) => name.startsWith('kontext-'));
  const ranges = names
    .filter((name) => name !== 'kontext-flash')
    .reduce((sum, name) => sum + CSS.highlights.get(name)!.size, 0);
  return { names, ranges };
}

/** Counts the multiset difference `a` minus `b`. */
function subtract(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const index = left.indexOf(item);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

export interface TreeFailure {
  seed: number;
  problems: string[];
}

export interface FuzzSummary {
  trees: number;
  /** Names planted in allowed places, all of which were found. */
  allowedNames: number;
  excludedNames: number;
  /** Runs in which Kontext's UI host was on the page. */
  withHost: number;
  failures: TreeFailure[];
}

/** Runs `page` and returns what went wrong (nothing, when all is well). */
async function runTree(page: RandomPage): Promise<{ problems: string[]; hosts: number }> {
  const problems: string[] = [];
  document.body.replaceChildren(...buildNodes(page.body));
  window.scrollTo(0, 0);
  const before = serializeDocument(false);

  const controller = new AbortController();
  const ui = startPageUi({
    doc: document,
    win: window,
    recognizer,
    packs,
    css: '',
    readerLanguages: ['de'],
    today: '2026-11-26',
    // No card opens in the fuzz: the card UI is never asked for.
    loadCardUi: () => Promise.reject(new Error('no cards in the fuzz')),
    signal: controller.signal,
  });
  await ui.annotator.ready;
  const annotation = ui.annotator.current;
  if (!annotation) {
    controller.abort();
    return { problems: ['no annotation'], hosts: 0 };
  }
  if (page.startsNavigation) ui.navigator.start();

  const { analysis, collected } = annotation;
  const expected = page.allowed.map(({ entityId, text }) => `${entityId} ${quote(text)}`);
  const found = analysis.mentions.map(
    ({ entityId, start, end }) => `${entityId} ${quote(collected.text.slice(start, end))}`,
  );
  const missing = subtract(expected, found);
  const extra = subtract(found, expected);
  if (missing.length > 0) problems.push(`not found: ${missing.join(', ')}`);
  if (extra.length > 0)
    problems.push(`found but not planted in an allowed place: ${extra.join(', ')}`);
  const drawn = readHighlights().ranges;
  if (drawn !== analysis.mentions.length) {
    problems.push(`${drawn} highlight ranges for ${analysis.mentions.length} mentions`);
  }

  const hosts = [...document.documentElement.children].filter(isHost);
  const allHosts = document.querySelectorAll(`[${KONTEXT_HOST_ATTRIBUTE}]`).length;
  if (allHosts !== hosts.length) problems.push(`${allHosts} host elements, not all on <html>`);
  const expectedHosts = page.startsNavigation && analysis.mentions.length > 0 ? 1 : 0;
  if (hosts.length !== expectedHosts) problems.push(`${hosts.length} hosts, not ${expectedHosts}`);
  if (hosts.length > 0 && document.documentElement.lastChild !== hosts[0]) {
    problems.push('the host is not the last node of the document element');
  }
  const during = describeDifference(before, serializeDocument(true));
  if (during) problems.push(`while annotated, the page changed at ${during}`);

  controller.abort();
  const after = describeDifference(before, serializeDocument(false));
  if (after) problems.push(`after stopping, the page changed at ${after}`);
  const left = readHighlights().names.filter((name) => name !== 'kontext-flash');
  if (left.length > 0) problems.push(`highlights left after stopping: ${left.join(', ')}`);
  // A revealed mention's flash fades by itself after a moment; the next page starts without it.
  CSS.highlights.delete('kontext-flash');
  return { problems, hosts: hosts.length };
}

/** Runs `count` pages, from seed `firstSeed` on. */
export async function runPageTrees(firstSeed: number, count: number): Promise<FuzzSummary> {
  const summary: FuzzSummary = {
    trees: 0,
    allowedNames: 0,
    excludedNames: 0,
    withHost: 0,
    failures: [],
  };
  for (let offset = 0; offset < count; offset += 1) {
    const seed = (firstSeed + offset) >>> 0;
    const page = generatePageTree(seed);
    let result: { problems: string[]; hosts: number };
    try {
      result = await runTree(page);
    } catch (error) {
      result = { problems: [`threw: ${(error as Error).stack ?? String(error)}`], hosts: 0 };
    }
    summary.trees += 1;
    summary.allowedNames += page.allowed.length;
    summary.excludedNames += page.excludedCount;
    if (result.hosts > 0) summary.withHost += 1;
    if (result.problems.length > 0) summary.failures.push({ seed, problems: result.problems });
  }
  document.body.replaceChildren();
  return summary;
}
