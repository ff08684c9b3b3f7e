import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, chooseSetting, iterationText, openApp, stepTimes } from './support';

/**
 * The data-space figure as a user meets it: its name and description, the boundary moving with
 * the steps, a point's numbers on hover and from the keyboard, the one-feature sigmoid view, many
 * points, and screenshots in both themes and at both sizes for people to look at.
 */

const PLANE = 'Points, decision boundary and probability field';
const SIGMOID = 'Points and the fitted sigmoid curve';

const region = (page: Page) => page.getByRole('region', { name: 'Data space' });
const figure = (page: Page, name = PLANE) => page.getByRole('figure', { name });
const plot = (page: Page) =>
  page.getByRole('application', { name: 'Data points; arrow keys move between points' });
const tooltip = (page: Page) => region(page).getByRole('tooltip');
const boundaryPath = (page: Page) => plot(page).locator('path.data-boundary');
/** The marks of the points drawn as SVG (the legend's swatches use the same classes). */
const points = (page: Page) => plot(page).locator('.data-point');

/**
 * Moves the mouse onto the k-th drawn point. The marks take no pointer events (the plot finds the
 * point nearest the pointer), so this moves to where the mark is rather than hovering it.
 */
async function hoverPoint(page: Page, k: number): Promise<void> {
  await plot(page).scrollIntoViewIfNeeded();
  const box = await points(page).nth(k).boundingBox();
  if (!box) throw new Error(`point ${k} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Opens or closes the panel's "Legend, options and drawing" (folded on the stage, where the figure
 * needs the height, and open, the figure is left little of it; a new data set folds it again).
 */
async function showLegend(page: Page, shown = true): Promise<void> {
  const more = region(page)
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: 'Legend, options and drawing' }) });
  if (((await more.getAttribute('open')) !== null) !== shown) {
    await more.locator('summary').click();
  }
  if (shown) await expect(more).toHaveAttribute('open', '');
  else await expect(more).not.toHaveAttribute('open');
}

/** Plays until the run has passed `iterations`, then pauses. */
async function playPast(page: Page, iterations: number): Promise<void> {
  await button(page, 'Play').click();
  await expect
    .poll(async () => Number(await iterationText(page).textContent()), { timeout: 20_000 })
    .toBeGreaterThan(iterations);
  await button(page, 'Pause').click();
  await expect(button(page, 'Play')).toBeVisible();
}

/**
 * The fastest notch short of flat out: 1,000 iterations a second passes a few hundred iterations
 * quickly, and the run stops a few hundred past them. Flat out it could be hundreds of thousands
 * past them by the time Pause lands on a busy machine, and the history thins early iterations
 * beyond 100,000 (state/history.ts): iteration 300 itself might no longer be there to go back to.
 */
async function setFastSpeed(page: Page): Promise<void> {
  const speed = page.getByRole('slider', { name: 'Speed' });
  await speed.focus();
  await speed.press('End');
  await speed.press('ArrowLeft');
  await expect(speed).toHaveAttribute('aria-valuetext', '1000 iterations/s');
}

test('the data figure is named and its description follows the steps', async ({ page }) => {
  await openApp(page);
  await expect(figure(page)).toBeVisible();
  await expect(figure(page)).toHaveAccessibleDescription(
    'At iteration 0 the model gives every point p = 0.5: there is no decision boundary yet.',
  );
  await expect(boundaryPath(page)).toHaveCount(0);

  await stepTimes(page, 1);
  await expect(figure(page)).toHaveAccessibleDescription(
    /^Decision boundary after iteration 1: \d+ of 100 points misclassified\.$/,
  );
  const first = await boundaryPath(page).getAttribute('d');
  expect(first).toMatch(/^M[\d.]+,[\d.]+L/);

  await stepTimes(page, 3);
  await expect(figure(page)).toHaveAccessibleDescription(/after iteration 4: \d+ of 100 points/);
  expect(await boundaryPath(page).getAttribute('d')).not.toBe(first);

  // The p = 0.25 and 0.75 lines come and go with their checkbox.
  const quartiles = plot(page).locator('.data-quartile');
  await expect(quartiles).toHaveCount(0);
  await showLegend(page);
  await region(page).getByRole('checkbox', { name: 'Show p = 0.25 and 0.75' }).check();
  await expect(
    region(page).getByRole('checkbox', { name: "Show each point's pull" }),
  ).toBeChecked();
  // Folded again, so that the figure has its room back for the lines' labels.
  await showLegend(page, false);
  await expect(quartiles).toHaveCount(1);
  await expect(plot(page).getByText('p = 0.25')).toBeVisible();
  await expect(plot(page).getByText('p = 0.75')).toBeVisible();
});

test('hovering a point shows its features, label, z, p and error', async ({ page }) => {
  await openApp(page);
  await stepTimes(page, 5);
  await hoverPoint(page, 7);
  await expect(tooltip(page)).toBeVisible();
  const text = await tooltip(page).innerText();
  expect(text).toMatch(/^Point \d+ of 100/);
  for (const name of ['x1', 'x2', 'y', 'z', 'p', 'error p − y']) {
    expect(text).toMatch(new RegExp(`^${name}\\s+[−\\d]`, 'm'));
  }
  expect(text).not.toMatch(/NaN|Infinity|undefined/);

  // Leaving the plot hides it.
  await page.mouse.move(0, 0);
  await expect(tooltip(page)).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a tap on a point shows its numbers until a tap elsewhere', async ({ page }) => {
    await openApp(page);
    await stepTimes(page, 3);
    // Centred: scrolled only into view, the plot's lower part lies under the transport, which is
    // pinned to the bottom of a phone's screen.
    await plot(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = await points(page).nth(5).boundingBox();
    if (!box) throw new Error('point 5 is not on screen');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(tooltip(page)).toBeVisible();
    await page.waitForTimeout(300);
    await expect(tooltip(page)).toBeVisible();
    // A corner of the plotting area, away from every point: the tap there adds a point (see
    // pointEditing.spec.ts) and hides the tooltip.
    const area = await plot(page).locator('.data-grid-frame').boundingBox();
    if (!area) throw new Error('no plotting area');
    await page.touchscreen.tap(area.x + 3, area.y + area.height - 3);
    await expect(tooltip(page)).toHaveCount(0);
    await expect(points(page)).toHaveCount(101);
  });
});

test('arrow keys on the focused plot move between points and leave the run alone', async ({
  page,
}) => {
  await openApp(page);
  await stepTimes(page, 2);
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tooltip(page)).toBeVisible();
  const first = await tooltip(page).locator('.data-tooltip-title').innerText();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(tooltip(page).locator('.data-tooltip-title')).not.toHaveText(first);
  // The arrows moved the highlight; they did not step the run.
  await expect(iterationText(page)).toHaveText('2');
  await page.keyboard.press('ArrowLeft');
  await expect(iterationText(page)).toHaveText('2');

  // Home and End reach the left-most and right-most points; Escape hides the tooltip.
  await page.keyboard.press('End');
  await expect(tooltip(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip(page)).toHaveCount(0);
  // Keys the plot does not use still drive the run.
  await page.keyboard.press('r');
  await expect(iterationText(page)).toHaveText('0');
});

test('one-feature data show the points at y = 0 and 1 and the fitted sigmoid', async ({ page }) => {
  await openApp(page);
  await chooseSetting(page, 'Data set', { label: 'One feature' });
  await expect(iterationText(page)).toHaveText('0');
  await expect(figure(page, SIGMOID)).toBeVisible();
  await stepTimes(page, 3);
  await expect(figure(page, SIGMOID)).toHaveAccessibleDescription(
    /^Sigmoid after iteration 3: p = 0\.5 at x = −?[\d.]+; \d+ of 100 points misclassified\.$/,
  );
  await expect(plot(page).locator('path.data-curve')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
  await expect(plot(page).locator('.data-crossing text')).toHaveText(/^x = −?[\d.]+$/);
  // The vertical axis reads y and p from 0 to 1.
  await expect(plot(page).locator('.data-tick-label', { hasText: /^0\.5$/ })).toHaveCount(1);

  await hoverPoint(page, 0);
  await expect(tooltip(page)).toContainText('p');
  await expect(tooltip(page)).not.toContainText('x2');
});

test('10,000 points are drawn on a canvas and the figure still follows the run', async ({
  page,
}) => {
  await openApp(page);
  await chooseSetting(page, 'Points', '10000');
  await expect(iterationText(page)).toHaveText('0');
  await stepTimes(page, 2);
  await expect(figure(page)).toHaveAccessibleDescription(/of 10000 points misclassified/);
  await expect(points(page)).toHaveCount(0);
  // The field, the halos, the points and the rings: one canvas, redrawn per frame (issue 16).
  await expect(plot(page).locator('canvas')).toHaveCount(1);
  await plot(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(tooltip(page)).toContainText('of 10000');
});

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test(`screenshot: the data space in the ${theme} theme on a ${viewport.name}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openApp(page);
      if (theme === 'dark') {
        await button(page, 'Dark theme').click();
        await expect(button(page, 'Dark theme')).toHaveAttribute('aria-pressed', 'true');
      }
      await stepTimes(page, 12);
      await showLegend(page);
      await region(page).getByRole('checkbox', { name: 'Show p = 0.25 and 0.75' }).check();
      // Scrolled first: a scroll under a still mouse would move the point away from it.
      await region(page).scrollIntoViewIfNeeded();
      await hoverPoint(page, 3);
      await expect(tooltip(page)).toBeVisible();

      // The figure, its tooltip and its legend fit the panel (the panel's own width is the layout's).
      const overflow = await region(page).evaluate(
        (panel) => panel.scrollWidth - panel.clientWidth,
      );
      expect(overflow, 'horizontal overflow of the panel in px').toBeLessThanOrEqual(0);
      await region(page).screenshot({
        path: `test-results/screenshots/data-space-${theme}-${viewport.name}.png`,
      });
    });
  }
}

test('screenshot: with outliers, the far points shout under cross-entropy and fall silent under squared error', async ({
  page,
}) => {
  // Thirty steps and a play past iteration 300 take most of the default 30 s on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await chooseSetting(page, 'Data set', { label: 'With outliers' });
  await expect(iterationText(page)).toHaveText('0');
  await stepTimes(page, 30);
  await showLegend(page);
  await expect(region(page).getByText('halo: pull |p − y|')).toBeVisible();
  await region(page).screenshot({
    path: 'test-results/screenshots/data-space-outliers-cross-entropy.png',
  });

  await button(page, 'Reset').click();
  await expect(iterationText(page)).toHaveText('0');
  await chooseSetting(page, 'Loss', { label: 'squared error' });
  await setFastSpeed(page);
  await playPast(page, 300);
  // Back to iteration 300 on the timeline, so the picture does not depend on how far it ran.
  await page.getByRole('slider', { name: 'Iteration' }).fill('300');
  await expect(iterationText(page)).toHaveText('300');
  await showLegend(page);
  await expect(region(page).getByText('halo: pull |(p − y)·p(1 − p)|')).toBeVisible();
  await expect(figure(page)).toHaveAccessibleDescription(
    /after iteration 300: \d+ of 100 points misclassified/,
  );
  await region(page).screenshot({
    path: 'test-results/screenshots/data-space-outliers-squared-error.png',
  });
});
