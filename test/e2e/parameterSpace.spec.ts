import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  button,
  chooseSetting,
  closeSettings,
  expectWithinWidth,
  iterationText,
  openApp,
  openSettings,
  readPicture,
  select,
} from './support';

/**
 * The parameter-space figure as a user meets it: the loss surface over two parameters, the path,
 * the current point and the optimum, and a click on the surface that starts the run from there.
 */

const panel = (page: Page) => page.getByRole('region', { name: 'Parameter space' });
const figure = (page: Page) => panel(page).getByRole('figure');
const frame = (page: Page) => panel(page).locator('.surface-frame');
const plot = (page: Page) => panel(page).locator('svg.surface-plot');
const currentPoint = (page: Page) => plot(page).locator('.surface-current');

/** Steps `count` times with the → key and waits for the counter. */
async function stepBy(page: Page, count: number): Promise<void> {
  const before = Number(await iterationText(page).textContent());
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let k = 0; k < count; k++) await page.keyboard.press('ArrowRight');
  await expect(iterationText(page)).toHaveText(String(before + count), { timeout: 15_000 });
}

/** Waits until the full grid of the slice shown is drawn. */
async function surfaceDrawn(page: Page): Promise<void> {
  await expect(frame(page)).toHaveAttribute('data-surface', 'current', { timeout: 15_000 });
}

/** The parameters table's "current" column, read in the settings drawer. */
async function readCurrentParameters(page: Page): Promise<string[]> {
  await openSettings(page);
  return page
    .getByRole('table', { name: 'Parameters' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[0]?.textContent ?? ''));
}

async function pointPosition(point: Locator): Promise<[number, number]> {
  return [Number(await point.getAttribute('cx')), Number(await point.getAttribute('cy'))];
}

/** Distinct colours and painted pixels of the contour canvas (a blank canvas has none). */
async function canvasPaint(page: Page): Promise<{ painted: number; colours: number }> {
  return panel(page)
    .locator('canvas.surface-canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context) return { painted: 0, colours: 0 };
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<string>();
      let painted = 0;
      // Every 7th pixel is plenty to tell a surface from a blank.
      for (let k = 0; k < data.length; k += 4 * 7) {
        if (data[k + 3] === 0) continue;
        painted++;
        colours.add(`${data[k]},${data[k + 1]},${data[k + 2]}`);
      }
      return { painted, colours: colours.size };
    });
}

test('the parameter-space figure is named after its axes and describes the current point', async ({
  page,
}) => {
  await openApp(page);
  await expect(figure(page)).toHaveAccessibleName('Loss surface over w1 and w2');
  await expect(figure(page)).toHaveAccessibleDescription(/Contours of the loss J over w1/);
  await expect(figure(page)).toHaveAccessibleDescription(/current point at iteration 0/);
  await expect(figure(page)).toHaveAccessibleDescription(/optimum θ\*/);
  await expect(figure(page)).toHaveAttribute('tabindex', '0');
  await expect(panel(page).getByText('w1 (standardized x1)', { exact: true })).toBeVisible();
  await expect(panel(page).getByText('w2 (standardized x2)', { exact: true })).toBeVisible();
});

test('the contours appear: the canvas is painted with many levels', async ({ page }) => {
  await openApp(page);
  await surfaceDrawn(page);
  const paint = await canvasPaint(page);
  expect(paint.painted).toBeGreaterThan(1000);
  expect(paint.colours, 'filled levels and their lines').toBeGreaterThan(8);
});

test('stepping moves the current point along a path on the surface', async ({ page }) => {
  await openApp(page);
  await expect(currentPoint(page)).toHaveCount(1);
  const before = await pointPosition(currentPoint(page));
  await stepBy(page, 3);
  await expect.poll(async () => pointPosition(currentPoint(page))).not.toEqual(before);
  await expect(plot(page).locator('polyline.surface-path')).toHaveCount(1);
  await expect(plot(page).locator('.surface-arrow')).toHaveCount(1);
});

test('clicking on the surface starts the run afresh from the clicked parameters', async ({
  page,
}) => {
  await openApp(page);
  await stepBy(page, 5);
  const before = await readCurrentParameters(page);
  // The drawer may cover part of the surface.
  await closeSettings(page);
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('the plot area is not laid out');
  const click = { x: box.width * 0.2, y: box.height * 0.25 };
  await plot(page).click({ position: click });

  await expect(iterationText(page)).toHaveText('0');
  await expect.poll(() => readCurrentParameters(page)).not.toEqual(before);
  // The current point is drawn where the click was.
  await expect
    .poll(async () => {
      const [cx, cy] = await pointPosition(currentPoint(page));
      return Math.hypot(cx - click.x, cy - click.y);
    })
    .toBeLessThan(1.5);
});

test('dragging across the surface moves the starting point with the pointer', async ({ page }) => {
  await openApp(page);
  // page.mouse works in viewport coordinates: the surface must be on screen.
  await plot(page).scrollIntoViewIfNeeded();
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('the plot area is not laid out');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4, { steps: 8 });
  await page.mouse.up();
  await expect(iterationText(page)).toHaveText('0');
  await expect
    .poll(async () => {
      const [cx, cy] = await pointPosition(currentPoint(page));
      return Math.hypot(cx - box.width * 0.6, cy - box.height * 0.4);
    })
    .toBeLessThan(1.5);
});

test('Shift with an arrow key nudges the starting point', async ({ page }) => {
  await openApp(page);
  const before = await pointPosition(currentPoint(page));
  await figure(page).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(async () => (await pointPosition(currentPoint(page)))[0])
    .toBeGreaterThan(before[0] + 2);
  // It moved the point; it did not step the run.
  await expect(iterationText(page)).toHaveText('0');
});

test('the optimum of two blobs is marked with a star and named in the legend', async ({ page }) => {
  await openApp(page);
  await openSettings(page);
  await expect(select(page, 'Data set')).toHaveValue('twoBlobs');
  await closeSettings(page);
  await expect(plot(page).locator('.surface-optimum')).toHaveCount(1);
  await expect(panel(page).getByText('optimum θ*', { exact: true })).toBeVisible();
});

test('one-feature data shows the surface over the bias and the weight', async ({ page }) => {
  await openApp(page);
  await chooseSetting(page, 'Data set', { label: 'One feature' });
  await expect(figure(page)).toHaveAccessibleName('Loss surface over b and w1');
  await expect(panel(page).getByText('b (intercept)', { exact: true })).toBeVisible();
  await expect(panel(page).getByText(/Slice at/)).toHaveCount(0);
  await stepBy(page, 60);
  await surfaceDrawn(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await panel(page).screenshot({
    path: 'test-results/screenshots/parameter-space-one-feature.png',
  });
});

test('squared error draws its own (non-convex) surface, flat where points are confidently wrong', async ({
  page,
}) => {
  // 160 key presses: with the trace recorded, each takes about 0.2 s on a busy two-core machine.
  test.slow();
  await openApp(page);
  await chooseSetting(page, 'Loss', { label: 'squared error' });
  // The worker finds squared error's minimum (a local one: the surface is not convex) and marks it.
  await expect(figure(page)).toHaveAccessibleDescription(/The optimum θ\* \(a star\)/);
  // Start far out, where σ saturates and the squared error's gradient all but vanishes: a click
  // near the corner, then Shift + arrows push the start (and the view) further.
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('the plot area is not laid out');
  await plot(page).click({ position: { x: box.width * 0.04, y: box.height * 0.96 } });
  await figure(page).focus();
  for (let k = 0; k < 30; k++) {
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowDown');
  }
  await expect(iterationText(page)).toHaveText('0');
  await stepBy(page, 100);
  await surfaceDrawn(page);
  const paint = await canvasPaint(page);
  expect(paint.colours).toBeGreaterThan(8);
  await panel(page).screenshot({
    path: 'test-results/screenshots/parameter-space-squared-error.png',
  });
});

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test(`screenshot: parameter space after 100 iterations, ${theme} theme, ${viewport.name}`, async ({
      page,
    }) => {
      // A hundred steps take most of the default 30 s on a busy machine.
      test.slow();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openApp(page);
      if (theme === 'dark') await button(page, 'Dark theme').click();
      await stepBy(page, 100);
      await surfaceDrawn(page);
      await panel(page).scrollIntoViewIfNeeded();
      await panel(page).screenshot({
        path: `test-results/screenshots/parameter-space-${theme}-${viewport.name}.png`,
      });
      // The plot itself (not the legend, which has a swatch of each colour): the shaded surface
      // (many colours) and the optimizer's path over it, a line of some length in its colour; the
      // panel and its figure across the viewport.
      const plot = await readPicture(page, await frame(page).screenshot(), ['--plot-path']);
      expect(plot.colours, 'distinct colours in the plot').toBeGreaterThan(20);
      expect(plot.near['--plot-path'], 'pixels of the path').toBeGreaterThan(100);
      await expectWithinWidth(page, await panel(page).boundingBox());
      await expectWithinWidth(page, await figure(page).boundingBox());
      // The numbers in the settings drawer too (the parameters table).
      await openSettings(page);
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
    });
  }
}

test('with polynomial features the two axes can be chosen by name', async ({ page }) => {
  // A shared link (src/state/link.ts) opens circles with degree-2 features: six parameters.
  await page.goto('./#data=circles&degree=2');
  await expect(button(page, 'Play')).toBeEnabled();
  const horizontal = select(page, 'Horizontal axis');
  const vertical = select(page, 'Vertical axis');
  await expect(horizontal).toHaveValue('1');
  await expect(vertical).toHaveValue('2');
  await expect(horizontal.locator('option')).toHaveText([
    'b (intercept)',
    'w1 (x1)',
    'w2 (x2)',
    'w3 (x1²)',
    'w4 (x1·x2)',
    'w5 (x2²)',
  ]);
  await horizontal.selectOption({ label: 'w3 (x1²)' });
  await vertical.selectOption({ label: 'w5 (x2²)' });
  await expect(figure(page)).toHaveAccessibleName('Loss surface over w3 and w5');
  await expect(panel(page).getByText('w3 (standardized x1²)', { exact: true })).toBeVisible();
  // Choosing the other axis's parameter swaps the two.
  await horizontal.selectOption({ label: 'w5 (x2²)' });
  await expect(vertical).toHaveValue('3');
  await surfaceDrawn(page);
});
