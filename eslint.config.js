// Lint: typescript-eslint's recommended rules, and the design's arrows as boundaries that cannot
// be crossed (checked on every import). GitHub's page is read only in src/github/.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** Each folder of src/ and what it may import (besides itself and npm packages). */
const layers = {
  model: [],
  recipe: ['model'],
  github: ['model'],
  guide: ['model', 'recipe'],
  messaging: ['model', 'recipe', 'guide'],
  overlay: ['model', 'recipe', 'guide', 'messaging'],
  content: ['model', 'recipe', 'github', 'guide', 'messaging', 'overlay'],
  background: ['model', 'recipe', 'messaging'],
  ui: ['model', 'recipe', 'guide'],
  popup: ['model', 'recipe', 'messaging', 'ui'],
  options: ['model', 'recipe', 'messaging', 'ui'],
};

const domQueries = ['querySelector', 'querySelectorAll', 'getElementById', 'getElementsByClassName', 'getElementsByTagName', 'getElementsByName', 'closest', 'matches'];

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'e2e/replica/dist/', 'e2e/conformance/dist/', 'node_modules/', 'test-results/'] },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts', 'scripts/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The extension reports only errors in the console; scripts report to the person running them.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-console': ['error', { allow: ['error'] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': Object.keys(layers).map((layer) => ({ type: layer, pattern: `src/${layer}` })),
      'boundaries/include': ['src/*/**/*'],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: Object.entries(layers).map(([layer, allowed]) => ({ from: { element: { type: layer } }, allow: { to: { element: { type: [layer, ...allowed] } } } })),
      }],
    },
  },
  {
    // Only src/github/ reads GitHub's page; the overlay and the extension's own pages query only their own nodes.
    // Calls only: a content script's declared `matches` (its URL patterns) is data, not a DOM query.
    files: ['src/{content,guide,model,recipe,messaging,background}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: `CallExpression > MemberExpression.callee > Identifier.property[name=/^(${domQueries.join('|')})$/]`,
        message: 'Read GitHub\'s page through src/github/ (the selector registry and its widgets).',
      }],
    },
  },
);
