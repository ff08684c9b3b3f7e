import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHAPTERS } from '../../src/story/chapters';
import { expect, test } from './fixtures';
import {
  button,
  closeSettings,
  iterationText,
  openApp,
  openSettings,
  select,
  stepTimes,
} from './support';

/**
 * axe-core over every state a user can put the page in: both themes, presentation mode (the
 * projector's high-contrast theme), each chapter of the guide, the derivation's steps open, an
 * imported file with its column chooser, the "Hide parts" menu, compare runs, one-feature data.
 * Serious and critical violations fail the test; moderate and minor ones are printed, so they are
 * seen without blocking.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe over the whole page, KaTeX and all, takes seconds per scan on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** One violation as a line a person can act on: rule, impact, and where. */
interface Finding {
  readonly state: string;
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
  readonly detail: string;
}

/**
 * Scans the page as it is now and records every violation under `state`. Waits for the page to be
 * still first: the guide and the worker update the DOM, and a half-drawn panel would be scanned.
 */
async function scan(page: Page, state: string, findings: Finding[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Let transitions (theme colours fade, details open) settle before colours are measured.
  await page.waitForTimeout(400);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const violation of results.violations) {
    findings.push({
      state,
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 6).map((node) => node.target.join(' ')),
      detail: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
    });
  }
}

const BLOCKING = new Set(['serious', 'critical']);

/** Prints the findings that do not fail, and fails on the others with every detail listed. */
function report(findings: readonly Finding[]): void {
  const line = (f: Finding) =>
    `[${f.state}] ${f.impact} ${f.rule}: ${f.help}\n    at ${f.targets.join(' | ')}\n    ${f.detail}`;
  const minor = findings.filter((f) => !BLOCKING.has(f.impact));
  if (minor.length > 0) {
    console.log(
      `axe: ${minor.length} moderate or minor finding(s):\n${minor.map(line).join('\n')}`,
    );
  }
  const blocking = findings.filter((f) => BLOCKING.has(f.impact)).map(line);
  expect(blocking, 'serious or critical accessibility violations').toEqual([]);
}

test('the page in the light and dark themes, stepped, with the derivation open', async ({
  page,
}) => {
  const findings: Finding[] = [];
  await openApp(page);
  await scan(page, 'light, iteration 0', findings);
  await stepTimes(page, 3);
  // Every step of the derivation open: their formulas and numbers are scanned too.
  const mathematics = page.getByRole('region', { name: 'The mathematics' });
  const closed = mathematics.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await expect(mathematics.locator('details:not([open])')).toHaveCount(0);
  await scan(page, 'light, stepped, derivation open', findings);
  await page.screenshot({ path: test.info().outputPath('light.png'), fullPage: true });
  // The settings (parameters, model summary, training, features, data) live in the drawer, which
  // covers the mathematics: scanned open too, in each theme.
  await openSettings(page);
  await scan(page, 'light, stepped, settings open', findings);
  await page.screenshot({ path: test.info().outputPath('light-settings.png'), fullPage: true });

  await button(page, 'Dark theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await scan(page, 'dark, stepped, settings open', findings);
  await page.screenshot({ path: test.info().outputPath('dark-settings.png'), fullPage: true });
  await closeSettings(page);
  await scan(page, 'dark, stepped, derivation open', findings);
  await page.screenshot({ path: test.info().outputPath('dark.png'), fullPage: true });
  report(findings);
});

test('points held out for testing: the drawer’s controls, the hollow points, both themes', async ({
  page,
}) => {
  const findings: Finding[] = [];
  await openApp(page, './#test=30&testSeed=1');
  await stepTimes(page, 3);
  await openSettings(page);
  await expect(page.getByRole('slider', { name: 'Hold out for testing' })).toHaveValue('30');
  await scan(page, 'light, held out, settings open', findings);
  await button(page, 'Dark theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await scan(page, 'dark, held out, settings open', findings);
  await closeSettings(page);
  await scan(page, 'dark, held out', findings);
  report(findings);
});

test('presentation mode: the projector theme and large type', async ({ page }) => {
  const findings: Finding[] = [];
  await openApp(page);
  await button(page, 'Start the guide').click();
  await button(page, 'Presentation mode').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await scan(page, 'presentation', findings);
  await page.screenshot({ path: test.info().outputPath('presentation.png'), fullPage: true });
  // The settings that were the "Show controls" panel are in the drawer now.
  await openSettings(page);
  await stepTimes(page, 2);
  await scan(page, 'presentation, settings open, stepped', findings);
  await page.screenshot({
    path: test.info().outputPath('presentation-controls.png'),
    fullPage: true,
  });
  report(findings);
});

test('every chapter of the guide', async ({ page }) => {
  test.setTimeout(600_000);
  const findings: Finding[] = [];
  await openApp(page);
  await button(page, 'Start the guide').click();
  for (const [index, chapter] of CHAPTERS.entries()) {
    await select(page, 'Chapter').selectOption({ label: `${index + 1}. ${chapter.title}` });
    await expect(page.getByRole('heading', { level: 2, name: chapter.title })).toBeVisible();
    await expect(iterationText(page)).toHaveText('0');
    await scan(page, `chapter "${chapter.id}"`, findings);
    // The last scene too: its settings and captions differ from the first.
    if (chapter.scenes.length > 1) {
      for (let k = 1; k < chapter.scenes.length; k++) await button(page, 'Next').click();
      await expect(page.getByRole('heading', { level: 2, name: chapter.title })).toBeVisible();
      await expect(
        page.getByText(`Scene ${chapter.scenes.length} of ${chapter.scenes.length}:`),
      ).toBeVisible();
      // A last scene that plays is paused first, so the page is still while axe reads it: in
      // slow motion a formula changes phase by phase, and axe could read it in the instant
      // between a change and the frame whose layout decides whether it scrolls (Tex.tsx), which
      // no keyboard can reach. The scene's settings and captions, what is scanned here, stay.
      // A run may end between the look and the click, so the click does not wait for the button;
      // what counts is that nothing plays when axe reads the page.
      const pause = button(page, 'Pause');
      if (await pause.isVisible()) await pause.click({ timeout: 2000 }).catch(() => undefined);
      await expect(button(page, 'Play')).toBeVisible();
      await scan(page, `chapter "${chapter.id}", last scene`, findings);
    }
  }
  report(findings);
});

test('an imported file: the column chooser and the imported data', async ({ page }) => {
  const findings: Finding[] = [];
  await openApp(page);
  await openSettings(page);
  await page.getByLabel('Import CSV').setInputFiles({
    name: 'ucla_admit_gre_gpa.csv',
    mimeType: 'text/csv',
    buffer: fixture('ucla_admit_gre_gpa.csv'),
  });
  const chooser = page.getByRole('form', { name: /^Import/ });
  await expect(chooser).toBeVisible();
  await scan(page, 'column chooser', findings);
  await page.screenshot({ path: test.info().outputPath('chooser.png'), fullPage: true });
  await button(page, 'Use this data').click();
  await expect(chooser).toHaveCount(0);
  await expect(iterationText(page)).toHaveText('0');
  await stepTimes(page, 2);
  await scan(page, 'imported CSV', findings);
  // A refused file: the alert with its reason.
  await page.getByLabel('Import CSV').setInputFiles({
    name: 'empty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(''),
  });
  await expect(page.getByRole('alert')).toContainText('The file is empty');
  await scan(page, 'refused import', findings);
  report(findings);
});

test('the "Hide parts" menu open, and the one-feature preset', async ({ page }) => {
  const findings: Finding[] = [];
  await openApp(page);
  await page.getByText('Hide parts').click();
  await expect(page.getByRole('checkbox', { name: 'Parameter space' })).toBeVisible();
  await scan(page, 'hide parts menu', findings);
  await page.getByRole('checkbox', { name: 'Parameter space' }).check();
  await scan(page, 'a part hidden', findings);
  await page.getByRole('checkbox', { name: 'Parameter space' }).uncheck();

  await openSettings(page);
  await select(page, 'Data set').selectOption({ label: 'One feature' });
  await expect(iterationText(page)).toHaveText('0');
  await stepTimes(page, 3);
  await scan(page, 'one-feature preset', findings);
  await page.screenshot({ path: test.info().outputPath('one-feature.png'), fullPage: true });
  report(findings);
});

test('compare runs, when the page has it', async ({ page }) => {
  const findings: Finding[] = [];
  await openApp(page);
  await openSettings(page);
  const compareWith = page
    .getByRole('group', { name: 'Compare runs' })
    .getByRole('combobox', { name: 'Compare with', exact: true });
  await expect(compareWith).toBeVisible();
  const options = await compareWith.locator('option').allTextContents();
  // The first option is "nothing"; take the next, whatever run B it sets up.
  await compareWith.selectOption({ label: options[1] });
  await expect(page.getByRole('table', { name: 'Iterations to converge' })).toBeVisible();
  await stepTimes(page, 3);
  await scan(page, `compare: ${options[1]}`, findings);
  await button(page, 'Dark theme').click();
  await scan(page, `compare, dark: ${options[1]}`, findings);
  await page.screenshot({ path: test.info().outputPath('compare-dark.png'), fullPage: true });
  report(findings);
});

test('the iteration is announced politely: after each step, and at most every few seconds while playing', async ({
  page,
}) => {
  const announcer = page.getByRole('status', { name: 'Current iteration', exact: true });
  // A number as formatNumber writes it: "0.2535", "1.945 × 10⁻⁴".
  const number = '\\d\\.\\d+(?: × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?';
  const sentence = (iteration: number) =>
    new RegExp(
      `^Iteration ${iteration}: loss ${number}, gradient norm ${number}; \\d+ of 100 points misclassified\\.$`,
    );
  await openApp(page);
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await stepTimes(page, 1);
  await expect(announcer).toHaveText(sentence(1));
  await stepTimes(page, 2);
  await expect(announcer).toHaveText(sentence(3));
  await button(page, 'Step back').click();
  await expect(iterationText(page)).toHaveText('2');
  await expect(announcer).toHaveText(sentence(2));
  // The misclassified count is the data panel's, in its figure's description.
  const description = await page
    .getByRole('region', { name: 'Data space' })
    .locator('figcaption')
    .first()
    .textContent();
  const wrong = /(\d+) of 100 points misclassified/.exec(description ?? '')?.[1];
  expect(wrong).toBeDefined();
  await expect(announcer).toContainText(`${wrong} of 100 points misclassified`);

  // Playing: the readout changes many times a second, the announcement at most every 5 s. Each
  // change of the live region is recorded with its time.
  await button(page, 'Play').click();
  const changes: { at: number; text: string }[] = [];
  let last = (await announcer.textContent()) ?? '';
  const started = Date.now();
  while (Date.now() - started < 6000) {
    const text = (await announcer.textContent()) ?? '';
    if (text !== last) changes.push({ at: Date.now(), text });
    last = text;
    await page.waitForTimeout(100);
  }
  await button(page, 'Pause').click();
  // Something was said while it played (the last announcement, at iteration 2, was seconds ago)…
  expect(changes.length, JSON.stringify(changes)).toBeGreaterThanOrEqual(1);
  // …each a whole sentence about an iteration the run had reached by playing, in order…
  const iterations = changes.map(({ text }) => Number(/^Iteration (\d+):/.exec(text)?.[1]));
  for (const [k, { text }] of changes.entries()) {
    expect(text).toMatch(sentence(iterations[k]));
    expect(iterations[k]).toBeGreaterThan(k === 0 ? 2 : iterations[k - 1]);
  }
  // …and never two within the interval (less the 100 ms the polling may add).
  for (let k = 1; k < changes.length; k++) {
    expect(changes[k].at - changes[k - 1].at).toBeGreaterThanOrEqual(5000 - 200);
  }
  // Paused: it says where the run stopped.
  const stopped = Number(await iterationText(page).textContent());
  expect(stopped).toBeGreaterThan(2);
  await expect(announcer).toHaveText(sentence(stopped));
});
