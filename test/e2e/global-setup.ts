import { accessSync, constants } from 'node:fs';
import { chromiumPath } from './browser';

/**
 * Fails fast, before any test starts, when there is no browser to drive, with the ways to
 * get one, instead of Playwright's "Executable doesn't exist" once per test.
 */
export default function globalSetup(): void {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(
      [
        `No Chromium to run the end-to-end tests with: ${chromiumPath} is missing or not executable.`,
        'Get one in any of these ways:',
        '  - Debian/Ubuntu: sudo apt-get install -y --no-install-recommends chromium fonts-liberation',
        '  - point CHROMIUM_PATH at any Chromium or Chrome binary, e.g.',
        '      CHROMIUM_PATH=/usr/bin/google-chrome npm test',
        "  - download Playwright's build with `npx playwright install chromium` and set",
        '    CHROMIUM_PATH to its binary, ~/.cache/ms-playwright/chromium-*/chrome-linux*/chrome',
      ].join('\n'),
    );
  }
}
