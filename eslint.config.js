import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Three layers: only the composition root (src/main.tsx) chooses a transport, so nothing else in src/ may
// reach the seed data or the reference server. Every src/ block repeats this pattern (a later block's
// no-restricted-imports replaces an earlier one's rather than adding to it).
const LAYERS = { group: ['**/seeds', '**/seeds/**', '**/mocks', '**/mocks/**'], message: 'Only src/main.tsx may import seeds/ or mocks/.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [LAYERS, ...patterns] }] });

export default tseslint.config(
  { ignores: ['dist', 'public/mockServiceWorker.js', 'node_modules', 'coverage', '.e2e-tmp*', '.tmp-exp', 'tests/.out'] },
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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: restrict(),
  },
  {
    // Imports flow one way: shared -> features -> app. Features never import each other or the app.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: restrict(
      { group: ['@/app/*', '**/app/*'], message: 'Features must not import the app layer.' },
      { group: ['@/features/*', '../../*', '!../../*.ts'], message: 'Features never import each other; import shared code through @/.' },
    ),
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/api/**', 'src/stores/**'],
    rules: restrict(
      { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' },
      { group: ['@/projects', '@/projects/**', '**/projects/**'], message: 'Shared code must not import the projects domain: it sits above the shared layers.' },
    ),
  },
  {
    // The projects domain (selection, URL state, filter bar, its words) is shared by several panels: features may
    // import it, and it imports no feature and not the app.
    files: ['src/projects/**'],
    rules: restrict(
      { group: ['@/features/*', '**/features/**'], message: 'The projects domain imports no feature.' },
      { group: ['@/app/*', '**/app/**'], message: 'The projects domain must not import the app layer.' },
    ),
  },
  {
    // The contract is imported by both sides, so it depends on nothing but zod.
    files: ['src/contract/**'],
    rules: restrict({ group: ['@/*', '**/api/**', '**/features/**', '**/app/**', '**/components/**', '**/stores/**', '**/lib/**'], message: 'The contract depends on nothing in the app.' }),
  },
  {
    files: ['src/app/**'],
    rules: restrict(),
  },
  {
    // The reference server knows the contract and the seed, never the client. The one exception is the
    // dependency-free ISO-day module, so the seed counts elapsed time exactly as the schedule rule does.
    files: ['mocks/**', 'seeds/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/src/*', '!**/src/contract', '@/*'], message: 'The server side imports only src/contract/ from src/.' },
    ] }] },
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
