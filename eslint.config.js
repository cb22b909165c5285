import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json', '.css'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'Kontext never evaluates strings.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'Kontext never evaluates strings.',
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'dangerouslySetInnerHTML', message: 'Text reaches the screen only as text.' },
      ],
      // The layers of the code base: lib/ is pure TypeScript that runs anywhere; components/ are
      // views over lib/ types; entrypoints/ wire them to the browser.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: ['./components', './entrypoints'],
              message: 'lib/ stays free of views and wiring.',
            },
            {
              target: './components',
              from: './entrypoints',
              message: 'components/ never import entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(wxt|#imports|webextension-polyfill|@wxt-dev/)',
              message: 'lib/ stays free of WXT and of browser extension APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ stays free of browser extension APIs.' },
        { name: 'chrome', message: 'lib/ stays free of browser extension APIs.' },
      ],
    },
  },
);
