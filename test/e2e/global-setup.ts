import { chromium } from './browser';

/**
 * Fails fast, before any test starts, when there is no browser to drive (or CHROMIUM_PATH names
 * none), with one message naming each way to get one, instead of Playwright's "Executable
 * doesn't exist" once per test. (`npm run test:e2e` runs the same check before it builds.)
 */
export default function globalSetup(): void {
  if (!chromium.found) throw new Error(chromium.message);
}
