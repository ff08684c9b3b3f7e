import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText, openSettings, select, stepTimes } from './support';

/**
 * Drawing the data by hand in the data-space panel: clicks add points of the chosen class, a drag
 * moves one, Shift-click, Delete and a long press remove one, Clear empties the plot, Undo and Redo
 * (buttons and keys) walk back and forth, the run follows from the parameters shown, and the
 * drawn points survive a reload.
 */

const UNTRAINABLE = 'Add at least one point of each class to train.';
const OUT = process.env.E2E_OUTPUT ?? 'test-results/playwright';

const region = (page: Page) => page.getByRole('region', { name: 'Data space' });
const tool = (page: Page, name: string) => region(page).getByRole('button', { name, exact: true });
const plot = (page: Page) =>
  page.getByRole('application', { name: 'Data points; arrow keys move between points' });
const figure = (page: Page) => region(page).getByRole('figure');
const count = (page: Page) => region(page).getByRole('status', { name: 'Point count' });
const points = (page: Page) => plot(page).locator('.data-point');
const boundary = (page: Page) => plot(page).locator('path.data-boundary');
/** In the settings drawer, which openApp opens (it does not cover the data figure). */
const dataSet = (page: Page) => select(page, 'Data set');
const parameters = (page: Page) => page.getByRole('table', { name: 'Parameters' });

async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  // The data set and the parameters table are read in the settings drawer.
  await openSettings(page);
  await plot(page).scrollIntoViewIfNeeded();
}

/** The page position of a point of the plotting area given as shares of its width and height. */
async function inPlot(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  // The mouse does not scroll, and the Step button scrolls the plot away on a small screen.
  await plot(page).scrollIntoViewIfNeeded();
  const area = await plot(page).locator('.data-grid-frame').boundingBox();
  if (!area) throw new Error('no plotting area');
  return { x: area.x + fx * area.width, y: area.y + fy * area.height };
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point's tooltip's lines from its title to its label y: the features' names and values. */
function featureValues(tooltip: string): string[] {
  const lines = tooltip.split('\n').map((line) => line.trim());
  return lines.slice(1, lines.indexOf('y'));
}

/** "102 points: 51 of class 1, 51 of class 0." as numbers. */
async function counts(page: Page): Promise<{ n: number; ones: number; zeros: number }> {
  const text = await count(page).innerText();
  const match = /^([\d,]+) points?: ([\d,]+) of class 1, ([\d,]+) of class 0\./.exec(text);
  if (!match) throw new Error(`unexpected count: ${text}`);
  const [n, ones, zeros] = match.slice(1).map((s) => Number(s.replace(/,/g, '')));
  return { n, ones, zeros };
}

const expectCounts = (page: Page, n: number, ones: number) =>
  expect(count(page)).toHaveText(
    new RegExp(`^${n} points?: ${ones} of class 1, ${n - ones} of class 0\\.`),
  );

/** The numbers in an SVG path, to compare two drawings of a line within some pixels. */
const pathNumbers = (d: string | null) => (d ?? '').match(/-?[\d.]+(e-?\d+)?/g)?.map(Number) ?? [];

test('clicks add points of the chosen class; the count, the description and the optimum follow', async ({
  page,
}) => {
  await openApp(page);
  await expect(region(page).getByRole('radio', { name: 'class 1' })).toBeChecked();
  const before = await counts(page);
  expect(before.n).toBe(100);
  const optimumBefore = await parameters(page)
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .nth(1)
    .innerText();

  // The top-left corner of the plot is away from the two blobs.
  const a = await inPlot(page, 0.06, 0.06);
  await page.mouse.click(a.x, a.y);
  await expectCounts(page, 101, before.ones + 1);
  await region(page).getByRole('radio', { name: 'class 0' }).check();
  const b = await inPlot(page, 0.94, 0.94);
  await page.mouse.click(b.x, b.y);
  await expectCounts(page, 102, before.ones + 1);
  await expect(points(page)).toHaveCount(102);

  // The edit is the user's own data now, and a new run on it.
  await expect(dataSet(page)).toHaveValue('points');
  await expect(dataSet(page).locator('option:checked')).toHaveText('Imported: Two blobs (edited)');
  await expect(iterationText(page)).toHaveText('0');
  await stepTimes(page, 1);
  await expect(figure(page)).toHaveAccessibleDescription(/of 102 points misclassified/);
  await expect
    .poll(() => parameters(page).getByRole('row').nth(1).getByRole('cell').nth(1).innerText())
    .not.toBe(optimumBefore);
  await region(page).screenshot({ path: `${OUT}/editing-added.png` });
});

test('a drag moves a point as one edit, and the run goes on from the boundary shown', async ({
  page,
}) => {
  await openApp(page);
  await stepTimes(page, 20);
  const lineBefore = pathNumbers(await boundary(page).getAttribute('d'));
  expect(lineBefore.length).toBeGreaterThan(4);

  const k = 3;
  const from = await centre(points(page).nth(k));
  const to = await inPlot(page, 0.5, 0.5);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let s = 1; s <= 8; s++) {
    await page.mouse.move(from.x + ((to.x - from.x) * s) / 8, from.y + ((to.y - from.y) * s) / 8);
  }
  // While dragging, the point follows the pointer and its numbers are shown.
  await expect(region(page).getByRole('tooltip')).toBeVisible();
  await page.screenshot({ path: `${OUT}/editing-drag.png` });
  await page.mouse.up();

  const moved = await centre(points(page).nth(k));
  expect(Math.abs(moved.x - to.x)).toBeLessThan(3);
  expect(Math.abs(moved.y - to.y)).toBeLessThan(3);
  await expectCounts(page, 100, (await counts(page)).ones);
  // A new run at iteration 0, starting from the parameters that were shown: the same boundary.
  await expect(iterationText(page)).toHaveText('0');
  await expect(boundary(page)).toHaveCount(1);
  const lineAfter = pathNumbers(await boundary(page).getAttribute('d'));
  expect(lineAfter.length).toBe(lineBefore.length);
  const gap = Math.max(...lineAfter.map((v, i) => Math.abs(v - lineBefore[i])));
  expect(gap).toBeLessThan(0.5);
  await expect(page.getByRole('combobox', { name: 'Initial weights' })).toHaveValue('point');

  // One Undo takes the whole drag back, to the preset itself.
  await tool(page, 'Undo').click();
  const back = await centre(points(page).nth(k));
  expect(Math.abs(back.x - from.x)).toBeLessThan(1.5);
  expect(Math.abs(back.y - from.y)).toBeLessThan(1.5);
  await expect(dataSet(page)).toHaveValue('twoBlobs');
  await expect(tool(page, 'Undo')).toBeDisabled();
  await tool(page, 'Redo').click();
  await expect(dataSet(page)).toHaveValue('points');
});

test('an edit while playing keeps the run playing', async ({ page }) => {
  await openApp(page);
  await button(page, 'Play').click();
  await expect.poll(async () => Number(await iterationText(page).textContent())).toBeGreaterThan(5);
  const a = await inPlot(page, 0.06, 0.06);
  await page.mouse.click(a.x, a.y);
  await expectCounts(page, 101, (await counts(page)).ones);
  await expect(button(page, 'Pause')).toBeVisible();
  await expect.poll(async () => Number(await iterationText(page).textContent())).toBeGreaterThan(5);
  await button(page, 'Pause').click();
});

test('Shift-click and Delete remove points; Clear empties the plot and says what training needs', async ({
  page,
}) => {
  await openApp(page);

  const target = await centre(points(page).nth(10));
  await page.keyboard.down('Shift');
  await page.mouse.click(target.x, target.y);
  await page.keyboard.up('Shift');
  await expect(count(page)).toHaveText(/^99 points/);

  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(region(page).getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(count(page)).toHaveText(/^98 points/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Backspace');
  await expect(count(page)).toHaveText(/^97 points/);

  const beforeClear = await count(page).innerText();
  await tool(page, 'Clear').click();
  await expect(count(page)).toHaveText(`0 points: 0 of class 1, 0 of class 0. ${UNTRAINABLE}`);
  await expect(figure(page)).toHaveAccessibleDescription(UNTRAINABLE);
  await expect(points(page)).toHaveCount(0);
  // The axes stay, so points can be drawn where the data were.
  await expect(plot(page).locator('.data-tick-label').first()).toBeVisible();
  await expect(tool(page, 'Clear')).toBeDisabled();

  // One class is not enough; the second class makes it trainable and starts a run on two points.
  const a = await inPlot(page, 0.3, 0.3);
  await page.mouse.click(a.x, a.y);
  await expect(count(page)).toContainText(UNTRAINABLE);
  await page.screenshot({ path: `${OUT}/editing-one-class.png` });
  await region(page).getByRole('radio', { name: 'class 0' }).check();
  const b = await inPlot(page, 0.7, 0.7);
  await page.mouse.click(b.x, b.y);
  await expectCounts(page, 2, 1);
  await expect(count(page)).not.toContainText(UNTRAINABLE);
  await expect(iterationText(page)).toHaveText('0');
  await stepTimes(page, 3);
  await expect(figure(page)).toHaveAccessibleDescription(/of 2 points misclassified/);
  await expect(boundary(page)).toHaveCount(1);
  await region(page).screenshot({ path: `${OUT}/editing-two-points.png` });

  // Ctrl+Z and the buttons walk back: to one point, to none, to the 97 before Clear.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+z');
  await expectCounts(page, 1, 1);
  await page.keyboard.press('Control+z');
  await expect(count(page)).toHaveText(/^0 points/);
  await tool(page, 'Undo').click();
  await expect(count(page)).toHaveText(beforeClear);
  await expect(count(page)).not.toContainText(UNTRAINABLE);
  // Redo, by key and by button.
  await page.keyboard.press('Control+Shift+Z');
  await expect(count(page)).toHaveText(/^0 points/);
  await page.keyboard.press('Control+y');
  await expectCounts(page, 1, 1);
  await tool(page, 'Redo').click();
  await expectCounts(page, 2, 1);
  await expect(tool(page, 'Redo')).toBeDisabled();
});

test('drawn points survive a reload; Ctrl+Z in a text field is left to the field', async ({
  page,
}) => {
  await openApp(page);
  const a = await inPlot(page, 0.06, 0.06);
  await page.mouse.click(a.x, a.y);
  await region(page).getByRole('radio', { name: 'class 0' }).check();
  const b = await inPlot(page, 0.94, 0.94);
  await page.mouse.click(b.x, b.y);
  await expect(count(page)).toHaveText(/^102 points/);
  const text = await count(page).innerText();
  // Saving is debounced a little.
  await page.waitForTimeout(1000);

  await page.reload();
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(count(page)).toHaveText(text);
  await expect(dataSet(page).locator('option:checked')).toHaveText('Imported: Two blobs (edited)');

  // In a text field Ctrl+Z undoes the typing, not the drawing.
  const field = page.getByRole('spinbutton', { name: 'Learning rate' });
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(count(page)).toHaveText(text);
});

test('one-feature data: a click adds a point at that x with the chosen class', async ({ page }) => {
  await openApp(page);
  await dataSet(page).selectOption({ label: 'One feature' });
  await expect(
    region(page).getByRole('figure', { name: 'Points and the fitted sigmoid curve' }),
  ).toBeVisible();
  const before = await counts(page);
  await region(page).getByRole('radio', { name: 'class 0' }).check();
  const a = await inPlot(page, 0.5, 0.5);
  await page.mouse.click(a.x, a.y);
  await expectCounts(page, before.n + 1, before.ones);
  await stepTimes(page, 2);
  await expect(figure(page)).toHaveAccessibleDescription(
    new RegExp(`of ${before.n + 1} points misclassified`),
  );
  // Undo goes back to the preset (the data set before it is in the history too).
  await tool(page, 'Undo').click();
  await expect(dataSet(page)).toHaveValue('oneFeature');
});

test('10,000 points on a canvas can still be drawn on', async ({ page }) => {
  await openApp(page);
  await select(page, 'Points').selectOption('10000');
  await expect(count(page)).toHaveText(/^10000 points/);
  await expect(points(page)).toHaveCount(0);
  await plot(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  await expect(count(page)).toHaveText(/^9999 points/);
  const a = await inPlot(page, 0.02, 0.02);
  await page.mouse.click(a.x, a.y);
  await expect(count(page)).toHaveText(/^10000 points/);

  // The point just added (the last one) can be dragged on the canvas too: one edit, same count.
  const to = await inPlot(page, 0.1, 0.5);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  const started = Date.now();
  for (let s = 1; s <= 10; s++) {
    await page.mouse.move(a.x + ((to.x - a.x) * s) / 10, a.y + ((to.y - a.y) * s) / 10);
  }
  const tooltip = region(page).getByRole('tooltip');
  await expect(tooltip).toContainText('Point 10000 of 10000');
  console.log(`10 drag moves over 10,000 points: ${Date.now() - started} ms`);
  // On this many points only the dragged mark moves (with its new numbers, its z and p to come);
  // the drop then redraws the data and the model with the point where the mark was.
  const during = featureValues(await tooltip.innerText());
  await expect(tooltip).not.toContainText(/\bp\b/);
  await region(page).screenshot({ path: `${OUT}/editing-drag-10000.png` });
  await page.mouse.up();
  await expect(count(page)).toHaveText(/^10000 points/);
  await expect(tooltip).toContainText(/\bp\b/);
  expect(featureValues(await tooltip.innerText())).toEqual(during);
  await tool(page, 'Undo').click();
  // Undo takes the drag back, not the addition.
  await expect(count(page)).toHaveText(/^10000 points/);
  await tool(page, 'Undo').click();
  await expect(count(page)).toHaveText(/^9999 points/);
  await tool(page, 'Redo').click();
  await tool(page, 'Redo').click();
  await stepTimes(page, 1);
  await expect(figure(page)).toHaveAccessibleDescription(/of 10,?000 points misclassified/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a long press removes a point, a tap on empty space adds one', async ({ page }) => {
    await openApp(page);
    const target = await centre(points(page).nth(4));
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchEnd') =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: target.x, y: target.y }],
      });
    await touch('touchStart');
    await page.waitForTimeout(700);
    await touch('touchEnd');
    await expect(count(page)).toHaveText(/^99 points/);

    // A short tap on a point only shows its numbers.
    const other = await centre(points(page).nth(20));
    await page.touchscreen.tap(other.x, other.y);
    await expect(region(page).getByRole('tooltip')).toBeVisible();
    await expect(count(page)).toHaveText(/^99 points/);

    const a = await inPlot(page, 0.05, 0.05);
    await page.touchscreen.tap(a.x, a.y);
    await expect(count(page)).toHaveText(/^100 points/);
    await page.screenshot({ path: `${OUT}/editing-phone.png`, fullPage: false });
  });
});

test('a drawing that cannot be trained yet survives a reload', async ({ page }) => {
  await openApp(page);
  await tool(page, 'Clear').click();
  const a = await inPlot(page, 0.3, 0.3);
  await page.mouse.click(a.x, a.y);
  await expect(count(page)).toHaveText(`1 point: 1 of class 1, 0 of class 0. ${UNTRAINABLE}`);
  await page.reload();
  await expect(count(page)).toHaveText(`1 point: 1 of class 1, 0 of class 0. ${UNTRAINABLE}`);
  // Finishing it trains, and a reload then opens the trained points (no draft left over).
  await region(page).getByRole('radio', { name: 'class 0' }).check();
  const b = await inPlot(page, 0.7, 0.7);
  await page.mouse.click(b.x, b.y);
  await expectCounts(page, 2, 1);
  await page.reload();
  await expectCounts(page, 2, 1);
  await expect(count(page)).not.toContainText(UNTRAINABLE);
});
