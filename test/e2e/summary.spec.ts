import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, openSettings, select } from './support';

/**
 * The model summary as a student meets it: R's summary(glm) of the Challenger data, digit by
 * digit; separable data, where there is no MLE to summarize; and the "Fit this in R / Python"
 * scripts, copied to the clipboard or, where it is refused, shown to copy by hand.
 */

const disclosure = (page: Page) => page.locator('details.model-summary');
const coefficients = (page: Page) => page.getByRole('table', { name: 'Coefficients' });

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

async function openWithChallenger(page: Page) {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  // The summary, like the import, is in the settings drawer.
  await openSettings(page);
  await page.getByLabel('Import CSV').setInputFiles({
    name: 'challenger23.csv',
    mimeType: 'text/csv',
    buffer: fixture('challenger23.csv'),
  });
  await button(page, 'Use this data').click();
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText(
    'Imported: challenger23.csv',
  );
  await disclosure(page).locator('summary').click();
}

async function rows(page: Page): Promise<string[][]> {
  return coefficients(page)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
}

test('the Challenger data: the summary R prints, digit by digit', async ({ page }) => {
  await openWithChallenger(page);
  await expect(coefficients(page)).toBeVisible();
  await expect
    .poll(() => rows(page))
    .toEqual([
      ['(Intercept)', '15.0429', '7.3786', '2.039', '0.0415', '*'],
      ['x1', '\u22120.2322', '0.1082', '\u22122.145', '0.0320', '*'],
    ]);
  const fit = disclosure(page).locator('.model-summary-fit');
  await expect(fit).toContainText('Null deviance:28.267 on 22 degrees of freedom');
  await expect(fit).toContainText('Residual deviance:20.315 on 21 degrees of freedom');
  await expect(fit).toContainText('AIC:24.315');
  await expect(fit).toContainText('Number of Fisher Scoring iterations:5');
  await expect(fit).toContainText('Log-likelihood:\u221210.1576');
  // Odds ratio per °F: e^(−0.2322) ≈ 0.79.
  await expect(
    page.getByRole('table', { name: 'Wald intervals and odds ratios' }).locator('tbody tr').nth(1),
  ).toContainText('7.928171e-01');
  await disclosure(page).screenshot({ path: test.info().outputPath('model-summary.png') });
});

test('separable data: the summary says there is no MLE instead of printing numbers', async ({
  page,
}) => {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await select(page, 'Data set').selectOption({ label: 'Separable' });
  await disclosure(page).locator('summary').click();
  await expect(disclosure(page)).toContainText('No maximum-likelihood estimate exists');
  await expect(coefficients(page)).toHaveCount(0);
});

test('the scripts button copies an R script with the data and the page’s numbers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithChallenger(page);
  await button(page, 'Copy script').click();
  await expect(disclosure(page).getByRole('status')).toContainText('R (glm) script copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('glm(y ~ x1, family = binomial, data = d)');
  expect(text).toContain('the page shows (raw units): (Intercept) = 15.0429016477');
  expect(text).toContain('\n66,0\n');

  await select(page, 'Language').selectOption({ label: 'Python (scikit-learn)' });
  await button(page, 'Copy script').click();
  const python = await page.evaluate(() => navigator.clipboard.readText());
  expect(python).toContain('from sklearn.linear_model import LogisticRegression');
  expect(python).toContain('penalizes by default');
});

test('where the clipboard is refused, the script is shown selected to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('refused')) },
    });
  });
  await openWithChallenger(page);
  await button(page, 'Copy script').click();
  const field = page.getByRole('textbox', { name: 'R (glm) script' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/glm\(y ~ x1, family = binomial/);
});
