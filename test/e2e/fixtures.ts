import { expect, test as base } from '@playwright/test';

/**
 * Playwright's `test`, extended so that every end-to-end test also fails on a console error
 * or an uncaught exception in the page, even when everything it asserts looks right.
 * Import `test` and `expect` from here, never from '@playwright/test' directly.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          const { url, lineNumber } = message.location();
          errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        }
      });
      page.on('pageerror', (error) => {
        errors.push(`uncaught ${error.name}: ${error.message}`);
      });

      await use(errors);

      expect(errors, 'the page logged errors').toEqual([]);
    },
    // Automatic: applies to every test, whether or not it asks for the fixture.
    { auto: true },
  ],
});

export { expect };
