import react from '@vitejs/plugin-react';
// Vitest's defineConfig is Vite's, with the `test` block typed too.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the built app works from any sub-path of any static host
  // (a GitHub Pages project site, a folder on a course server, a USB stick).
  base: './',
  worker: {
    // Module workers, so the training worker (still to come) can import the engine as ES modules.
    format: 'es',
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // End-to-end tests run in Chromium under Playwright, not in Vitest.
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    // The engine and the worker loop are tested in Node; a UI test opts into jsdom
    // with a `// @vitest-environment jsdom` comment at its top.
    environment: 'node',
    // Lets the pipeline run before the first unit test exists.
    passWithNoTests: true,
    // The default reporter for people, plus a JSON file that .ci/count-results.mjs reads.
    // It lives outside test-results/playwright, which Playwright wipes when it starts.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
