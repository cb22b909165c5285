/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyzeText } from '../lib/analysis/analyze-text';
import { buildPageView } from '../lib/analysis/build-page-view';
import { createRecognizer } from '../lib/analysis/create-recognizer';
import { compilePack } from '../lib/knowledge/compile-pack';
import type { KnowledgePack } from '../lib/knowledge/pack-types';
import type { PageView } from '../lib/messages/page-view';
import { BLOCK_SEPARATOR } from '../lib/text/block-separator';
import { getPopupText } from './popup-text';
import {
  FIRST_CONTENT_MARK,
  PopupSummary,
  type PopupState,
  type PopupSummaryProps,
} from './PopupSummary';

const PACK = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../assets/knowledge/kim-putin-2023.json'), 'utf8'),
) as KnowledgePack;
const TEXT = [
  'Kim Jong Un traf Wladimir Putin am Mittwoch in Wostotschny.',
  'Putin habe die Einladung "gerne" angenommen, meldete KCNA.',
  'Auch Russlands Verteidigungsminister Sergej Schoigu nahm teil, Putin schwieg.',
].join(BLOCK_SEPARATOR);

function buildView(title = 'Kim bei Putin'): PageView {
  const analysis = analyzeText(TEXT, createRecognizer([compilePack(PACK)]), {
    metadata: { title, language: 'de', publishedAt: '2023-09-14' },
    language: 'de',
    today: '2026-11-26',
  });
  return buildPageView({
    analysis,
    text: TEXT,
    packs: new Map([[PACK.id, PACK]]),
    language: 'de',
    host: 'www.tagesschau.de',
    adjectivesShown: false,
  });
}

const text = getPopupText('de');
let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  performance.clearMarks(FIRST_CONTENT_MARK);
});

function renderPopup(state: PopupState, overrides: Partial<PopupSummaryProps> = {}) {
  const props: PopupSummaryProps = {
    state,
    text,
    language: 'de',
    site: { host: 'www.tagesschau.de', on: true, needsPermission: false },
    entityTypes: { person: true, organization: true, state: true, place: true },
    settingsNotice: false,
    permissionDenied: false,
    isTab: false,
    hasOptions: true,
    onReveal: vi.fn(),
    onToggleSite: vi.fn(),
    onToggleType: vi.fn(),
    onAnnotate: vi.fn(),
    onRetry: vi.fn(),
    onOpenInTab: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<PopupSummary {...props} />, container!));
  return { props, root: container };
}

const status = (root: HTMLElement) => root.querySelector('[role="status"] p')?.textContent;
const buttonNamed = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((button) => button.textContent === name);

function press(element: Element, key: string) {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe('PopupSummary', () => {
  test('loading: busy, and no sentence yet that a reader could take for an answer', () => {
    const { root } = renderPopup({ kind: 'loading' });
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    expect(status(root)).toBeUndefined();
    expect(root.querySelector('.loading')!.textContent).toBe(text.loading);
    expect(performance.getEntriesByName(FIRST_CONTENT_MARK)).toHaveLength(0);
  });

  test.each([
    [{ kind: 'off', host: 'www.tagesschau.de' } as const, text.off],
    [{ kind: 'not-running' } as const, text.noAnswer],
    [{ kind: 'no-answer' } as const, text.noAnswerInTime],
    [{ kind: 'cannot-run' } as const, `${text.annotateFailed} ${text.cannotRunWhy}`],
  ])('state %o says so in a sentence', (state, sentence) => {
    const { root } = renderPopup(state);
    expect(status(root)).toBe(sentence);
    expect(root.querySelector('[data-testid="names-found"]')).toBeNull();
    // The first content is marked once, with the state it showed.
    const marks = performance.getEntriesByName(FIRST_CONTENT_MARK) as PerformanceMark[];
    expect(marks.map((mark) => mark.detail)).toEqual([state.kind]);
  });

  test('not running: "annotate this page"; no answer: "try again"', () => {
    const notRunning = renderPopup({ kind: 'not-running' });
    act(() => buttonNamed(notRunning.root, text.annotatePage)!.click());
    expect(notRunning.props.onAnnotate).toHaveBeenCalledTimes(1);
    render(null, container!);
    const noAnswer = renderPopup({ kind: 'no-answer' });
    act(() => buttonNamed(noAnswer.root, text.tryAgain)!.click());
    expect(noAnswer.props.onRetry).toHaveBeenCalledTimes(1);
  });

  test('a page with no known names: the sentence, the page, and the controls', () => {
    const view = { ...buildView(), groups: [], mentionCount: 0, quotes: [], relations: [] };
    const { root } = renderPopup({ kind: 'view', view });
    expect(status(root)).toBe(text.noNames);
    expect(root.querySelector('[data-fact="title"]')!.textContent).toBe('Kim bei Putin');
    expect(root.querySelector('[data-section="controls"]')).not.toBeNull();
    expect(root.querySelector('[data-section="entities"]')).toBeNull();
  });

  test('“open in a tab” only in the toolbar popup; the options link only where there are options', () => {
    const inPopup = renderPopup({ kind: 'not-running' });
    act(() => buttonNamed(inPopup.root, text.openInTab)!.click());
    expect(inPopup.props.onOpenInTab).toHaveBeenCalledTimes(1);
    act(() => buttonNamed(inPopup.root, text.options)!.click());
    expect(inPopup.props.onOpenOptions).toHaveBeenCalledTimes(1);
    render(null, container!);
    const inTab = renderPopup({ kind: 'not-running' }, { isTab: true, hasOptions: false });
    expect(buttonNamed(inTab.root, text.openInTab)).toBeUndefined();
    expect(buttonNamed(inTab.root, text.options)).toBeUndefined();
  });

  test('texts stay texts', () => {
    const { root } = renderPopup({ kind: 'view', view: buildView('<img src=x onerror=alert(1)>') });
    expect(root.querySelector('[data-fact="title"]')!.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(root.querySelector('img')).toBeNull();
  });

  test('a name and each tick reveal their mention; the arrow keys move along the strip', () => {
    const { root, props } = renderPopup({ kind: 'view', view: buildView() });
    const putin = root.querySelector('[data-entity="vladimir-putin"]')!;
    act(() => putin.querySelector<HTMLButtonElement>('button.name')!.click());
    expect(props.onReveal).toHaveBeenLastCalledWith('kim-putin-2023', 'vladimir-putin', 0);

    const ticks = [...putin.querySelectorAll<HTMLButtonElement>('.tick')];
    expect(ticks).toHaveLength(3);
    expect(ticks.map((tick) => tick.tabIndex)).toEqual([0, -1, -1]);
    act(() => ticks[0]!.focus());
    press(ticks[0]!, 'ArrowRight');
    expect(document.activeElement).toBe(ticks[1]);
    expect(ticks.map((tick) => tick.tabIndex)).toEqual([-1, 0, -1]);
    press(ticks[1]!, 'End');
    expect(document.activeElement).toBe(ticks[2]);
    press(ticks[2]!, 'ArrowRight');
    expect(document.activeElement).toBe(ticks[0]);
    act(() => ticks[2]!.click());
    expect(props.onReveal).toHaveBeenLastCalledWith('kim-putin-2023', 'vladimir-putin', 2);
  });

  test('a state also named by its adjective says so beside its count', () => {
    const view = buildView();
    // The page names no state: the place stands in (the popup shows any entity's count so).
    const state = view.groups.find((group) => group.type === 'place')!.entities[0]!;
    state.adjectives = 2;
    const { root } = renderPopup({ kind: 'view', view });
    expect(root.querySelector(`[data-entity="${state.entityId}"] .count`)!.textContent).toBe(
      `${text.mentions(state.count)}, ${text.asAdjective(2)}`,
    );
    expect(root.querySelector('[data-entity="vladimir-putin"] .count')!.textContent).toBe(
      text.mentions(3),
    );
  });

  test('mentions linked with a low confidence are counted apart beside the count', () => {
    const view = buildView();
    const putin = view.groups
      .flatMap((group) => group.entities)
      .find((entity) => entity.entityId === 'vladimir-putin')!;
    putin.uncertain = 1;
    const { root } = renderPopup({ kind: 'view', view });
    expect(root.querySelector('[data-entity="vladimir-putin"] .count')!.textContent).toBe(
      `${text.mentions(putin.count)}, ${text.ofThemUncertain(1)}`,
    );
  });

  test('where the page draws adjectives, the count holds them and says how many', () => {
    const view = { ...buildView(), adjectivesShown: true };
    const state = view.groups.find((group) => group.type === 'place')!.entities[0]!;
    state.adjectives = 1;
    const { root } = renderPopup({ kind: 'view', view });
    expect(root.querySelector(`[data-entity="${state.entityId}"] .count`)!.textContent).toBe(
      `${text.mentions(state.count)}, ${text.ofThemAdjectives(1)}`,
    );
  });

  test('the graph: one node in the tab order, arrows go round, Enter reveals', () => {
    const { root, props } = renderPopup({ kind: 'view', view: buildView() });
    const nodes = [...root.querySelectorAll<SVGGElement>('svg [data-node]')];
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    expect(nodes.map((node) => node.getAttribute('tabindex'))).toEqual(
      nodes.map((_, index) => (index === 0 ? '0' : '-1')),
    );
    act(() => nodes[0]!.focus());
    press(nodes[0]!, 'ArrowRight');
    expect(document.activeElement).toBe(nodes[1]);
    press(nodes[1]!, 'ArrowLeft');
    press(nodes[0]!, 'ArrowLeft');
    expect(document.activeElement).toBe(nodes.at(-1));
    press(nodes.at(-1)!, 'Enter');
    expect(props.onReveal).toHaveBeenLastCalledWith(
      'kim-putin-2023',
      nodes.at(-1)!.getAttribute('data-node'),
      0,
    );
    // The same relations as sentences.
    const triples = [...root.querySelectorAll('[data-relation] .triple')].map((t) => t.textContent);
    expect(triples).toContain('Kim Jong Un — traf — Wladimir Putin');
  });

  test('the switches report what the reader chose', () => {
    const { root, props } = renderPopup({ kind: 'view', view: buildView() });
    const site = root.querySelector<HTMLInputElement>('input[name="site"]')!;
    expect(site.checked).toBe(true);
    expect(site.closest('label')!.textContent).toContain(text.siteToggle('www.tagesschau.de'));
    act(() => site.click());
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
    act(() => root.querySelector<HTMLInputElement>('input[value="place"]')!.click());
    expect(props.onToggleType).toHaveBeenCalledWith('place', false);
  });

  test('a site beyond the news list says that turning it on asks the browser', () => {
    const { root } = renderPopup(
      { kind: 'not-running' },
      { site: { host: 'notes.example.org', on: false, needsPermission: true } },
    );
    const site = root.querySelector<HTMLInputElement>('input[name="site"]')!;
    expect(site.checked).toBe(false);
    expect(root.querySelector(`#${site.getAttribute('aria-describedby')}`)!.textContent).toBe(
      text.needsPermission,
    );
  });
});
