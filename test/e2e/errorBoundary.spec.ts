import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText } from './support';

/**
 * Failures contained: a panel whose browser API fails says so and offers "Try again" while the
 * rest of the page keeps working; a promise that rejects with nobody waiting shows a notice.
 * The failures are real ones, provoked in the browser, not simulated in React.
 */

declare global {
  interface Window {
    /** While true, canvases inside the Data space panel cannot give a 2D context. */
    breakDataCanvas: boolean;
    pwned?: boolean;
  }
}

/** The error the broken API throws; markup in it must come out as text. */
const FAILURE = '<img src=x onerror="window.pwned = true">Canvas unavailable (test)';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('a panel that fails shows why and "Try again"; the others keep working; Try again brings it back', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.addInitScript((failure) => {
    window.breakDataCanvas = true;
    const getContext = HTMLCanvasElement.prototype.getContext;
    // Only the Data space panel's canvases in the page (not off-screen scratch canvases, not
    // the other panels'): as if that panel's drawing surface were unavailable.
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      ...args: Parameters<HTMLCanvasElement['getContext']>
    ) {
      const panel = this.closest('section.panel');
      if (window.breakDataCanvas && panel?.querySelector('h2')?.textContent === 'Data space') {
        throw new Error(failure);
      }
      return getContext.apply(this, args);
    } as HTMLCanvasElement['getContext'];
  }, FAILURE);

  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();

  const data = region(page, 'Data space');
  const failure = data.getByRole('alert');
  await expect(failure.getByRole('paragraph')).toHaveText(`This panel failed: ${FAILURE}.`);
  await expect(failure.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Text, not markup: no image was made and its handler never ran.
  await expect(failure.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned ?? false)).toBe(false);
  // The panel keeps its title and caption, and the figure is gone.
  await expect(data.getByRole('heading', { name: 'Data space' })).toBeVisible();
  await expect(data.locator('canvas')).toHaveCount(0);
  // Reported for developers as a warning (the fixture would fail the test on an error).
  expect(warnings.some((text) => text.includes('A panel failed'))).toBe(true);

  // The rest of the page works: the run steps, the mathematics and the loss follow it.
  for (let k = 1; k <= 2; k++) {
    await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText(String(k));
  }
  await expect(
    region(page, 'The mathematics')
      .getByRole('definition')
      .and(page.getByLabel('At iteration', { exact: true })),
  ).toHaveText('2');
  await expect(region(page, 'Parameter space').getByRole('alert')).toHaveCount(0);
  await expect(region(page, 'Loss').getByRole('alert')).toHaveCount(0);
  await data.screenshot({ path: test.info().outputPath('panel-failed.png') });

  // Still broken: trying again fails again, and says so again.
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(data.getByRole('alert')).toContainText('This panel failed');

  // The API is back: "Try again" mounts the panel afresh, at the run's current iteration.
  await page.evaluate(() => {
    window.breakDataCanvas = false;
  });
  await data.getByRole('button', { name: 'Try again' }).click();
  await expect(data.getByRole('alert')).toHaveCount(0);
  await expect(data.locator('canvas').first()).toBeVisible();
  await expect(data.getByText(/^Decision boundary after iteration 2\b/)).toBeVisible();
  await button(page, 'Step').click();
  await expect(data.getByText(/^Decision boundary after iteration 3\b/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('panel-recovered.png') });
});

test('a promise that rejects with nobody waiting shows a notice that can be dismissed', async ({
  page,
  expectedErrors,
}) => {
  // The browser still reports the rejection (so no other test can hide one); this one is ours.
  expectedErrors.push(/<b>Lost<\/b> in the background \(test\)/);
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();

  // From a task of the page's own, as a forgotten promise in the app would.
  await page.evaluate(() => {
    setTimeout(() => void Promise.reject(new Error('<b>Lost</b> in the background (test)')));
  });
  const notices = page.getByRole('region', { name: 'Notices' });
  const notice = notices.getByRole('alert');
  await expect(notice).toContainText(
    'Something failed in the background: <b>Lost</b> in the background (test).',
  );
  await expect(notice.locator('b')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('rejection-notice.png') });

  // The page is unaffected, and the notice goes when dismissed.
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);
});
