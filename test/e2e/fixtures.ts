import { expect, test as base } from '@playwright/test';

/**
 * Playwright's `test`, extended so that every end-to-end test also fails on a console error
 * or an uncaught exception in the page, even when everything it asserts looks right.
 * Import `test` and `expect` from here, never from '@playwright/test' directly.
 *
 * A test that provokes a failure on purpose (to see the page cope with it) lists what it expects
 * in `expectedErrors`: each pattern must then match at least one error, and every error must
 * match a pattern. Tests that do not ask for it expect no errors at all.
 */
export const test = base.extend<{ pageErrors: string[]; expectedErrors: RegExp[] }>({
  // A new array per test; Playwright requires the (here empty) destructuring of fixtures.
  // eslint-disable-next-line no-empty-pattern
  expectedErrors: async ({}, use) => {
    await use([]);
  },
  pageErrors: [
    async ({ page, expectedErrors }, use) => {
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

      const unexpected = errors.filter((error) => !expectedErrors.some((p) => p.test(error)));
      expect(unexpected, 'the page logged errors').toEqual([]);
      for (const pattern of expectedErrors) {
        expect(
          errors.some((error) => pattern.test(error)),
          `an expected error matching ${pattern} was logged`,
        ).toBe(true);
      }
    },
    // Automatic: applies to every test, whether or not it asks for the fixture.
    { auto: true },
  ],
});

export { expect };
