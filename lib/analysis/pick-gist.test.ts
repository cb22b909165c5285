import { describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from '../text/block-separator';
import { analyzeText } from './analyze-text';
import { MAX_GIST_SENTENCES, MIN_GIST_SENTENCES, pickGist } from './pick-gist';
import { createBundledRecognizer } from '../../tests/lib/bundled-pack';

const recognizer = createBundledRecognizer();

function analyze(blocks: string[]) {
  return analyzeText(blocks.join(BLOCK_SEPARATOR), recognizer, {
    metadata: { title: 'Test', language: 'de', publishedAt: '2023-09-14' },
    language: 'de',
    today: '2026-11-26',
  });
}

function gistOf(blocks: string[]): string[] {
  const analysis = analyze(blocks);
  return pickGist(analysis).map((index) => analysis.sentences[index]!.text);
}

describe('pickGist', () => {
  test('picks the lead and the sentences naming the most, in the article’s order', () => {
    const gist = gistOf([
      'Kim in Russland',
      'Nordkoreas Machthaber Kim Jong Un hat Wladimir Putin in Russland getroffen.',
      'Das Wetter in Russland war gut, hieß es am Rande.',
      'Auch Sergej Schoigu nahm teil, und Dmitri Peskow sprach über Nordkorea.',
      'Die USA reagierten besorgt auf das Treffen von Putin und Kim in Russland.',
      'Nordkorea schwieg dazu.',
      'Russland ist groß.',
    ]);
    expect(gist).toEqual([
      'Nordkoreas Machthaber Kim Jong Un hat Wladimir Putin in Russland getroffen.',
      'Auch Sergej Schoigu nahm teil, und Dmitri Peskow sprach über Nordkorea.',
      'Die USA reagierten besorgt auf das Treffen von Putin und Kim in Russland.',
    ]);
  });

  test('a heading or a kicker is no gist, where statements are enough', () => {
    const gist = gistOf([
      'Putin und Kim in Russland',
      'Kim Jong Un traf Wladimir Putin in Wostotschny, wie der Kreml mitteilte.',
      'Sergej Schoigu war dabei, sagte Dmitri Peskow am Abend.',
      'Die USA warnten Russland und Nordkorea vor neuen Geschäften mit Waffen.',
    ]);
    expect(gist).not.toContain('Putin und Kim in Russland');
    expect(gist).toHaveLength(3);
  });

  test('three to five sentences, however long the article', () => {
    const sentence = (index: number) =>
      `Am Tag ${index} sprach Wladimir Putin erneut mit Kim Jong Un über Nordkorea.`;
    for (const count of [3, 8, 20, 60]) {
      const indices = pickGist(analyze(Array.from({ length: count }, (_, i) => sentence(i))));
      expect(indices.length).toBeGreaterThanOrEqual(MIN_GIST_SENTENCES);
      expect(indices.length).toBeLessThanOrEqual(MAX_GIST_SENTENCES);
      expect([...indices].sort((a, b) => a - b)).toEqual(indices);
      expect(new Set(indices).size).toBe(indices.length);
    }
  });

  test('a page with fewer sentences gives all it has, and none gives none', () => {
    expect(gistOf(['Wladimir Putin sprach lange und ausführlich mit Kim Jong Un.'])).toHaveLength(
      1,
    );
    expect(gistOf(['Hier steht niemand, den Kontext kennt.'])).toEqual([]);
  });
});
