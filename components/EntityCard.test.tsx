/** @vitest-environment happy-dom */
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { getUiText } from '../lib/i18n/ui-text';
import type { KnowledgePack } from '../lib/knowledge/pack-types';
import { EntityCard } from './EntityCard';

const PACK = {
  id: 'test',
  title: { de: 'Testpaket', en: 'Test pack' },
  asOf: '2025-06-30',
  entities: [
    {
      id: 'vladimir-putin',
      type: 'person',
      names: { de: 'Wladimir Putin', en: 'Vladimir Putin' },
      aliases: {},
      description: { de: '<b>Präsident</b> Russlands.', en: 'President of Russia.' },
    },
  ],
} as unknown as KnowledgePack;

function renderCard(language: 'de' | 'en'): HTMLElement {
  const container = document.createElement('div');
  render(
    <EntityCard
      entity={PACK.entities[0]!}
      pack={PACK}
      language={language}
      text={getUiText(language)}
    />,
    container,
  );
  return container;
}

describe('EntityCard', () => {
  test('names the entity, its type and the pack’s date in the reader’s language', () => {
    const card = renderCard('de');
    expect(card.querySelector('h2')?.textContent).toBe('Wladimir Putin');
    expect(card.querySelector('.type')?.textContent).toBe('Person');
    expect(card.querySelector('footer')?.textContent).toBe(
      'Wissensstand 30. Juni 2025 · Testpaket',
    );
    expect(renderCard('en').querySelector('h2')?.textContent).toBe('Vladimir Putin');
  });

  test('shows pack text as text, never as markup', () => {
    const card = renderCard('de');
    expect(card.querySelector('.description')?.textContent).toBe('<b>Präsident</b> Russlands.');
    expect(card.querySelector('b')).toBeNull();
  });

  test('is labelled by its heading for screen readers', () => {
    const card = renderCard('en');
    const section = card.querySelector('section')!;
    expect(card.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Vladimir Putin',
    );
  });
});
