import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { parseFormatted } from '../support/parseFormatted';
import { expect, test } from './fixtures';
import { button, iterationText, openSettings, select, settings } from './support';

/**
 * Data in and out of the page as a user meets it: importing a CSV file (chosen or dropped) through
 * the column chooser, files the page refuses, the CSV exports, the shared link and the session
 * kept across a reload.
 */

const importInput = (page: Page) => page.getByLabel('Import CSV');
const chooser = (page: Page) => page.getByRole('form', { name: /^Import/ });
const parametersTable = (page: Page) => page.getByRole('table', { name: 'Parameters' });
const learningRate = (page: Page) =>
  page.getByRole('spinbutton', { name: 'Learning rate', exact: true });

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** Each parameter row as the user reads it: name, current value, optimum. */
async function readParameters(page: Page): Promise<string[][]> {
  return parametersTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
}

async function parameterNames(page: Page): Promise<string[]> {
  return (await readParameters(page)).map((row) => row[0]);
}

/** Opens the page with the settings drawer open: the data, import, export and link are in it. */
async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  await openSettings(page);
}

async function chooseFile(
  page: Page,
  name: string,
  content: string | Buffer,
  mimeType = 'text/csv',
) {
  await importInput(page).setInputFiles({
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

/** Imports a file with the chooser's default columns, and waits for the new run. */
async function importWithDefaults(page: Page, name: string, content: string | Buffer) {
  await chooseFile(page, name, content);
  await expect(chooser(page)).toBeVisible();
  await button(page, 'Use this data').click();
  await expect(chooser(page)).toHaveCount(0);
  await expect(select(page, 'Data set')).toHaveValue('points');
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText(`Imported: ${name}`);
  await expect(iterationText(page)).toHaveText('0');
}

async function setLearningRate(page: Page, value: string): Promise<void> {
  await learningRate(page).fill(value);
  await learningRate(page).press('Enter');
  await expect(learningRate(page)).toHaveValue(value);
}

const fiveDigits = (value: number) => Number(value.toPrecision(5));

const REFERENCE_FITS = [
  { file: 'challenger23.csv', rows: 23, coefficients: [15.0429, -0.232163] },
  { file: 'ucla_admit_gre_gpa.csv', rows: 400, coefficients: [-4.94938, 0.00269068, 0.754687] },
  { file: 'ex2data1.csv', rows: 100, coefficients: [-25.1613, 0.206232, 0.201472] },
] as const;

for (const { file, rows, coefficients } of REFERENCE_FITS) {
  test(`importing ${file} with the default columns gives the published coefficients`, async ({
    page,
  }) => {
    await openApp(page);
    await chooseFile(page, file, fixture(file));
    await expect(chooser(page)).toContainText(`Import “${file}”`);
    await expect(select(page, 'Label column').locator('option:checked')).toHaveText('y');
    await expect(select(page, 'Feature 1').locator('option:checked')).toHaveText('x1');
    await expect(chooser(page)).toContainText(`${rows} rows:`);
    await button(page, 'Use this data').click();
    await expect(select(page, 'Data set').locator('option:checked')).toHaveText(
      `Imported: ${file}`,
    );

    const names = ['intercept', 'x1', 'x2'].slice(0, coefficients.length);
    await expect.poll(() => parameterNames(page)).toEqual(names);
    // The optimum is found in the worker after the load: wait until every cell holds a number.
    await expect
      .poll(async () =>
        (await readParameters(page)).every((row) => Number.isFinite(parseFormatted(row[2]))),
      )
      .toBe(true);
    const optimum = (await readParameters(page)).map((row) => parseFormatted(row[2]));
    expect(optimum.map(fiveDigits)).toEqual(coefficients.map(fiveDigits));
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
      `Imported ${rows} points from “${file}”.`,
    );
  });
}

/** Files the page must refuse, each with the words its message must contain. */
const PNG_LIKE = Buffer.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0x00,
  0x00,
  0x00,
  0x0d,
  0x49,
  0x48,
  0x44,
  0x52,
  ...Array.from({ length: 240 }, (_, k) => (k * 37 + 11) % 256),
]);
const BAD_FILES: readonly { name: string; content: string | Buffer; message: RegExp }[] = [
  { name: 'empty.csv', content: '', message: /The file is empty/ },
  { name: 'picture.png', content: PNG_LIKE, message: /not text/ },
  { name: 'one-column.csv', content: 'x\n1\n2\n3\n', message: /fewer than two columns/ },
  { name: 'one-class.csv', content: 'x,y\n1,1\n2,1\n3,1\n', message: /Only one class/ },
  { name: 'no-header.csv', content: '1,0\n2,1\n3,0\n', message: /add a header row/ },
  // Without a byte-order mark (with one, Chromium decodes UTF-16 by itself and the file imports).
  { name: 'utf16.csv', content: Buffer.from('x,y\n1,0\n2,1\n', 'utf16le'), message: /UTF-16/ },
];

test('files the page cannot use are refused with the reason, and the data and run stay', async ({
  page,
}) => {
  await openApp(page);
  await importWithDefaults(page, 'challenger23.csv', fixture('challenger23.csv'));
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'x1']);
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');

  for (const { name, content, message } of BAD_FILES) {
    await chooseFile(page, name, content);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`“${name}” was not imported.`);
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('The current data and run are unchanged.');
    await expect(chooser(page)).toHaveCount(0);
    await expect(select(page, 'Data set').locator('option:checked')).toHaveText(
      'Imported: challenger23.csv',
    );
    expect(await parameterNames(page)).toEqual(['intercept', 'x1']);
    await expect(iterationText(page)).toHaveText('1');
  }

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/io-refusal.png' });

  await button(page, 'Dismiss the import message').click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a refused file leaves the preset in place too', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, 'one-class.csv', 'x,y\n1,1\n2,1\n3,1\n');
  await expect(page.getByRole('alert')).toContainText('Only one class');
  await expect(select(page, 'Data set')).toHaveValue('twoBlobs');
  expect(await parameterNames(page)).toEqual(['intercept', 'x1', 'x2']);
});

test('column names and values are shown as text, never as HTML', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page);
  const header = '<img src=x onerror=alert(1)>';
  const name = '<b>bold</b>.csv';
  await chooseFile(page, name, `${header},y\n1,0\n2,1\n3,0\n4,1\n5,1\n`);
  await expect(chooser(page)).toContainText(`Import “${name}”`);
  await expect(select(page, 'Feature 1').locator('option:checked')).toHaveText(header);
  await button(page, 'Use this data').click();

  await expect.poll(() => parameterNames(page)).toEqual(['intercept', header]);
  await expect(parametersTable(page).getByRole('rowheader', { name: header })).toHaveText(header);
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText(`Imported: ${name}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the chooser takes other columns, another positive class, and counts skipped rows', async ({
  page,
}) => {
  await openApp(page);
  const csv = [
    'id,sex,gre,gpa,rank,admit',
    '1,f,380,3.61,3,no',
    '2,m,660,3.67,3,yes',
    '3,f,800,4,1,yes',
    '4,m,640,3.19,4,yes',
    '5,f,520,2.93,4,no',
    '6,m,760,,2,yes',
    '7,f,560,2.98,1,no',
    '8,m,400,3.08,2,no',
  ].join('\n');
  await chooseFile(page, 'admissions.csv', csv);
  await expect(chooser(page)).toBeVisible();
  // The form takes the focus, so the keyboard is where the choice is.
  await expect(page.getByRole('heading', { name: 'Import “admissions.csv”' })).toBeFocused();

  // The defaults: the last two-valued column is the label, "yes" is positive, the first two
  // numeric columns are the features.
  await expect(select(page, 'Label column').locator('option:checked')).toHaveText('admit');
  await expect(select(page, 'Positive class (y = 1)')).toHaveValue('yes');
  await expect(select(page, 'Feature 1').locator('option:checked')).toHaveText('id');
  await expect(select(page, 'Feature 2 (optional)').locator('option:checked')).toHaveText('gre');
  await expect(chooser(page)).toContainText('8 rows: 4 “yes” (y = 1), 4 “no” (y = 0).');

  await select(page, 'Feature 2 (optional)').selectOption({ label: 'gpa' });
  await select(page, 'Feature 1').selectOption({ label: 'gre' });
  await expect(chooser(page)).toContainText(
    '7 rows: 3 “yes” (y = 1), 4 “no” (y = 0); 1 row skipped for missing or non-numeric values.',
  );
  await select(page, 'Positive class (y = 1)').selectOption('no');
  await expect(chooser(page)).toContainText('7 rows: 4 “no” (y = 1), 3 “yes” (y = 0)');

  // Another label column: its values become the classes.
  await select(page, 'Label column').selectOption({ label: 'sex' });
  await expect(select(page, 'Positive class (y = 1)').locator('option')).toHaveText(['f', 'm']);
  await select(page, 'Label column').selectOption({ label: 'admit' });
  await select(page, 'Positive class (y = 1)').selectOption('yes');
  await select(page, 'Feature 2 (optional)').selectOption({ label: 'none' });
  await expect(chooser(page)).toContainText('8 rows');

  await page.setViewportSize({ width: 1366, height: 768 });
  await chooser(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/io-chooser.png' });

  await button(page, 'Use this data').click();
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'gre']);
  // Focus goes back to where the import started.
  await expect(importInput(page)).toBeFocused();
});

test('Cancel and Escape close the chooser and change nothing', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, 'challenger23.csv', fixture('challenger23.csv'));
  await button(page, 'Cancel').click();
  await expect(chooser(page)).toHaveCount(0);
  await expect(importInput(page)).toBeFocused();

  await chooseFile(page, 'challenger23.csv', fixture('challenger23.csv'));
  await select(page, 'Feature 1').focus();
  await page.keyboard.press('Escape');
  await expect(chooser(page)).toHaveCount(0);
  // Only the chooser closed, not the settings drawer around it.
  await expect(settings(page)).toBeVisible();
  await expect(select(page, 'Data set')).toHaveValue('twoBlobs');
  expect(await parameterNames(page)).toEqual(['intercept', 'x1', 'x2']);
});

test('a file dropped on the page opens the chooser, with a highlight while it is dragged', async ({
  page,
}) => {
  await openApp(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['x1,y\n1,0\n2,1\n3,0\n4,1\n'], 'dropped.csv', { type: 'text/csv' }),
    );
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a CSV file to import it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a CSV file to import it')).toHaveCount(0);
  await expect(chooser(page)).toContainText('Import “dropped.csv”');
  await button(page, 'Use this data').click();
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText(
    'Imported: dropped.csv',
  );
});

test('the data and the run download as CSV files named after the data', async ({ page }) => {
  await openApp(page);
  for (let k = 1; k <= 3; k++) {
    await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText(String(k));
  }

  const readDownload = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button(page, name).click(),
    ]);
    const path = await download.path();
    return {
      fileName: download.suggestedFilename(),
      lines: readFileSync(path, 'utf8').split('\n'),
    };
  };

  const data = await readDownload('Export data (CSV)');
  expect(data.fileName).toBe('twoBlobs-data.csv');
  expect(data.lines[0]).toBe('x1,x2,y');
  expect(data.lines.filter((line) => line !== '')).toHaveLength(101);

  const run = await readDownload('Export run (CSV)');
  expect(run.fileName).toBe('twoBlobs-run.csv');
  expect(run.lines[0]).toBe('iteration,epoch,loss,gradient norm,intercept,x1,x2');
  const rows = run.lines.slice(1).filter((line) => line !== '');
  expect(rows.map((row) => Number(row.split(',')[0]))).toEqual([0, 1, 2, 3]);
  // The parameters are in raw units, as the table shows them (six significant digits).
  const last = rows[3].split(',').map(Number).slice(4);
  const current = (await readParameters(page)).map((row) => parseFormatted(row[1]));
  expect(last.map((v) => Number(v.toPrecision(6)))).toEqual(current);

  await importWithDefaults(page, 'challenger23.csv', fixture('challenger23.csv'));
  const imported = await readDownload('Export data (CSV)');
  expect(imported.fileName).toBe('challenger23-data.csv');
  expect(imported.lines[0]).toBe('x1,y');
  expect(imported.lines[1]).toBe('66,0');
});

/** A page in a context of its own (no shared storage), failing the test on its errors too. */
async function openFresh(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page, url);
  return { page, errors, close: () => context.close() };
}

test('Copy link puts the setup in the address and on the clipboard; the link restores it', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await importWithDefaults(page, 'challenger23.csv', fixture('challenger23.csv'));
  await setLearningRate(page, '0.25');
  await button(page, 'Copy link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const url = page.url();
  expect(url).toContain('#');
  expect(url).toContain('eta=0.25');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const other = await openFresh(browser, url);
  await expect(learningRate(other.page)).toHaveValue('0.25');
  await expect(select(other.page, 'Data set').locator('option:checked')).toHaveText(
    'Imported: challenger23.csv',
  );
  await expect.poll(() => parameterNames(other.page)).toEqual(['intercept', 'x1']);
  await expect
    .poll(async () => (await readParameters(other.page)).map((row) => row[2]))
    .toEqual(await readParameters(page).then((all) => all.map((row) => row[2])));
  expect(other.errors).toEqual([]);
  await other.close();
});

test('where the clipboard is refused, the link is shown selected to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openApp(page);
  await select(page, 'Data set').selectOption({ label: 'XOR' });
  await button(page, 'Copy link').click();
  const field = page.getByRole('textbox', { name: 'Link to this setup' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(page.url());
  expect(page.url()).toContain('data=xor');
  const selected = await field.evaluate((input: HTMLInputElement) => [
    input.selectionStart,
    input.selectionEnd,
    input.value.length,
  ]);
  expect(selected).toEqual([0, selected[2], selected[2]]);
  await expect(page.getByText('did not allow copying')).toBeVisible();
  await button(page, 'Close the link').click();
  await expect(field).toHaveCount(0);
});

test('a reload restores the data set, the learning rate and imported points', async ({ page }) => {
  await openApp(page);
  await select(page, 'Data set').selectOption({ label: 'Circles' });
  await setLearningRate(page, '0.5');
  await page.reload();
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(select(page, 'Data set')).toHaveValue('circles');
  await expect(learningRate(page)).toHaveValue('0.5');

  await importWithDefaults(page, 'ex2data1.csv', fixture('ex2data1.csv'));
  await page.reload();
  await expect(button(page, 'Play')).toBeEnabled();
  await openSettings(page);
  await expect(select(page, 'Data set').locator('option:checked')).toHaveText(
    'Imported: ex2data1.csv',
  );
  await expect.poll(() => parameterNames(page)).toEqual(['intercept', 'x1', 'x2']);
  // No notices: the saved session was used as it was.
  await expect(page.getByText('not all of it could be used')).toHaveCount(0);
});

test('a hostile link opens with the defaults and says what it could not use', async ({ page }) => {
  await openApp(page, './#eta=NaN&loss=<script>&n=-5&points=!!!');
  const notices = page.getByRole('status').filter({ hasText: 'The link was opened' });
  await expect(notices).toContainText('The learning rate "NaN" is not a number');
  await expect(notices).toContainText('The loss "<script>" is unknown');
  await expect(notices).toContainText('The number of points -5 is out of range');
  await expect(notices).toContainText('points could not be read');
  await expect(learningRate(page)).toHaveValue('1');
  await expect(select(page, 'Loss')).toHaveValue('crossEntropy');

  // It runs.
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');

  // The address follows what runs now (issue 12): none of the broken settings, the clamped number
  // of points instead, so a reload opens what runs.
  await expect.poll(() => new URL(page.url()).hash).toMatch(/(^|&)n=2(&|$)/);
  const hash = decodeURIComponent(new URL(page.url()).hash);
  for (const broken of ['NaN', '<script>', 'n=-5', 'points=']) expect(hash).not.toContain(broken);
  await button(page, 'Dismiss these notices').click();
  await expect(notices).toHaveCount(0);
});
