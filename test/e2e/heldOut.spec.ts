import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  button,
  closeSettings,
  iterationText,
  openApp,
  openSettings,
  settings,
  training,
} from './support';

/**
 * Holding points out for testing, as a user meets it: the share chosen in the settings drawer,
 * the held-out points drawn hollow with their legend entry and named in the tooltip, both losses
 * on the loss chart with the early-stopping mark, and the split kept by a reload and a link.
 * Screenshots of the data figure and the loss chart with a split, at 1366 × 768 and 390 × 844,
 * are kept with the results.
 */

test.use({ viewport: { width: 1366, height: 768 } });

const dataRegion = (page: Page) => page.getByRole('region', { name: 'Data space' });
const plot = (page: Page) =>
  page.getByRole('application', { name: 'Data points; arrow keys move between points' });
const tooltip = (page: Page) => dataRegion(page).getByRole('tooltip');
const holdOut = (page: Page) =>
  settings(page).getByRole('slider', { name: 'Hold out for testing' });
const lossChart = (page: Page) => page.getByRole('figure', { name: 'Loss per iteration' });
const lossLines = (page: Page) => page.getByRole('list', { name: 'Lines' });
/** The points' marks as drawn (SVG, aria-hidden: found by their class, as dataSpace.spec does). */
const marks = (page: Page) => plot(page).locator('.data-points .data-point');
const hollowMarks = (page: Page) => plot(page).locator('.data-points .data-point-held-out');

/** Opens the data panel's folded "Legend, options and drawing". */
async function showLegend(page: Page): Promise<void> {
  const more = dataRegion(page)
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: 'Legend, options and drawing' }) });
  if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
  await expect(more).toHaveAttribute('open', '');
}

async function holdOutPercent(page: Page, percent: number): Promise<void> {
  await openSettings(page);
  await holdOut(page).fill(String(percent));
  await expect(holdOut(page)).toHaveValue(String(percent));
}

test('a share held out in the drawer: hollow points, a legend entry, the tooltip names the set', async ({
  page,
}) => {
  await openApp(page);
  await openSettings(page);
  await expect(holdOut(page)).toHaveValue('0');
  await expect(settings(page).getByText('Every point trains.')).toBeVisible();
  await holdOutPercent(page, 30);
  // The default two blobs: 50 points of each class, 15 of each held out.
  await expect(
    settings(page).getByText('30 points held out (drawn hollow) with seed 1; 70 train.'),
  ).toBeVisible();
  await expect(settings(page).getByRole('spinbutton', { name: 'Held-out seed' })).toHaveValue('1');
  await closeSettings(page);
  await expect(hollowMarks(page)).toHaveCount(30);
  await expect(marks(page)).toHaveCount(100);
  await showLegend(page);
  await expect(
    dataRegion(page)
      .getByRole('list', { name: 'Legend' })
      .getByText('hollow: held out for testing'),
  ).toBeVisible();

  // The tooltip says which set a point is in, as its mark is drawn.
  await plot(page).focus();
  const seen = new Set<string>();
  for (let k = 0; k < 12 && seen.size < 2; k++) {
    await page.keyboard.press('ArrowRight');
    await expect(tooltip(page)).toBeVisible();
    const text = await tooltip(page).innerText();
    const index = Number(/^Point (\d+) of 100/.exec(text)?.[1]) - 1;
    const set = /^set\s+(.+)$/m.exec(text)?.[1];
    const hollow = ((await marks(page).nth(index).getAttribute('class')) ?? '').includes(
      'data-point-held-out',
    );
    expect(set).toBe(hollow ? 'held out (testing)' : 'training');
    seen.add(set!);
  }

  // Another seed holds out other points, as many.
  await openSettings(page);
  const before = await hollowMarks(page).evaluateAll((all) =>
    all.map((mark) => mark.getAttribute('cx') ?? mark.getAttribute('d')),
  );
  const seed = settings(page).getByRole('spinbutton', { name: 'Held-out seed' });
  await seed.fill('2');
  await seed.press('Enter');
  await expect(settings(page).getByText('with seed 2; 70 train.')).toBeVisible();
  await expect(hollowMarks(page)).toHaveCount(30);
  await expect
    .poll(() =>
      hollowMarks(page).evaluateAll((all) =>
        all.map((mark) => mark.getAttribute('cx') ?? mark.getAttribute('d')),
      ),
    )
    .not.toEqual(before);
});

test('a share these points cannot spare is refused in words, and the run is kept', async ({
  page,
}) => {
  await openApp(page, './#n=8');
  await openSettings(page);
  // 5 % of 4 points per class rounds to none.
  await holdOut(page).fill('5');
  await expect(settings(page).getByText(/holds out none: hold out more/)).toBeVisible();
  await expect(holdOut(page)).toHaveValue('0');
  await closeSettings(page);
  await expect(hollowMarks(page)).toHaveCount(0);
});

test('playing with a split: both losses on the chart, the early-stopping mark, the numbers beside', async ({
  page,
}) => {
  await openApp(page);
  await holdOutPercent(page, 30);
  await closeSettings(page);
  await expect(lossLines(page)).toContainText('training J');
  await expect(lossLines(page)).toContainText('held-out (no penalty)');
  await button(page, 'Play').click();
  await expect
    .poll(async () => Number(await iterationText(page).textContent()), { timeout: 20_000 })
    .toBeGreaterThan(40);
  await button(page, 'Pause').click();
  await page.screenshot({ path: test.info().outputPath('held-out-1366.png') });
  await expect(lossChart(page)).toHaveAccessibleDescription(
    /held-out loss .* is lowest, [\d.]+, at iteration \d+, marked as the early-stopping point/,
  );
  await expect(training(page).getByLabel('Held-out loss', { exact: true })).toHaveText(/^\d\.\d+$/);
  await expect(training(page).getByLabel('Training loss', { exact: true })).toHaveText(/^\d\.\d+$/);
  await expect(page.getByLabel('Held-out accuracy', { exact: true })).toContainText('%');
});

test('the split survives a reload and travels in the copied link; a link without it holds none out', async ({
  page,
  context,
  browser,
}) => {
  // Four pages opened one after the other: room for a busy machine.
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await holdOutPercent(page, 20);
  await expect(settings(page).getByText('20 points held out')).toBeVisible();
  await page.reload();
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(holdOut(page)).toHaveValue('20');
  await expect(hollowMarks(page)).toHaveCount(20);

  await button(page, 'Copy link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const url = page.url();
  expect(url).toMatch(/[#&]test=20&testSeed=1(&|$)/);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await openApp(fresh, url);
  await expect(hollowMarks(fresh)).toHaveCount(20);
  await openSettings(fresh);
  await expect(holdOut(fresh)).toHaveValue('20');
  await other.close();

  // An old link (no split in it) opens with every point training, without a notice about it.
  const old = await browser.newContext();
  const oldPage = await old.newPage();
  await openApp(oldPage, './#data=twoBlobs&eta=0.5');
  await expect(hollowMarks(oldPage)).toHaveCount(0);
  await openSettings(oldPage);
  await expect(holdOut(oldPage)).toHaveValue('0');
  await old.close();

  // A bad value in a link: a notice says so, and the rest of the link is used.
  const bad = await browser.newContext();
  const badPage = await bad.newPage();
  await openApp(badPage, './#test=half&eta=0.5');
  await openSettings(badPage);
  await expect(
    settings(badPage).getByText(
      'The held-out share (percent) "half" is not a number; the default is used.',
    ),
  ).toBeVisible();
  await expect(holdOut(badPage)).toHaveValue('0');
  await bad.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the hollow points and both loss lines, screenshots', async ({ page }) => {
    await openApp(page, './#test=30&testSeed=1&speed=max');
    await expect(hollowMarks(page)).toHaveCount(30);
    await button(page, 'Play').click();
    await expect
      .poll(async () => Number(await iterationText(page).textContent()), { timeout: 20_000 })
      .toBeGreaterThan(100);
    // It may have converged already; else it is paused here.
    if ((await button(page, 'Pause').count()) > 0) await button(page, 'Pause').click();
    await plot(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: test.info().outputPath('held-out-phone-data.png') });
    await lossChart(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect(lossChart(page).getByText(/^early stop: lowest held-out loss/)).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('held-out-phone-loss.png') });
  });
});
