import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'public/mockServiceWorker.js', 'node_modules', 'coverage', '.e2e-tmp', '.tmp-exp', 'tests/.out'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Imports flow one way: shared -> features -> app. Features never import each other or the app.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/app/*', '**/app/*'], message: 'Features must not import the app layer.' },
        { group: ['@/features/*', '../../*', '!../../*.ts'], message: 'Features never import each other; import shared code through @/.' },
      ] }],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/api/**', 'src/stores/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' },
      ] }],
    },
  },
  {
    // Tool config files are loaded by their tools, which want a default export.
    files: ['*.config.ts', 'tests/**/vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
);
