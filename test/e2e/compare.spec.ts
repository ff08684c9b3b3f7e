import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, closeSettings, iterationText, openApp, openSettings } from './support';

/**
 * Compare runs as a user meets it: choose what run B changes, step and play both with one
 * transport, see both losses on one chart and both paths on the surface (two surfaces when the
 * losses differ), and read how many iterations each needed to converge.
 */

const compareGroup = (page: Page) => page.getByRole('group', { name: 'Compare runs' });
const compareWith = (page: Page) =>
  compareGroup(page).getByRole('combobox', { name: 'Compare with', exact: true });
const results = (page: Page) => page.getByRole('table', { name: 'Iterations to converge' });
const resultCell = (page: Page, run: 'A' | 'B') =>
  results(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${run}:`) }) })
    .getByRole('cell');
const lossPanel = (page: Page) => page.getByRole('region', { name: 'Loss' });
const lossChart = (page: Page) =>
  lossPanel(page).getByRole('figure', { name: 'Loss per iteration of runs A and B' });
const surfacePanel = (page: Page) => page.getByRole('region', { name: 'Parameter space' });
const speed = (page: Page) => page.getByRole('slider', { name: 'Speed' });

/** Chooses run B in the settings drawer, which stays open (it covers the mathematics' column). */
async function choose(page: Page, option: string): Promise<void> {
  await openSettings(page);
  await compareWith(page).selectOption({ label: option });
  await expect(results(page)).toBeVisible();
}

/** Steps both runs with the → key and waits until run A's counter and run B's chart line show it. */
async function stepBy(page: Page, count: number): Promise<void> {
  const before = Number(await iterationText(page).textContent());
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let k = 0; k < count; k++) await page.keyboard.press('ArrowRight');
  const after = before + count;
  await expect(iterationText(page)).toHaveText(String(after), { timeout: 15_000 });
  await expect(lossChart(page)).toHaveAccessibleDescription(
    new RegExp(`Run B .* at iteration ${after}\\.`),
  );
}

/** Plays flat out until `done` says so, then pauses (a run that never converges plays on). */
async function playUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  await speed(page).focus();
  await page.keyboard.press('End');
  await expect(speed(page)).toHaveAttribute('aria-valuetext', 'as fast as possible');
  await button(page, 'Play').click();
  await expect.poll(done, { timeout: 60_000 }).toBe(true);
  const pause = button(page, 'Pause');
  if (await pause.isVisible()) await pause.click();
}

const iterationsOf = async (cell: Locator): Promise<number> =>
  Number((await cell.textContent())?.replace(/[^0-9]/g, '') || NaN);
const isCount = async (cell: Locator) => /^[0-9,]+$/.test((await cell.textContent()) ?? '');

test('gradient descent against Newton: one surface, two paths, Newton far sooner', async ({
  page,
}) => {
  await openApp(page);
  await choose(page, 'gradient descent vs Newton');
  const legend = compareGroup(page).getByRole('list', { name: 'Runs compared' });
  await expect(legend.getByRole('listitem')).toHaveText([
    'Run A: gradient descent',
    'Run B: Newton’s method',
  ]);
  await stepBy(page, 3);
  // One surface (the same loss) with run B's path drawn over run A's.
  const figure = surfacePanel(page).getByRole('figure', {
    name: 'Loss surface over w1 and w2, runs A and B',
  });
  await expect(figure).toHaveAccessibleDescription(/Run B \(Newton’s method\).* iteration 3:/);
  await expect(figure.locator('svg.surface-plot polyline.surface-path-b')).toHaveCount(1);
  await expect(figure.locator('svg.surface-plot .surface-current-b')).toHaveCount(1);

  await playUntil(
    page,
    async () => (await isCount(resultCell(page, 'A'))) && (await isCount(resultCell(page, 'B'))),
  );
  const a = await iterationsOf(resultCell(page, 'A'));
  const b = await iterationsOf(resultCell(page, 'B'));
  expect(b).toBeLessThan(20);
  expect(a).toBeGreaterThan(10 * b);
  await expect(lossChart(page)).toHaveAccessibleDescription(
    /Run A \(gradient descent\).*Run B \(Newton’s method\)/,
  );
});

test('cross-entropy against squared error: two surfaces, one per loss', async ({ page }) => {
  await openApp(page);
  await choose(page, 'cross-entropy vs squared error');
  await stepBy(page, 4);
  const surfaceA = surfacePanel(page).getByRole('figure', {
    name: 'Loss surface over w1 and w2, run A (cross-entropy)',
  });
  const surfaceB = surfacePanel(page).getByRole('figure', {
    name: 'Loss surface over w1 and w2, run B (squared error)',
  });
  await expect(surfaceA).toHaveAccessibleDescription(/current point at iteration 4/);
  await expect(surfaceB).toHaveAccessibleDescription(/current point at iteration 4/);
  // Each surface computed on its own: both grids drawn.
  for (const surface of [surfaceA, surfaceB]) {
    await expect(surface.locator('.surface-frame')).toHaveAttribute('data-surface', 'current', {
      timeout: 15_000,
    });
  }
  await page.screenshot({
    path: test.info().outputPath('compare-two-surfaces.png'),
    fullPage: true,
  });

  await playUntil(page, () => isCount(resultCell(page, 'A')));
  const a = await iterationsOf(resultCell(page, 'A'));
  // Squared error's gradient carries p(1 − p) ≤ 1/4: it is still going, or took longer.
  const bText = (await resultCell(page, 'B').textContent()) ?? '';
  if (/^[0-9,]+$/.test(bText)) expect(await iterationsOf(resultCell(page, 'B'))).toBeGreaterThan(a);
  else expect(bText).toMatch(/not yet/);
});

test('η against 4η: one transport, and the larger step converges sooner', async ({ page }) => {
  await openApp(page);
  await choose(page, 'another learning rate η');
  await expect(compareGroup(page).getByLabel('Run B’s learning rate η')).toHaveValue('4');
  await stepBy(page, 5);
  // Back and Reset drive both runs too.
  await page.keyboard.press('ArrowLeft');
  await expect(iterationText(page)).toHaveText('4');
  // The chart describes the whole recorded run; the surface says where run B is now.
  const surface = surfacePanel(page).getByRole('figure', {
    name: 'Loss surface over w1 and w2, runs A and B',
  });
  await expect(surface).toHaveAccessibleDescription(/Run B \(η = 4\).* at iteration 4:/);
  await page.keyboard.press('r');
  await expect(iterationText(page)).toHaveText('0');
  await expect(lossChart(page)).toHaveAccessibleDescription(
    /Run B .*No iterations|Run B .* at iteration 0\./,
  );
  await playUntil(
    page,
    async () => (await isCount(resultCell(page, 'A'))) && (await isCount(resultCell(page, 'B'))),
  );
  expect(await iterationsOf(resultCell(page, 'B'))).toBeLessThan(
    await iterationsOf(resultCell(page, 'A')),
  );
  await page.screenshot({ path: test.info().outputPath('compare-eta.png'), fullPage: true });
});

test('full batch against mini-batches: the noisy run does not reach the tolerance', async ({
  page,
}) => {
  await openApp(page);
  await choose(page, 'full batch vs mini-batch');
  await expect(compareGroup(page).getByRole('listitem')).toHaveText([
    'Run A: full batch',
    'Run B: mini-batch of 10',
  ]);
  await stepBy(page, 2);
  await playUntil(page, () => isCount(resultCell(page, 'A')));
  await expect(resultCell(page, 'B')).toHaveText(/not yet/);
});

test('momentum against plain gradient descent: both converge, in different counts', async ({
  page,
}) => {
  await openApp(page);
  await choose(page, 'momentum vs plain');
  await stepBy(page, 2);
  await playUntil(
    page,
    async () => (await isCount(resultCell(page, 'A'))) && (await isCount(resultCell(page, 'B'))),
  );
  expect(await iterationsOf(resultCell(page, 'A'))).not.toBe(
    await iterationsOf(resultCell(page, 'B')),
  );
});

test('turning comparison off leaves one run and one surface', async ({ page }) => {
  await openApp(page);
  await choose(page, 'gradient descent vs Newton');
  await stepBy(page, 2);
  await compareWith(page).selectOption({ label: 'nothing (one run)' });
  await expect(results(page)).toHaveCount(0);
  await expect(lossPanel(page).getByRole('figure', { name: 'Loss per iteration' })).toBeVisible();
  await expect(surfacePanel(page).getByRole('figure')).toHaveCount(1);
});

test('a click on the surface starts both runs from there', async ({ page }) => {
  await openApp(page);
  await choose(page, 'momentum vs plain');
  await stepBy(page, 3);
  const surface = surfacePanel(page).getByRole('figure', {
    name: 'Loss surface over w1 and w2, runs A and B',
  });
  const plot = surface.locator('svg.surface-plot');
  // The drawer may cover part of the surface.
  await closeSettings(page);
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('the surface is not laid out');
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await expect(iterationText(page)).toHaveText('0');
  // Run A's current point and run B's, both at iteration 0, at the same θ.
  const pointA = /The current point at iteration 0: (w1 = \S+, w2 = \S+?)[,.]/;
  const pointB =
    /Run B \(momentum β = 0.9\), a dashed path, is at iteration 0: (w1 = \S+, w2 = \S+?)\./;
  await expect(surface).toHaveAccessibleDescription(pointB);
  const description = (await surface.getAttribute('aria-describedby')) ?? '';
  const text = (await page.locator(`[id="${description}"]`).textContent()) ?? '';
  expect(text.match(pointA)?.[1]).toBeTruthy();
  expect(text.match(pointB)?.[1]).toBe(text.match(pointA)?.[1]);
});

test('compare mode in the dark theme', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await choose(page, 'cross-entropy vs squared error');
  await stepBy(page, 30);
  await page.screenshot({ path: test.info().outputPath('compare-dark.png'), fullPage: true });
});

test('a learning rate far past 2/L* diverges in run B while run A converges', async ({ page }) => {
  // With an L2 term λ = 1, run B's η = 100 (the largest η) multiplies the weights by
  // 1 − ηλ = −99 each step: they run away; run A's η = 1 converges.
  await openApp(page, './#reg=l2&lambda=1');
  await choose(page, 'another learning rate η');
  const other = compareGroup(page).getByLabel('Run B’s learning rate η');
  await other.fill('100');
  await other.press('Enter');
  await expect(compareGroup(page).getByRole('listitem')).toHaveText([
    'Run A: η = 1',
    'Run B: η = 100',
  ]);
  await playUntil(page, () => isCount(resultCell(page, 'A')));
  await expect(resultCell(page, 'B')).toHaveText(/^diverged at iteration \d+$/);
  // NaN never reaches the screen.
  await expect(page.getByText(/NaN/)).toHaveCount(0);
});

test('paused after playing flat out, both runs show the same iteration', async ({ page }) => {
  await openApp(page);
  // Small steps: neither run converges while it plays.
  const learningRate = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
  await learningRate.fill('0.0001');
  await learningRate.press('Enter');
  await choose(page, 'another learning rate η');
  await expect(compareGroup(page).getByRole('listitem')).toHaveText([
    'Run A: η = 0.0001',
    'Run B: η = 0.0004',
  ]);
  await speed(page).focus();
  await page.keyboard.press('End');
  await button(page, 'Play').click();
  await page.waitForTimeout(1500);
  await button(page, 'Pause').click();
  await expect(button(page, 'Play')).toBeVisible();
  const surface = surfacePanel(page).getByRole('figure', {
    name: 'Loss surface over w1 and w2, runs A and B',
  });
  // Run A's readout and run B's point settle on one iteration, well past the start.
  await expect
    .poll(async () => {
      const a = Number(await iterationText(page).textContent());
      const description = (await surface.getAttribute('aria-describedby')) ?? '';
      const text = (await page.locator(`[id="${description}"]`).textContent()) ?? '';
      const b = Number(/Run B .* is at iteration ([0-9,]+):/.exec(text)?.[1]?.replace(/,/g, ''));
      return a > 100 && a === b;
    })
    .toBe(true);
  await expect(lossPanel(page).getByLabel('Run B’s loss J', { exact: true })).toBeVisible();
});
