/** @vitest-environment happy-dom */
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import type { CardModel } from '../lib/cards/build-card-model';
import { getUiText } from '../lib/i18n/ui-text';
import { EntityCard } from './EntityCard';

const CARD: CardModel = {
  entityId: 'sergei-shoigu',
  name: 'Sergej Schoigu',
  type: 'person',
  description: '<b>Russischer</b> Politiker.',
  roleThen: { title: 'Verteidigungsminister', of: 'Russland', from: '2012-11', to: '2024-05' },
  roleNow: { title: 'Sekretär des Sicherheitsrats', of: 'Russland', from: '2024-05' },
  articleSays: [
    {
      text: 'Auch Russlands Verteidigungsminister Sergej Schoigu nahm an dem Treffen teil.',
      date: '2023-09-14',
      provenance: { kind: 'article' },
    },
  ],
  packSays: [{ text: 'Besuchte Pjöngjang.', date: '2023-07', provenance: { kind: 'background' } }],
  quotes: [
    {
      text: 'Wir kooperieren.',
      translation: 'We cooperate.',
      channel: 'KCNA',
      date: '2023-09-13',
      provenance: { kind: 'source', publisher: 'tagesschau.de', date: '2023-09-14' },
    },
  ],
  relations: [
    {
      text: 'Schoigu nahm am Treffen mit Kim teil.',
      date: '2023-09-13',
      provenance: { kind: 'source', publisher: 'tagesschau.de', date: '2023-09-14' },
      otherId: 'kim-jong-un',
      otherName: 'Kim Jong Un',
    },
  ],
  position: { index: 2, count: 3 },
  uncertainty: { confidence: 0.7, alternatives: ['Andrei Beloussow'] },
  links: [{ label: 'Wikipedia', url: 'https://de.wikipedia.org/wiki/Sergei_Schoigu' }],
  articleDate: '2023-09-14',
  asOf: '2025-06-30',
  packTitle: 'Kim bei Putin',
};

function renderCard(onNavigate = vi.fn(), card: CardModel = CARD) {
  const container = document.createElement('div');
  render(
    <EntityCard card={card} language="de" text={getUiText('de')} onNavigate={onNavigate} />,
    container,
  );
  return { container, onNavigate };
}

describe('EntityCard', () => {
  test('says who this is, the role on the article’s date and the role now', () => {
    const { container } = renderCard();
    expect(container.querySelector('h2')?.textContent).toBe('Sergej Schoigu');
    const roles = [...container.querySelectorAll('.role')].map((role) => role.textContent);
    expect(roles).toEqual([
      'Verteidigungsminister am 14. Sept. 2023',
      'Heute: Sekretär des Sicherheitsrats',
    ]);
  });

  test('a role of a day after the pack last checked its offices is given as of that day', () => {
    const { container } = renderCard(vi.fn(), {
      ...CARD,
      articleDate: '2026-03-01',
      roleThen: CARD.roleNow!,
      roleThenAsOf: '2025-06-30',
      roleNow: undefined,
    });
    const roles = [...container.querySelectorAll('.role')].map((role) => role.textContent);
    expect(roles).toEqual(['Sekretär des Sicherheitsrats Stand 30. Juni 2025']);
    const now = renderCard(vi.fn(), { ...CARD, roleNowAsOf: '2025-06-30' }).container;
    expect([...now.querySelectorAll('.role')].map((role) => role.textContent)).toEqual([
      'Verteidigungsminister am 14. Sept. 2023',
      'Stand 30. Juni 2025: Sekretär des Sicherheitsrats',
    ]);
  });

  test('dates every claim and names its provenance', () => {
    const { container } = renderCard();
    const claims = [...container.querySelectorAll('.claims li')].map((item) => item.textContent);
    expect(claims).toEqual([
      '„Auch Russlands Verteidigungsminister Sergej Schoigu nahm an dem Treffen teil.“ (aus: diesem Artikel)',
      'Besuchte Pjöngjang. (Hintergrundwissen)',
      'Schoigu nahm am Treffen mit Kim teil. (aus: tagesschau.de, 13. Sept. 2023)',
    ]);
    expect(container.querySelector('.quote figcaption')?.textContent).toBe(
      'über KCNA · aus: tagesschau.de, 13. Sept. 2023',
    );
  });

  test('shows how sure a short-name link is, and who else it may be', () => {
    const { container } = renderCard();
    expect(container.querySelector('[role="note"]')?.textContent).toContain('70 %');
    expect(container.querySelector('[role="note"]')?.textContent).toContain('Andrei Beloussow');
  });

  test('moves to the previous and next mention', () => {
    const { container, onNavigate } = renderCard();
    expect(container.querySelector('.mentions span')?.textContent).toBe('Erwähnung 2 von 3');
    const [previous, next] = container.querySelectorAll<HTMLButtonElement>('.mentions button');
    previous!.click();
    next!.click();
    expect(onNavigate.mock.calls).toEqual([[-1], [1]]);
  });

  test('shows pack text as text, never as markup, and links only to https', () => {
    const { container } = renderCard();
    expect(container.querySelector('.description')?.textContent).toBe(
      '<b>Russischer</b> Politiker.',
    );
    expect(container.querySelector('.description b')).toBeNull();
    for (const link of container.querySelectorAll('a')) expect(link.href).toMatch(/^https:\/\//);
  });

  test('is a dialog labelled by its heading for screen readers', () => {
    const { container } = renderCard();
    const section = container.querySelector('section')!;
    expect(section.getAttribute('role')).toBe('dialog');
    expect(
      container.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent,
    ).toBe('Sergej Schoigu');
  });
});
