import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, chooseSetting, stepTimes } from './support';

/**
 * The mathematics panel as a reader meets it: the steps of the derivation as disclosures, the
 * formulas typeset by KaTeX with this iteration's numbers, and the variants (squared error,
 * Newton's method). Its numbers are checked against the training strip's readout.
 */

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const panel = (page: Page) => page.getByRole('region', { name: 'The mathematics' });
/** A readout value of the training strip, found by its label (see training.spec.ts). */
const readout = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Training' })
    .getByRole('definition')
    .and(page.getByLabel(label, { exact: true }));
/** A value of the panel's own status line. */
const status = (page: Page, label: string) =>
  panel(page)
    .getByRole('definition')
    .and(page.getByLabel(label, { exact: true }));
/** A step's <summary>, by its title. */
const summary = (page: Page, title: string) =>
  panel(page).locator('summary').filter({ hasText: title });
/** A step's <details>. */
const step = (page: Page, title: string) =>
  panel(page)
    .locator('details')
    .filter({ has: page.locator('summary').filter({ hasText: title }) });
/** What the typeset formulas of a step show (KaTeX's HTML, without its MathML copy). */
const shownMath = async (locator: Locator): Promise<string> =>
  (await locator.locator('.katex-html').allTextContents()).join(' ').replace(/\u200b/g, '');
/** The panel's numbers in words, for screen readers. */
const spokenSummary = async (page: Page): Promise<string> =>
  (await panel(page).locator('p[aria-live="off"]').textContent()) ?? '';

async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(panel(page).locator('.katex').first()).toBeVisible();
}

async function stepShown(page: Page, count: number): Promise<void> {
  await stepTimes(page, count);
  // Stepped, not playing: the panel shows the iteration at once.
  await expect(status(page, 'At iteration')).toHaveText(
    (await readout(page, 'Iteration').textContent()) ?? '',
  );
}

async function openStep(page: Page, title: string): Promise<Locator> {
  const details = step(page, title);
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await summary(page, title).click();
  }
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator('.katex').first()).toBeVisible();
  return details;
}

/** The rest of the summary's sentence that starts with `lead`, without its full stop. */
function sentence(text: string, lead: string): string {
  const start = text.indexOf(lead);
  expect(start, `"${lead}" in the summary`).toBeGreaterThanOrEqual(0);
  // A sentence ends at ". " before a capital letter (numbers have digits after their point).
  return /^(.*?)\.(?= [A-Z]|$)/.exec(text.slice(start + lead.length))![1];
}

test('the mathematics panel is a named region whose steps are disclosures, the first two open', async ({
  page,
}) => {
  await openApp(page);
  await expect(panel(page).getByRole('heading', { name: 'The mathematics' })).toBeVisible();
  const summaries = panel(page).locator('summary');
  await expect(summaries).toHaveText([
    /1\. The model/,
    /2\. How likely the labels are/,
    /3\. Flip the sign/,
    /4\. The chain rule/,
    /5\. The sigmoid’s slope/,
    /6\. What cancels/,
    /7\. All points at once/,
    /8\. Check it with finite differences/,
    /9\. The step downhill/,
  ]);
  const open = await panel(page)
    .locator('details')
    .evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));
  expect(open).toEqual([true, true, false, false, false, false, false, false, false]);
  await expect(panel(page).locator('.katex-error')).toHaveCount(0);
  // MathML for screen readers beside the HTML.
  await expect(panel(page).locator('.katex-mathml math').first()).toBeAttached();
  await expect(panel(page).getByText(/NaN|Infinity/)).toHaveCount(0);
});

test('after a few steps, the loss and gradient norm shown are the readout’s, and the step’s θ is the next iteration’s', async ({
  page,
}) => {
  await openApp(page);
  await stepShown(page, 3);
  await expect(status(page, 'Loss J(θ)')).toHaveText((await readout(page, 'Loss').textContent())!);

  const loss = await openStep(page, 'Flip the sign');
  // An aligned block reads column by column: "J(θ) ℓ₁ =0.382291 =…".
  expect(await shownMath(loss)).toContain(`=${await readout(page, 'Loss').textContent()}`);

  const gradient = await openStep(page, 'All points at once');
  const norm = (await readout(page, 'Gradient norm').textContent())!;
  expect(await shownMath(gradient)).toContain(`∥∇J∥=${norm}`);
  // The components written out as sums: ∂J/∂b, ∂J/∂w1, ∂J/∂w2, each ending in its value.
  const spoken = await spokenSummary(page);
  const components = sentence(spoken, 'Gradient ∇J: ')
    .replace(/; its norm.*$/, '')
    .split(', ')
    .map((part) => part.split(' ').slice(1).join(' '));
  expect(components).toHaveLength(3);
  const sums = gradient.locator('.derivation-math');
  for (const [j, value] of components.entries()) {
    // Rows of the sum: its terms, then "= value" at the end.
    expect(await shownMath(sums.nth(j + 1))).toMatch(
      new RegExp(`⋯\\)=${value.replace(/[.×]/g, '\\$&')}$`),
    );
  }

  const update = await openStep(page, 'The step downhill');
  const next = sentence(await spokenSummary(page), 'Next θ with learning rate η = 1: ');
  for (const value of next.split(', ')) {
    expect(await shownMath(update)).toContain(value.split(' ').slice(1).join(' '));
  }
  await stepShown(page, 1);
  expect(sentence(await spokenSummary(page), 'Parameters θ: ')).toBe(next);
});

test('steps open and close from the keyboard', async ({ page }) => {
  await openApp(page);
  const chain = step(page, 'The chain rule');
  await expect(chain).not.toHaveAttribute('open');
  await summary(page, 'The chain rule').focus();
  await page.keyboard.press('Enter');
  await expect(chain).toHaveAttribute('open', '');
  await expect(chain.locator('.katex').first()).toBeVisible();
  await page.keyboard.press('Space');
  await expect(chain).not.toHaveAttribute('open');
  await expect(chain.locator('.katex')).toHaveCount(0);
  // Tab reaches the next step’s summary, and Enter opens it.
  await page.keyboard.press('Tab');
  await expect(summary(page, 'The sigmoid’s slope')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(step(page, 'The sigmoid’s slope')).toHaveAttribute('open', '');
});

test('the point field chooses the point whose numbers the derivation shows', async ({ page }) => {
  await openApp(page);
  const field = panel(page).getByRole('spinbutton', { name: /^Point i/ });
  await field.fill('42');
  await field.press('Enter');
  await expect(step(page, 'The model')).toContainText('Point 42 of 100');
  expect(await spokenSummary(page)).toContain('Point 42 of 100');
  await field.fill('1000');
  await field.press('Enter');
  await expect(panel(page).getByText('Enter a whole number from 1 to 100.')).toBeVisible();
});

test('squared error keeps the factor p(1 − p), framed, with its value for the point', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  await openApp(page);
  await stepShown(page, 2);
  // Closed again after the choice: the drawer covers the mathematics.
  await chooseSetting(page, 'Loss', { label: 'squared error' });
  await expect(summary(page, 'What does not cancel')).toBeVisible();
  await expect(summary(page, 'The loss: squared error')).toBeVisible();
  const details = await openStep(page, 'What does not cancel');
  // Framed in the formula and around the point's value.
  await expect(details.locator('.fcolorbox')).toHaveCount(3);
  const slope = /p\(1 − p\) = ([^,]+),/.exec(await spokenSummary(page))![1];
  expect(await shownMath(details)).toContain(slope);
  await expect(details).toContainText('confidently wrong');
  await expect(status(page, 'Loss J(θ)')).toHaveText((await readout(page, 'Loss').textContent())!);
  await page.mouse.move(0, 0);
  await details.locator('.derivation-math').first().scrollIntoViewIfNeeded();
  await panel(page).screenshot({ path: 'test-results/screenshots/derivation-squared-error.png' });
});

test('Newton’s method with the cross-entropy shows the Hessian and the Newton step', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  await openApp(page);
  await chooseSetting(page, 'Optimizer', { label: 'Newton’s method' });
  await expect(summary(page, 'Newton’s step')).toBeVisible();
  const details = await openStep(page, 'Newton’s step');
  await expect(details).toContainText('Hessian');
  await expect(details).toContainText(/Its eigenvalues run from [\d.]+ to [\d.]+\./);
  const math = await shownMath(details);
  expect(math).toContain('H=');
  expect(math).toContain('Δ=H−1∇J');
  await page.mouse.move(0, 0);
  // The matrix and the step in view (the steps scroll inside the panel on a laptop).
  await details.locator('.derivation-math').last().scrollIntoViewIfNeeded();
  await panel(page).screenshot({ path: 'test-results/screenshots/derivation-newton.png' });
});

test('while playing the numbers change at most about 4 times a second; after Pause they are the paused iteration’s', async ({
  page,
}) => {
  await openApp(page);
  // The default speed, 30 iterations a second: far more snapshots than the panel shows.
  // Record every iteration number the panel's status line shows.
  await page.evaluate(() => {
    const target = document.querySelector('.derivation-status dd')!;
    const w = window as unknown as { shownIterations: { text: string; at: number }[] };
    w.shownIterations = [];
    // A change of the number counts, not each DOM mutation that writes it.
    new MutationObserver(() => {
      const text = target.textContent ?? '';
      if (w.shownIterations.at(-1)?.text !== text)
        w.shownIterations.push({ text, at: performance.now() });
    }).observe(target, {
      subtree: true,
      characterData: true,
      childList: true,
    });
  });
  const start = Number(await readout(page, 'Iteration').textContent());
  await button(page, 'Play').click();
  await page.waitForTimeout(2000);
  await button(page, 'Pause').click();
  await expect(button(page, 'Play')).toBeVisible();
  const end = Number(await readout(page, 'Iteration').textContent());
  const shown = await page.evaluate(
    () =>
      (window as unknown as { shownIterations: { text: string; at: number }[] }).shownIterations,
  );
  // The run went on by dozens of iterations; the panel showed about 4 of them a second. Counted
  // by the page's own clock between the changes: on a loaded machine the Pause click may land
  // well after 2 s, and the count alone then overstated the rate.
  expect(end - start).toBeGreaterThan(20);
  expect(shown.length).toBeGreaterThan(2);
  // Between the first change after Play (at once) and the final, paused one (at once), every
  // change waited its 250 ms (a timer may fire a little early; never twice in 200 ms).
  const whilePlaying = shown.slice(1, -1);
  for (let i = 1; i < whilePlaying.length; i++) {
    expect(whilePlaying[i].at - whilePlaying[i - 1].at).toBeGreaterThanOrEqual(200);
  }
  await expect(status(page, 'At iteration')).toHaveText(
    (await readout(page, 'Iteration').textContent())!,
  );
  await expect(status(page, 'Loss J(θ)')).toHaveText((await readout(page, 'Loss').textContent())!);
});

test('a formula brought to new numbers in place is the formula typeset afresh', async ({
  page,
}) => {
  await openApp(page);
  // The formulas of the first step, as HTML (what a reader sees and a screen reader reads).
  const formulas = () =>
    step(page, 'The model')
      .locator('.derivation-math, .derivation-inline-math')
      .evaluateAll((elements) => elements.map((element) => element.innerHTML));
  const before = await formulas();
  await button(page, 'Play').click();
  await page.waitForTimeout(1500);
  await button(page, 'Pause').click();
  await expect(status(page, 'At iteration')).toHaveText(
    (await readout(page, 'Iteration').textContent())!,
  );
  // The live formulas were updated in place (morph.ts) while the run played and at Pause.
  const updated = await formulas();
  expect(updated.filter((html, k) => html !== before[k]).length).toBeGreaterThan(0);
  // Closing and opening the step typesets every formula afresh into new elements.
  await summary(page, 'The model').click();
  await expect(step(page, 'The model')).not.toHaveAttribute('open', '');
  await summary(page, 'The model').click();
  await expect(step(page, 'The model').locator('.katex').first()).toBeVisible();
  expect(await formulas()).toEqual(updated);
});

test('a diverged run shows words, never NaN or Infinity, in every step', async ({ page }) => {
  // With an L2 term λ = 1, η = 100 (the largest η) multiplies the weights by 1 − ηλ = −99 each
  // step: they run away.
  await openApp(page, './#reg=l2&lambda=1');
  const learningRate = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
  await learningRate.fill('100');
  await learningRate.press('Enter');
  await page.getByRole('slider', { name: 'Speed' }).focus();
  await page.getByRole('slider', { name: 'Speed' }).press('End');
  await button(page, 'Play').click();
  await expect(page.locator('.run-status')).toContainText('Diverged', { timeout: 30_000 });
  await expect(button(page, 'Play')).toBeVisible();
  const summaries = panel(page).locator('summary');
  for (let k = 0; k < (await summaries.count()); k++) {
    const details = panel(page).locator('details').nth(k);
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await summaries.nth(k).click();
    }
  }
  await expect(panel(page).locator('details[open]')).toHaveCount(await summaries.count());
  await expect(panel(page).locator('.katex-error')).toHaveCount(0);
  // What a reader sees and what a screen reader reads (KaTeX's HTML and MathML, the summary).
  expect(await panel(page).innerText()).not.toMatch(/NaN|Infinity/);
  expect(await panel(page).locator('.katex-mathml math').allTextContents()).not.toContainEqual(
    expect.stringMatching(/NaN|Infinity/),
  );
});

test('KaTeX’s script and fonts come from the app itself: no request leaves its origin', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page);
  await openStep(page, 'All points at once');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  expect(requests.some((url) => /KaTeX_Main-Regular-.*\.woff2$/.test(url))).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  for (const [device, size] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    test(`screenshot: the derivation in the ${theme} theme on a ${device}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      if (theme === 'dark') {
        await button(page, 'Dark theme').click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      await stepShown(page, 3);
      const sums = await openStep(page, 'All points at once');
      // On a laptop the steps scroll inside the panel: bring the written-out sums into view.
      await sums.locator('.derivation-math').nth(1).scrollIntoViewIfNeeded();
      await page.evaluate(() => document.fonts.ready);
      // Nothing in the panel is wider than the panel: long formulas scroll inside their box.
      const overflow = await panel(page).evaluate((region) => {
        const box = region.getBoundingClientRect();
        return [...region.querySelectorAll('*')]
          .filter((element) => !element.closest('.derivation-math, .katex-mathml'))
          .filter((element) => element.getBoundingClientRect().right > box.right + 1).length;
      });
      expect(overflow).toBe(0);
      // …and the panel is no wider than the screen.
      const panelRight = await panel(page).evaluate(
        (region) => region.getBoundingClientRect().right,
      );
      expect(panelRight).toBeLessThanOrEqual(size.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(size.width);
      await page.mouse.move(0, 0);
      const path = `test-results/screenshots/derivation-${theme}-${device}.png`;
      if (device === 'laptop') {
        await panel(page).scrollIntoViewIfNeeded();
        await page.screenshot({ path });
      } else {
        await panel(page).screenshot({ path });
      }
    });
  }
}
