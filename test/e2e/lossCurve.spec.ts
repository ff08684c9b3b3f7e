import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  button,
  expectWithinWidth,
  iterationText,
  openApp,
  readIteration,
  readPicture,
} from './support';

/**
 * The loss panel as a user meets it: the loss and gradient norm per iteration, the log-scale
 * switch, dragging across the chart to go back in time, and the accuracy beside it.
 */

const panel = (page: Page) => page.getByRole('region', { name: 'Loss' });
const chart = (page: Page) => panel(page).getByRole('figure', { name: 'Loss per iteration' });
const plot = (page: Page) => panel(page).locator('svg.loss-chart-plot');
const canvas = (page: Page) => panel(page).locator('canvas.loss-chart-canvas');
const logToggle = (page: Page) => panel(page).getByRole('checkbox', { name: 'Log scale' });
const stat = (page: Page, label: string) =>
  panel(page)
    .getByRole('definition')
    .and(panel(page).getByLabel(label, { exact: true }));

async function stepBy(page: Page, count: number): Promise<void> {
  const before = await readIteration(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let k = 0; k < count; k++) await page.keyboard.press('ArrowRight');
  await expect(iterationText(page)).toHaveText(String(before + count), { timeout: 15_000 });
}

/** Pixels of the chart's canvas drawn in some colour (the lines). */
async function paintedPixels(page: Page): Promise<number> {
  return panel(page)
    .locator('canvas.loss-chart-canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let k = 3; k < data.length; k += 4) if (data[k] > 0) painted++;
      return painted;
    });
}

test('after some steps the chart draws the loss and the gradient norm', async ({ page }) => {
  await openApp(page);
  await stepBy(page, 20);
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(500);
  await expect(chart(page)).toHaveAccessibleDescription(
    /The loss J went from 0.693147 at iteration 0 to .* at iteration 20/,
  );
  // The current iteration is marked with a rule and a dot.
  await expect(plot(page).locator('.loss-chart-current line')).toHaveCount(1);
  await expect(plot(page).locator('.loss-chart-loss-dot')).toHaveCount(1);
});

test('dragging across the chart goes back to an earlier iteration', async ({ page }) => {
  await openApp(page);
  await stepBy(page, 40);
  // page.mouse works in viewport coordinates: the chart must be on screen.
  await plot(page).scrollIntoViewIfNeeded();
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('the chart is not laid out');
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  // A quarter of the way along 0–40 is iteration 10.
  await expect.poll(() => readIteration(page)).toBe(10);
  // The run keeps its future, so the chart still spans all 40.
  await expect(chart(page)).toHaveAccessibleDescription(/at iteration 40/);
});

test('a click on the chart shows that iteration', async ({ page }) => {
  await openApp(page);
  await stepBy(page, 20);
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('the chart is not laid out');
  await plot(page).click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect.poll(() => readIteration(page)).toBe(10);
});

test('the log-scale switch changes the loss axis', async ({ page }) => {
  await openApp(page);
  await stepBy(page, 20);
  const title = panel(page).locator('.loss-axis .plot-axis-title');
  await expect(title).toHaveText('loss J');
  await expect(logToggle(page)).not.toBeChecked();
  await logToggle(page).check();
  await expect(title).toHaveText('loss J (log scale)');
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(500);
  await logToggle(page).uncheck();
  await expect(title).toHaveText('loss J');
});

test('the accuracy and the loss of the iteration shown are beside the chart', async ({ page }) => {
  await openApp(page);
  await expect(stat(page, 'Current loss J')).toContainText('0.693147');
  await stepBy(page, 30);
  await expect(stat(page, 'Accuracy')).toHaveText(/^\d{1,3}%\d+ of 100 points classified right$/);
  const percent = Number((await stat(page, 'Accuracy').textContent())?.match(/^\d+/)?.[0]);
  expect(percent).toBeGreaterThan(70);
});

test('a diverged run keeps the chart readable and shows no NaN', async ({ page }) => {
  // With an L2 term λ = 1, η = 100 (the largest η) multiplies the weights by 1 − ηλ = −99 each
  // step: they run away.
  await openApp(page, './#reg=l2&lambda=1');
  const rate = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
  await rate.fill('100');
  await rate.press('Enter');
  await page.getByRole('slider', { name: 'Speed' }).focus();
  await page.getByRole('slider', { name: 'Speed' }).press('End');
  await button(page, 'Play').click();
  await expect(page.getByRole('status', { name: 'Run status' })).toContainText('Diverged', {
    timeout: 30_000,
  });
  await expect(button(page, 'Play')).toBeVisible();
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(200);
  expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
  await panel(page).screenshot({ path: 'test-results/screenshots/loss-curve-diverged.png' });
});

/**
 * The loss panel's picture, after 100 iterations: both lines drawn in their theme's colours (a
 * blank or one-line chart fails), many colours in all, and the panel across the viewport.
 */
async function expectLossPicture(page: Page, path: string): Promise<void> {
  await panel(page).scrollIntoViewIfNeeded();
  const png = await panel(page).screenshot({ path });
  expect(await readPicture(page, png, []).then(({ colours }) => colours)).toBeGreaterThan(8);
  // The lines as drawn (the legend, with a swatch of each colour, is outside the canvas).
  const lines = await readPicture(page, await canvas(page).screenshot(), [
    '--plot-loss',
    '--plot-gradient-norm',
  ]);
  expect(lines.near['--plot-loss'], 'pixels of the loss line').toBeGreaterThan(100);
  expect(lines.near['--plot-gradient-norm'], 'pixels of the gradient norm').toBeGreaterThan(50);
  await expectWithinWidth(page, await panel(page).boundingBox());
  await expectWithinWidth(page, await chart(page).boundingBox());
}

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot: the loss panel after 100 iterations, ${theme} theme`, async ({ page }) => {
    // A hundred steps take 20 s of the default 30 s on a busy machine.
    test.slow();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page);
    if (theme === 'dark') await button(page, 'Dark theme').click();
    await stepBy(page, 100);
    await expectLossPicture(page, `test-results/screenshots/loss-curve-${theme}.png`);
  });
}

test('screenshot: the loss panel on a phone', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await stepBy(page, 100);
  await expectLossPicture(page, 'test-results/screenshots/loss-curve-phone.png');
});
