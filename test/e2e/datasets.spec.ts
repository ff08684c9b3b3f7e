import type { Page } from '@playwright/test';
import { parseFormatted } from '../support/parseFormatted';
import { expect, test } from './fixtures';
import { button, iterationText, openSettings, select } from './support';

/**
 * The data menus beyond CSV files: a preset's noise slider, and the real data sets shipped with
 * the app (Palmer penguins, Fisher's iris) chosen by column and class, cited, kept across a
 * reload, and a file that cannot be loaded leaving the points as they were.
 */

const noiseSlider = (page: Page) => page.getByRole('slider', { name: 'Noise', exact: true });
const dataGroup = (page: Page) => page.getByRole('group', { name: 'Data and sharing' });
const columns = (page: Page, title: string) =>
  page.getByRole('group', { name: `${title} columns`, exact: true });
const parametersTable = (page: Page) => page.getByRole('table', { name: 'Parameters' });

/** Each parameter row as the user reads it: name, current value, optimum. */
async function readParameters(page: Page): Promise<string[][]> {
  return parametersTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
}

const parameterNames = async (page: Page) => (await readParameters(page)).map((row) => row[0]);
/** The optimum column, once every cell holds a number (the worker computes it after a load). */
async function optimum(page: Page): Promise<string[]> {
  const values = (await readParameters(page)).map((row) => row[2]);
  return values.every((value) => Number.isFinite(parseFormatted(value))) ? values : [];
}

/** Opens the page with its settings drawer open: everything here is in it. */
async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  await openSettings(page);
}

test('the noise slider regenerates the preset, by keyboard, and survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await expect(noiseSlider(page)).toHaveValue('1');
  await expect(noiseSlider(page)).toHaveAttribute('aria-valuetext', /^1\.0 /);
  await expect.poll(() => optimum(page)).toHaveLength(3);
  const before = await optimum(page);

  await noiseSlider(page).focus();
  for (let k = 0; k < 5; k++) await noiseSlider(page).press('ArrowRight');
  await expect(noiseSlider(page)).toHaveValue('1.5');
  await expect(dataGroup(page).getByText('1.5', { exact: true })).toBeVisible();
  await dataGroup(page).screenshot({ path: test.info().outputPath('noise-slider.png') });
  // Wider blobs overlap more: the optimum moves (a new run on new points).
  await expect.poll(() => optimum(page)).not.toEqual(before);
  await expect.poll(() => optimum(page)).toHaveLength(3);
  const noisier = await optimum(page);

  await page.reload();
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(noiseSlider(page)).toHaveValue('1.5');
  await expect(select(page, 'Data set')).toHaveValue('twoBlobs');
  await expect.poll(() => optimum(page)).toEqual(noisier);

  // Home goes to no noise at all; the points follow.
  await noiseSlider(page).press('Home');
  await expect(noiseSlider(page)).toHaveValue('0');
  await expect.poll(() => optimum(page)).not.toEqual(noisier);

  // The link carries the noise: one with 0.3 opens with it.
  await page.goto('about:blank');
  await page.goto('./#data=twoBlobs&noise=0.3');
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(noiseSlider(page)).toHaveValue('0.3');
  await expect(noiseSlider(page)).toHaveAttribute('aria-valuetext', /^0\.3 /);
});

test('Palmer penguins: choose two features and a class, see the counts, the source and the parameters', async ({
  page,
}) => {
  await openApp(page);
  await select(page, 'Data set').selectOption({ label: 'Palmer penguins' });
  const penguins = columns(page, 'Palmer penguins');
  await expect(penguins).toBeVisible();
  // The defaults: Adelie against the others on the beak. Two penguins have no measurements.
  await expect(penguins.getByRole('status')).toHaveText(
    '342 points: 151 Adelie (y = 1), 191 others (y = 0); 2 rows skipped for a missing value.',
  );
  await expect
    .poll(() => parameterNames(page))
    .toEqual(['intercept', 'Beak Length (mm)', 'Beak Depth (mm)']);
  // A preset's noise means nothing here.
  await expect(noiseSlider(page)).toHaveCount(0);
  await expect(select(page, 'Points')).toBeDisabled();

  await penguins.getByRole('combobox', { name: 'Feature 1' }).selectOption('Flipper Length (mm)');
  await penguins.getByRole('combobox', { name: 'Feature 2' }).selectOption('Body Mass (g)');
  await penguins.getByRole('combobox', { name: 'Positive class (y = 1)' }).selectOption('Gentoo');
  await expect(penguins.getByRole('status')).toHaveText(
    '342 points: 123 Gentoo (y = 1), 219 others (y = 0); 2 rows skipped for a missing value.',
  );
  await expect
    .poll(() => parameterNames(page))
    .toEqual(['intercept', 'Flipper Length (mm)', 'Body Mass (g)']);
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText('Palmer penguins');
  await expect(iterationText(page)).toHaveText('0');

  // The source, cited beside the chooser.
  await expect(penguins).toContainText('Gorman KB, Williams TD, Fraser WR (2014)');
  await expect(penguins).toContainText('PLOS ONE');
  await expect(penguins).toContainText('Licence: CC0 1.0');
  await expect(penguins.getByRole('link')).toHaveAttribute(
    'href',
    'https://doi.org/10.1371/journal.pone.0090081',
  );

  await dataGroup(page).scrollIntoViewIfNeeded();
  await dataGroup(page).screenshot({ path: test.info().outputPath('penguins-chooser.png') });

  // The choice is the user's data now: kept across a reload, chooser included.
  await page.reload();
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(penguins.getByRole('combobox', { name: 'Feature 1' })).toHaveValue(
    'Flipper Length (mm)',
  );
  await expect(penguins.getByRole('combobox', { name: 'Positive class (y = 1)' })).toHaveValue(
    'Gentoo',
  );
  await expect
    .poll(() => parameterNames(page))
    .toEqual(['intercept', 'Flipper Length (mm)', 'Body Mass (g)']);

  // Back to a preset: the noise slider returns.
  await select(page, 'Data set').selectOption({ label: 'Circles' });
  await expect(penguins).toHaveCount(0);
  await expect(noiseSlider(page)).toBeVisible();
});

test('Fisher’s iris with one feature, cited with its sources', async ({ page }) => {
  await openApp(page);
  await select(page, 'Data set').selectOption({ label: 'Fisher’s iris' });
  const iris = columns(page, 'Fisher’s iris');
  await expect(iris.getByRole('status')).toHaveText(
    '150 points: 50 virginica (y = 1), 100 others (y = 0); no row skipped.',
  );
  await iris.getByRole('combobox', { name: 'Feature 2' }).selectOption({ label: 'none' });
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'Petal length (cm)']);
  await expect(iris).toContainText('Fisher RA (1936)');
  await expect(iris).toContainText('Anderson E (1935)');
  await expect(iris).toContainText('UCI Machine Learning Repository');
  await dataGroup(page).screenshot({ path: test.info().outputPath('iris-chooser.png') });
});

test('a data set file that cannot be read says so and keeps the points', async ({ page }) => {
  // A host that answers with a page instead of the file (a misconfigured sub-path).
  // On the context, so that a service worker's own fetch of the file (to cache it) meets it too.
  await page
    .context()
    .route('**/datasets/penguins.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Not here' }),
    );
  await openApp(page);
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'x1', 'x2']);
  await select(page, 'Data set').selectOption({ label: 'Palmer penguins' });
  const alert = dataGroup(page).getByRole('alert');
  await expect(alert).toContainText(
    'Palmer penguins could not be read: the file is not JSON. The points you have are unchanged.',
  );
  await expect(select(page, 'Data set')).toHaveValue('twoBlobs');
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'x1', 'x2']);
  await expect(noiseSlider(page)).toBeVisible();

  await alert.getByRole('button', { name: 'Dismiss the message' }).click();
  await expect(alert).toHaveCount(0);
});
