/**
 * The layer rules of eslint.config.js, checked against code that breaks them: a config change that
 * quietly stops enforcing them fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer boundaries', () => {
  test('lib/ cannot import WXT, browser APIs, components or entrypoints', async () => {
    const ids = await ruleIdsFor(
      'lib/probe.ts',
      [
        "import { browser } from 'wxt/browser';",
        "import { PopupSummary } from '../components/PopupSummary';",
        "import '../entrypoints/popup/main';",
        'export const used = [browser, PopupSummary, chrome];',
      ].join('\n'),
    );
    expect(ids).toEqual([
      'no-restricted-imports',
      'import-x/no-restricted-paths',
      'import-x/no-restricted-paths',
      'no-restricted-globals',
    ]);
  });

  test('components/ cannot import entrypoints', async () => {
    expect(
      await ruleIdsFor('components/Probe.tsx', "import '../entrypoints/popup/main';\n"),
    ).toEqual(['import-x/no-restricted-paths']);
  });

  test('text never reaches the DOM as HTML', async () => {
    const ids = await ruleIdsFor(
      'components/Probe.tsx',
      'export function show(el: HTMLElement, s: string) {\n  el.innerHTML = s;\n}\n',
    );
    expect(ids).toContain('no-unsanitized/property');
  });
});
