import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText, openSettings, select, settings } from './support';

/**
 * Files from the nasty corpus (test/fixtures/nasty/, and the big ones made here) imported through
 * the page as a user would choose them: each refused one says why in an alert and leaves the data
 * and the run as they were; the odd but usable ones import, their names shown as text.
 * test/data/corpus.test.ts runs every file through the importer and the engine in Node.
 */

const importInput = (page: Page) => page.getByLabel('Import CSV');
const chooser = (page: Page) => page.getByRole('form', { name: /^Import/ });
const parametersTable = (page: Page) => page.getByRole('table', { name: 'Parameters' });
const nasty = (name: string) => readFileSync(new URL(`../fixtures/nasty/${name}`, import.meta.url));

async function parameterNames(page: Page): Promise<string[]> {
  return parametersTable(page)
    .locator('tbody tr th')
    .evaluateAll((ths) => ths.map((th) => th.textContent ?? ''));
}

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  await importInput(page).setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** What the user sees of the current data and run, to compare before and after a refusal. */
async function currentState(page: Page) {
  return {
    data: await select(page, 'Data set').locator('option:checked').textContent(),
    parameters: await parameterNames(page),
    iteration: await iterationText(page).textContent(),
  };
}

async function expectRefused(page: Page, name: string, why: RegExp): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`“${name}” was not imported.`);
  await expect(alert).toContainText(why);
  await expect(alert).toContainText('The current data and run are unchanged.');
  await expect(alert).not.toContainText(/NaN|undefined|Error:/);
  await expect(chooser(page)).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  // The import, the data set and the parameters are in the settings drawer.
  await openSettings(page);
});

test('refused files say why and leave the data and the run as they were', async ({ page }) => {
  test.setTimeout(120_000);
  await button(page, 'Step').click();
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('2');
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'x1', 'x2']);
  const before = await currentState(page);

  const rows = Array.from({ length: 200_000 }, (_, i) => `${i % 97},${(i * 7) % 13},${i % 2}`);
  const refused: { name: string; content: Buffer; why: RegExp }[] = [
    { name: 'header-only.csv', content: nasty('header-only.csv'), why: /no data rows/ },
    { name: 'utf16le-no-bom.csv', content: nasty('utf16le-no-bom.csv'), why: /UTF-16/ },
    { name: 'picture.png.csv', content: nasty('picture.png.csv'), why: /not text/ },
    { name: 'one-class.csv', content: nasty('one-class.csv'), why: /Only one class/ },
    {
      name: 'rows-200000.csv',
      content: Buffer.from(`a,b,y\n${rows.join('\n')}\n`),
      why: /200,000 rows; up to 100,000 can be imported/,
    },
  ];
  for (const { name, content, why } of refused) {
    await choose(page, name, content);
    await expectRefused(page, name, why);
    expect(await currentState(page)).toEqual(before);
  }

  // 50 MB: too big to hand over as a buffer, so a file on disk, as a user would choose it.
  const big = test.info().outputPath('size-50mb.csv');
  const line = '12345.678901,98765.432109,1\n';
  writeFileSync(big, `a,b,y\n${line.repeat(Math.ceil(50e6 / line.length))}`);
  await importInput(page).setInputFiles(big);
  await expectRefused(page, 'size-50mb.csv', /The file is 4\d\.\d MB; files up to 20 MB/);
  expect(await currentState(page)).toEqual(before);

  // The run goes on from where it was.
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('3');
  await page.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('refused.png') });
});

test('odd but usable files import: a UTF-16 file with its mark, markup as names, skipped rows', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Chromium reads the byte-order mark and decodes UTF-16 itself.
  await choose(page, 'utf16le-bom.csv', nasty('utf16le-bom.csv'));
  await expect(chooser(page)).toContainText('12 rows');
  await button(page, 'Use this data').click();
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'temperature']);

  await choose(page, 'xss-header.csv', nasty('xss-header.csv'));
  await expect(select(page, 'Feature 1').locator('option:checked')).toHaveText(
    '<img src=x onerror=alert(1)>',
  );
  await button(page, 'Use this data').click();
  await expect
    .poll(() => parameterNames(page))
    .toEqual(['intercept', '<img src=x onerror=alert(1)>', '<script>alert(2)</script>']);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await choose(page, 'nan-infinity-some-good.csv', nasty('nan-infinity-some-good.csv'));
  await expect(chooser(page)).toContainText(/4 rows.*3 rows skipped/);
  await button(page, 'Use this data').click();
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'x1', 'x2']);
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText(
    'Imported: nan-infinity-some-good.csv',
  );
  // Every number the page shows is a number.
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');
  for (const part of [page.locator('main'), settings(page)]) {
    await expect(part).not.toContainText(/\bNaN\b|\bInfinity\b|undefined/);
  }
  expect(dialogs).toEqual([]);
});

test('issue 17: CSV messages name what was found and where, and offer the fix', async ({
  page,
}) => {
  await choose(page, 'unterminated-quote.csv', nasty('unterminated-quote.csv'));
  await expectRefused(
    page,
    'unterminated-quote.csv',
    /Row 4 of the file opens a quote \(".*column “x2” that is never closed/,
  );
  await choose(page, 'label-three-values.csv', nasty('label-three-values.csv'));
  await expectRefused(
    page,
    'label-three-values.csv',
    /“outcome”, has more than two values: “yes”, “no”, “maybe” \(the third first in data row 5\)/,
  );

  await choose(page, 'decimal-comma.csv', nasty('decimal-comma.csv'));
  await expect(chooser(page)).toContainText('“x1” has decimal commas (1,5): read as 1.5.');
  await expect(chooser(page)).toContainText('6 rows');
  await button(page, 'Cancel').click();

  await choose(page, 'thousands-quoted.csv', nasty('thousands-quoted.csv'));
  await expect(chooser(page)).toContainText('“income” writes thousands with commas');
  await button(page, 'Cancel').click();

  await choose(page, 'label-missing.csv', nasty('label-missing.csv'));
  await expect(chooser(page)).toContainText(/4 rows.*3 rows skipped/);
  await button(page, 'Cancel').click();

  // 1 and 2: the larger is y = 1, and the chooser says the user may choose the other.
  await choose(page, 'labels-1-2.csv', nasty('labels-1-2.csv'));
  await expect(select(page, 'Positive class (y = 1)').locator('option:checked')).toHaveText('2');
  await expect(chooser(page)).toContainText(
    '“2” is taken as y = 1 (the larger value). If “1” is the class the model should predict',
  );
  await button(page, 'Cancel').click();
});

test('issue 17: long names made distinct survive a reload', async ({ page }) => {
  await choose(page, 'long-names.csv', nasty('long-names.csv'));
  await button(page, 'Use this data').click();
  await expect.poll(() => parameterNames(page)).toHaveLength(3);
  const names = await parameterNames(page);
  expect(new Set(names).size).toBe(3);
  await page.waitForTimeout(600);
  await page.reload();
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText(
    'Imported: long-names.csv',
  );
  await expect.poll(() => parameterNames(page)).toEqual(names);
});
