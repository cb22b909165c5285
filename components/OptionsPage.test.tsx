/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { compilePack } from '../lib/knowledge/compile-pack';
import { makeSmallPack } from '../lib/knowledge/small-pack.fixture';
import { listPackRows } from '../lib/packs/installed-packs';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { getOptionsText } from './options-text';
import type { ImportState } from './OptionsPacks';
import { OptionsPage, type OptionsPageProps } from './OptionsPage';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

const bundled = makeSmallPack();
const imported = { ...makeSmallPack(), id: 'mine', title: { de: 'Meins', en: 'Mine' } };
const rows = listPackRows(
  [
    { pack: bundled, aliasCount: compilePack(bundled).aliases.length, source: 'bundled' },
    { pack: imported, aliasCount: compilePack(imported).aliases.length, source: 'imported' },
  ],
  ['mine'],
);

function renderOptions(overrides: Partial<OptionsPageProps> = {}) {
  container = document.createElement('div');
  document.body.append(container);
  const props: OptionsPageProps = {
    text: getOptionsText('en'),
    language: 'en',
    settings: DEFAULT_SETTINGS,
    newsSites: [
      { domain: 'zdf.de', name: 'ZDF', language: 'de', kind: 'broadcaster' },
      { domain: 'bbc.com', name: 'BBC', language: 'en', kind: 'broadcaster' },
      { domain: 'spiegel.de', name: 'DER SPIEGEL', language: 'de', kind: 'press' },
    ],
    packs: rows,
    importState: { kind: 'idle' },
    onChange: vi.fn(),
    onAddSite: vi.fn(),
    onRemoveSite: vi.fn(),
    onSiteOn: vi.fn(),
    onEnablePack: vi.fn(),
    onImport: vi.fn(),
    onExport: vi.fn(),
    onRemovePack: vi.fn(),
    ...overrides,
  };
  act(() => render(<OptionsPage {...props} />, container!));
  return { root: container, props };
}

describe('the options page', () => {
  test('packs: counts and dates, on or off, export for all, remove only for imported', () => {
    const { root, props } = renderOptions();
    const items = [...root.querySelectorAll<HTMLElement>('[data-pack]')];
    expect(items.map((item) => item.dataset.pack)).toEqual(['small-pack', 'mine']);
    expect(items[0]!.textContent).toContain('2 entities · as of 2025-06-30');
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[name="pack"]')];
    expect(switches.map((input) => input.checked)).toEqual([true, false]);
    expect(root.querySelectorAll('[data-action="remove"]')).toHaveLength(1);
    act(() =>
      root.querySelector<HTMLElement>('[data-pack="mine"] [data-action="remove"]')!.click(),
    );
    expect(props.onRemovePack).toHaveBeenCalledWith('mine');
    act(() => switches[1]!.click());
    expect(props.onEnablePack).toHaveBeenCalledWith('mine', true);
  });

  test('sources and licences: every pack’s sources, linked only where the link is https', () => {
    const { root } = renderOptions();
    const section = root.querySelector('[data-section="sources"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('Sources and licences');
    const packs = [...section.querySelectorAll('[data-sources-of]')];
    expect(packs.map((pack) => pack.getAttribute('data-sources-of'))).toEqual([bundled.id, 'mine']);
    const items = [...packs[0]!.querySelectorAll('li')];
    expect(items).toHaveLength(bundled.sources.length);
    bundled.sources.forEach((source, index) => {
      const item = items[index]!;
      expect(item.textContent).toBe(`${source.publisher}: ${source.title} (${source.date})`);
      const link = item.querySelector('a');
      if (source.url) expect(link!.getAttribute('href')).toBe(source.url);
      else expect(link).toBeNull();
    });
  });

  test('a failed import lists every problem with its path, as text', () => {
    const importState: ImportState = {
      kind: 'failed',
      file: 'broken.json',
      problems: [
        { path: '$.asOf', message: 'is missing' },
        { path: '$.entities[0].type', message: 'is "<b>animal</b>", but it must be "person"' },
      ],
    };
    const { root } = renderOptions({ importState });
    const status = root.querySelector('[data-import="failed"]')!;
    expect(status.textContent).toContain('broken.json was not imported: 2 problems');
    expect([...status.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '$.asOf is missing',
      '$.entities[0].type is "<b>animal</b>", but it must be "person"',
    ]);
    expect(status.querySelector('b')).toBeNull();
  });

  test('a settings notice is shown; none when the settings were read', () => {
    expect(renderOptions().root.querySelector('[data-notice]')).toBeNull();
    render(null, container!);
    const { root } = renderOptions({ notice: 'The saved settings could not be read.' });
    expect(root.querySelector('[data-notice="settings"]')!.textContent).toContain(
      'could not be read',
    );
  });

  test('switching a type and choosing how cards open change the settings', () => {
    const { root, props } = renderOptions();
    act(() => root.querySelector<HTMLInputElement>('input[name="type"][value="place"]')!.click());
    expect(props.onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      entityTypes: { ...DEFAULT_SETTINGS.entityTypes, place: false },
    });
    act(() => root.querySelector<HTMLInputElement>('input[name="adjectives"]')!.click());
    // Off by default: the click turns adjectives on.
    expect(props.onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, adjectivesShown: true });
    act(() => root.querySelector<HTMLInputElement>('input[value="modifier"]')!.click());
    expect(props.onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      cardOpening: { ...DEFAULT_SETTINGS.cardOpening, mode: 'modifier' },
    });
  });

  test('news sites: one labelled list per language, German-language first, sorted by domain', () => {
    const { root } = renderOptions();
    const lists = [...root.querySelectorAll<HTMLElement>('ul[data-list="news"]')];
    const heading = (list: HTMLElement) =>
      root.querySelector(`#${list.getAttribute('aria-labelledby')}`)?.textContent;
    expect(lists.map(heading)).toEqual(['German-language (2)', 'English-language (1)']);
    const sites = (list: HTMLElement) =>
      [...list.querySelectorAll<HTMLElement>('[data-site]')].map((item) => item.dataset.site);
    expect(lists.map(sites)).toEqual([['spiegel.de', 'zdf.de'], ['bbc.com']]);
    // Each name is marked in its outlet's language, for screen readers.
    const name = root.querySelector('[data-site="spiegel.de"] [lang]')!;
    expect([name.textContent, name.getAttribute('lang')]).toEqual(['DER SPIEGEL', 'de']);
    // The switches follow the list as shown.
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[name="site-on"]')];
    expect(switches.map((input) => input.value)).toEqual(['spiegel.de', 'zdf.de', 'bbc.com']);
  });

  test('a host added before the news list covered its site: one switch, for the site, off', () => {
    const { root } = renderOptions({
      settings: { ...DEFAULT_SETTINGS, sitesAdded: ['www.zdf.de'], sitesOff: ['www.zdf.de'] },
    });
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[name="site-on"]')];
    expect(switches.map((input) => [input.value, input.checked])).toEqual([
      ['spiegel.de', true],
      ['zdf.de', false],
      ['bbc.com', true],
    ]);
    // Still listed as added, so that the reader can give its permission back.
    expect(root.querySelector('ul[data-list="added"]')?.textContent).toContain('www.zdf.de');
  });

  test('German reads German', () => {
    const { root } = renderOptions({ text: getOptionsText('de'), language: 'de' });
    expect(root.querySelector('h1')!.textContent).toBe('Kontext-Einstellungen');
    expect(root.textContent).toContain('Wissenspakete');
    expect([...root.querySelectorAll('[data-news-group] h3')].map((h) => h.textContent)).toEqual([
      'Deutschsprachig (2)',
      'Englischsprachig (1)',
    ]);
  });
});
