import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noMocksImport = { regex: '(^|/)mocks(/|$)', message: 'src/ must not import from mocks/.' };

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-fixture',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts', 'tests/bench/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The app never imports the mocks: the development server hands it the mock API as virtual:drd-mock-api.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noMocksImport] }],
    },
  },
  {
    // Features never import each other; shared code lives in src/components, src/lib, src/api.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noMocksImport,
            { group: ['../../app/*', '../../app'], message: 'Features must not import from src/app.' },
            { regex: '^\\.\\./(?!\\.\\./)', message: 'Features must not import each other.' },
          ],
        },
      ],
    },
  },
);
