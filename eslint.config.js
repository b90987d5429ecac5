// Lint: typescript-eslint, hooks rules, the boundaries between feature folders, and no raw HTML outside the sanitizer.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = ['dexie', 'preact', 'preact/*', 'wxt', 'wxt/*', '@webext-core/*'];
const pureMessage = 'Extraction, entities, detection and the model are pure: no Dexie, Preact or browser APIs.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'stats.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Raw HTML only through utils/safety (sanitize, then parse inertly).',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Raw HTML only through utils/safety.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render only HTML sanitized in the same place (utils/safety/sanitize), and say so in a comment.',
        },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'hooks/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['utils/extraction/**', 'utils/entities/**', 'utils/detection/**', 'utils/model/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: PURE, message: pureMessage }] }],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: pureMessage },
        { name: 'browser', message: pureMessage },
      ],
    },
  },
  {
    // Page functions that playwright runs inside the extension's service worker or pages.
    files: ['tests/e2e/**', 'scripts/**/*.mjs'],
    languageOptions: { globals: { chrome: 'readonly' } },
  },
  {
    files: ['utils/safety/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
