import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './test/e2e/browser';

/*
 * Overridable so that several people (or agents) can run their end-to-end tests side by side on
 * one machine, each against their own build: E2E_PORT, E2E_DIST (a `vite build --outDir`) and
 * E2E_OUTPUT (Playwright wipes its output folder when it starts).
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const OUTPUT = process.env.E2E_OUTPUT ?? 'test-results/playwright';

export default defineConfig({
  testDir: 'test/e2e',
  // Playwright empties this folder when it starts, so nothing else may write here.
  outputDir: OUTPUT,
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The project's machines have 2 cores; the preview server needs one of them.
  workers: process.env.CI ? 1 : undefined,
  // `list` for people; the JSON report is what .ci/count-results.mjs counts.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          // No GPU in CI or in containers; the machines have no network, so nothing may try to
          // reach one (Playwright passes most of these already; listing them keeps us explicit).
          // Root needs --no-sandbox.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Tests run against the production build (`npm run test:e2e` builds it first), served
  // the way a static host would serve it.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
