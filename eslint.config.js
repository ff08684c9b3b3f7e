// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Why the engine may not import these: said once, shown with every violation. */
const PURE_ENGINE =
  'src/engine/ is the pure math: it runs in Node, in the Web Worker and in the unit tests, ' +
  'so it may not depend on React, the DOM, d3-selection or the worker, state and UI layers. ' +
  'Pass what it needs in as arguments instead.';

export default defineConfig(
  {
    // As .gitignore (which ESLint does not read): nothing here is the project's code.
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      '.scratch/',
    ],
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    // The page, its components and the worker run in the browser.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Configs, CI helpers, scripts, benchmarks and tests run in Node.
    files: ['*.{js,ts}', '.ci/**/*.mjs', 'scripts/**/*.mjs', 'bench/**/*.ts', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },

  {
    // Components, and the hooks that live in .ts files beside them.
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },

  {
    // The engine stays pure; tsconfig.engine.json (no DOM lib) enforces the same from the type side.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: PURE_ENGINE },
            { name: 'react-dom', message: PURE_ENGINE },
            // The full d3 bundle re-exports d3-selection (and with it the DOM).
            { name: 'd3', message: `${PURE_ENGINE} Import the pure d3-* module you need.` },
            { name: 'd3-selection', message: PURE_ENGINE },
          ],
          patterns: [
            { group: ['react-dom/*', 'react/*'], message: PURE_ENGINE },
            {
              group: ['**/ui', '**/ui/**', '**/worker', '**/worker/**', '**/state', '**/state/**'],
              message: PURE_ENGINE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: PURE_ENGINE },
        { name: 'document', message: PURE_ENGINE },
        { name: 'navigator', message: PURE_ENGINE },
        { name: 'self', message: PURE_ENGINE },
      ],
    },
  },

  // Last: turns off every stylistic rule that would fight Prettier.
  prettier,
);
