import type { Page } from '@playwright/test';
import { parseFormatted } from '../support/parseFormatted';
import { expect, test } from './fixtures';
import { button, iterationText, openSettings, readIteration, select } from './support';

/**
 * The training runtime as a user meets it: the transport buttons, the timeline, the numbers, the
 * parameters table, the status and the live settings, found by their roles and labels.
 */

const timeline = (page: Page) => page.getByRole('slider', { name: 'Iteration' });
const speedSlider = (page: Page) => page.getByRole('slider', { name: 'Speed' });
const parametersTable = (page: Page) => page.getByRole('table', { name: 'Parameters' });
const status = (page: Page) => page.getByRole('status', { name: 'Run status' });
const learningRate = (page: Page) =>
  page.getByRole('spinbutton', { name: 'Learning rate', exact: true });

/** Each parameter row as the user reads it: name, current value, optimum. */
async function readParameters(page: Page): Promise<string[][]> {
  const rows = parametersTable(page).locator('tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
  );
}

/** The "current" column alone. */
async function readCurrent(page: Page): Promise<string[]> {
  return (await readParameters(page)).map((row) => row[1]);
}

/** Opens the page with the settings drawer open: the parameters table is read there. */
async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  await openSettings(page);
}

/** Clicks Step and waits until the counter shows the next iteration. */
async function stepOnce(page: Page): Promise<number> {
  const before = await readIteration(page);
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText(String(before + 1));
  return before + 1;
}

/** Presses Pause and waits for the worker to confirm it (the button flips back to Play). */
async function pause(page: Page): Promise<number> {
  await button(page, 'Pause').click();
  await expect(button(page, 'Play')).toBeVisible();
  return readIteration(page);
}

async function setLearningRate(page: Page, value: string): Promise<void> {
  const field = learningRate(page);
  await field.fill(value);
  await field.press('Enter');
}

async function setFullSpeed(page: Page): Promise<void> {
  await speedSlider(page).focus();
  await speedSlider(page).press('End');
  await expect(page.getByText('as fast as possible')).toBeVisible();
}

test('Play raises the iteration counter and Pause stops it', async ({ page }) => {
  await openApp(page);
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeVisible();
  await expect.poll(() => readIteration(page)).toBeGreaterThan(3);
  const paused = await pause(page);
  await page.waitForTimeout(500);
  expect(await readIteration(page)).toBe(paused);
});

test('Step adds exactly one iteration and Step back restores that iteration’s parameters', async ({
  page,
}) => {
  await openApp(page);
  await expect(button(page, 'Step back')).toBeDisabled();
  await stepOnce(page);
  await stepOnce(page);
  const atTwo = await readCurrent(page);
  await stepOnce(page);
  expect(await readCurrent(page)).not.toEqual(atTwo);

  await button(page, 'Step back').click();
  await expect(iterationText(page)).toHaveText('2');
  expect(await readCurrent(page)).toEqual(atTwo);
});

test('scrubbing the timeline shows an earlier iteration, and a step from there discards the future', async ({
  page,
}) => {
  await openApp(page);
  const seen: string[][] = [await readCurrent(page)];
  for (let k = 1; k <= 4; k++) {
    await stepOnce(page);
    seen.push(await readCurrent(page));
  }
  await button(page, 'Play').click();
  await expect.poll(() => readIteration(page)).toBeGreaterThan(15);
  const last = await pause(page);
  await expect(timeline(page)).toHaveAttribute('max', String(last));

  await timeline(page).fill('2');
  await expect(iterationText(page)).toHaveText('2');
  await expect(timeline(page)).toHaveValue('2');
  expect(await readCurrent(page)).toEqual(seen[2]);
  // The future is still there to scrub forward to.
  await expect(timeline(page)).toHaveAttribute('max', String(last));

  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('3');
  await expect(timeline(page)).toHaveAttribute('max', '3');
  expect(await readCurrent(page)).toEqual(seen[3]);
});

test('Reset goes back to iteration 0 with every parameter 0', async ({ page }) => {
  await openApp(page);
  await stepOnce(page);
  await stepOnce(page);
  expect(await readCurrent(page)).not.toEqual(['0', '0', '0']);
  await button(page, 'Reset').click();
  await expect(iterationText(page)).toHaveText('0');
  expect(await readCurrent(page)).toEqual(['0', '0', '0']);
  await expect(timeline(page)).toHaveAttribute('max', '0');
});

test('two blobs at full speed converge, and the current parameters agree with the optimum', async ({
  page,
}) => {
  await openApp(page);
  await expect(select(page, 'Data set')).toHaveValue('twoBlobs');
  await setFullSpeed(page);
  await button(page, 'Play').click();
  await expect(status(page)).toContainText('Converged', { timeout: 30_000 });
  await expect(button(page, 'Play')).toBeVisible();

  const rows = await readParameters(page);
  expect(rows.map((row) => row[0])).toEqual(['intercept', 'x1', 'x2']);
  for (const [name, current, optimum] of rows) {
    const [c, o] = [parseFormatted(current), parseFormatted(optimum)];
    expect(Number.isFinite(o), `${name}'s optimum ${optimum}`).toBe(true);
    // Four significant digits.
    expect(Math.abs(c - o), `${name}: ${current} vs ${optimum}`).toBeLessThan(5e-4 * Math.abs(o));
  }
});

test('a learning rate of 100 with L2 diverges, the message names η and 2/L0, and no NaN is shown', async ({
  page,
}) => {
  // η stops at 100 (state/limits.ts), where the default data oscillate but stay bounded; with an
  // L2 term λ = 1 each step multiplies the weights by 1 − ηλ = −99: they run away.
  await openApp(page, './#reg=l2&lambda=1');
  await setLearningRate(page, '100');
  await expect(learningRate(page)).toHaveValue('100');
  await setFullSpeed(page);
  await button(page, 'Play').click();
  await expect(status(page)).toContainText('Diverged', { timeout: 30_000 });
  await expect(status(page)).toContainText('η = 100');
  await expect(status(page)).toContainText('2/L0');
  await expect(button(page, 'Play')).toBeVisible();

  // The parameters table's numbers included: the settings drawer is open (openApp).
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity/);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('region', { name: 'Training' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/training-diverged.png', fullPage: true });
});

test('changing the learning rate while playing keeps the run going from where it was', async ({
  page,
}) => {
  await openApp(page);
  await button(page, 'Play').click();
  await expect.poll(() => readIteration(page)).toBeGreaterThan(5);
  const before = await readIteration(page);
  await setLearningRate(page, '0.5');
  await expect(learningRate(page)).toHaveValue('0.5');
  expect(await readIteration(page)).toBeGreaterThanOrEqual(before);
  await expect(button(page, 'Pause')).toBeVisible();
  await expect.poll(() => readIteration(page)).toBeGreaterThan(before + 5);
  await pause(page);
});

test('an invalid learning rate shows an error beside the field and changes nothing', async ({
  page,
}) => {
  await openApp(page);
  const field = learningRate(page);
  // A cleared field holds no number (a number out of range is clamped instead: limits.spec.ts).
  await setLearningRate(page, '');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a number from 0.0001 to 100.')).toBeVisible();
  // The run still uses the old η: a step lowers the loss as it did.
  await stepOnce(page);
  await setLearningRate(page, '2');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText('Enter a number from 0.0001 to 100.')).toHaveCount(0);
});

test('Newton’s method with squared error is refused with a notice, and the optimizer stays', async ({
  page,
}) => {
  await openApp(page);
  await select(page, 'Loss').selectOption({ label: 'squared error' });
  // The worker sends the new analysis: squared error's optimum is a local minimum.
  await expect(parametersTable(page)).toContainText('local minimum');
  await select(page, 'Optimizer').selectOption({ label: 'Newton’s method' });
  await expect(status(page)).toContainText('Not applied');
  await expect(status(page)).toContainText('Newton');
  await expect(select(page, 'Optimizer')).toHaveValue('gradientDescent');
  await button(page, 'Dismiss').click();
  await expect(status(page)).not.toContainText('Not applied');

  // With the cross-entropy, Newton's method runs, and converges in a handful of steps.
  await select(page, 'Loss').selectOption({ label: 'cross-entropy' });
  await select(page, 'Optimizer').selectOption({ label: 'Newton’s method' });
  await expect(select(page, 'Optimizer')).toHaveValue('newton');
  await button(page, 'Play').click();
  await expect(status(page)).toContainText('Converged', { timeout: 10_000 });
  expect(await readIteration(page)).toBeLessThan(15);
});

test('another data set or size starts a new run, separable data say there is no optimum', async ({
  page,
}) => {
  await openApp(page);
  await stepOnce(page);
  await select(page, 'Data set').selectOption({ label: 'Separable' });
  await expect(iterationText(page)).toHaveText('0');
  await expect(parametersTable(page)).toContainText('none: the classes are separable');
  await expect(status(page)).toContainText('separable');

  // XOR and circles need degree-2 features to be learnable; at degree 1 they still run.
  for (const label of ['XOR', 'Circles', 'One feature']) {
    await select(page, 'Data set').selectOption({ label });
    await expect(iterationText(page)).toHaveText('0');
    await stepOnce(page);
  }
  await expect(parametersTable(page).locator('tbody tr')).toHaveCount(2);

  await select(page, 'Points').selectOption('1000');
  await expect(iterationText(page)).toHaveText('0');
  await stepOnce(page);
});

test('Space, →, ← and R drive the run when the page itself has focus', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  await expect(iterationText(page)).toHaveText('1');
  await page.keyboard.press('ArrowRight');
  await expect(iterationText(page)).toHaveText('2');
  await page.keyboard.press('ArrowLeft');
  await expect(iterationText(page)).toHaveText('1');

  await page.keyboard.press(' ');
  await expect(button(page, 'Pause')).toBeVisible();
  await expect.poll(() => readIteration(page)).toBeGreaterThan(3);
  await page.keyboard.press(' ');
  await expect(button(page, 'Play')).toBeVisible();

  await page.keyboard.press('r');
  await expect(iterationText(page)).toHaveText('0');
});

test('focused controls keep their own keys: a slider’s arrows, a button’s Space, a field’s typing', async ({
  page,
}) => {
  await openApp(page);
  for (let k = 0; k < 3; k++) await stepOnce(page);

  // ← on the focused timeline moves it by one (a second, global step back would make it two).
  await timeline(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(iterationText(page)).toHaveText('2');
  await page.waitForTimeout(200);
  await expect(iterationText(page)).toHaveText('2');

  // Space on the focused Play button presses it once: it plays (twice would play and pause).
  await button(page, 'Play').focus();
  await page.keyboard.press(' ');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(button(page, 'Pause')).toBeVisible();
  await pause(page);

  // Typing "r" into a field is typing, not a reset.
  const iteration = await readIteration(page);
  const field = learningRate(page);
  await field.focus();
  await page.keyboard.press('r');
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(200);
  expect(await readIteration(page)).toBe(iteration);
});

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const viewport of VIEWPORTS) {
  test(`the training strip fits a ${viewport.name} without sideways scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openApp(page);
    await button(page, 'Play').click();
    await expect.poll(() => readIteration(page)).toBeGreaterThan(10);
    await pause(page);

    // With the settings open (openApp): a drawer on a laptop, the page's last section on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    for (const name of ['Play', 'Step back', 'Step', 'Reset']) {
      await expect(button(page, name)).toBeVisible();
    }

    await page.screenshot({
      path: `test-results/screenshots/training-${viewport.name}.png`,
      fullPage: true,
    });
  });
}
