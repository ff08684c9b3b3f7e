import type { Page } from '@playwright/test';
import { PHASES } from '../../src/ui/slowMotion/phases';
import { expect, test } from './fixtures';
import { button } from './support';

/**
 * Slow motion as a student meets it: at the slowest speed a Step plays in four phases, the figures
 * show the iteration before the step until its last phase, and the derivation marks each phase's
 * section.
 */

const caption = (page: Page) => page.getByRole('status', { name: 'Slow motion' });
const current = (page: Page) =>
  page.getByRole('region', { name: 'The mathematics' }).locator('[aria-current="step"]');
const derivationIteration = (page: Page) =>
  page
    .getByRole('region', { name: 'The mathematics' })
    .getByRole('definition')
    .and(page.getByLabel('At iteration'));

test('at the slowest speed a step plays in four phases, with the derivation following', async ({
  page,
}) => {
  await page.goto('./');
  const speed = page.getByRole('slider', { name: 'Speed' });
  await speed.focus();
  await page.keyboard.press('Home');
  await expect(speed).toHaveAttribute('aria-valuetext', /slow motion/);
  await expect(caption(page)).toContainText('Slow motion.');
  await expect(derivationIteration(page)).toHaveText('0');

  // Record what the page shows at every change: the phases are short, and a loaded machine
  // could make a poll miss one, so the test reads them all afterwards.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const read = () => {
      const caption = document.querySelector('[aria-label="Slow motion"]')?.textContent ?? '';
      const phase = /phase (\d) of 4/.exec(caption)?.[1] ?? '-';
      const current =
        document
          .querySelector('[aria-current="step"] summary')
          ?.textContent?.replace(/^\d+\.\s*/, '') ?? '-';
      const iteration =
        [...document.querySelectorAll('.derivation-status dt')].find(
          (dt) => dt.textContent === 'At iteration',
        )?.nextElementSibling?.textContent ?? '?';
      const entry = `${phase}|${current}|${iteration}`;
      if (seen.at(-1) !== entry) seen.push(entry);
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  await button(page, 'Step').click();
  await expect(caption(page)).toContainText(`Iteration 1 · phase 1 of 4`);
  await page.screenshot({ path: test.info().outputPath('phase-1.png') });
  await expect(caption(page)).toContainText(`phase 4 of 4 ${PHASES[3].title}`);
  await page.screenshot({ path: test.info().outputPath('phase-4.png') });
  await expect(caption(page)).toContainText('Slow motion.');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  // Each phase in order, each settling on its section of the derivation (the summary adds
  // ' ← now') and on the numbers of iteration 0: phase 4 of iteration 1 is the step θ₀ → θ₁, so its
  // numbers are still iteration 0's (issue 12). A phase's first frame may still carry the previous
  // phase's numbers (the derivation re-renders a moment later).
  const phases = seen
    .filter((entry) => !entry.startsWith('-'))
    .map((entry) => entry.replace(' ← now', ''));
  const order = phases.map((entry) => entry[0]).filter((p, k, all) => p !== all[k - 1]);
  expect(order).toEqual(['1', '2', '3', '4']);
  const settled = order.map((p) => phases.filter((entry) => entry[0] === p).at(-1));
  expect(settled).toEqual([
    '1|The model: a score, then a probability|0',
    '2|What cancels|0',
    '3|All points at once|0',
    '4|The step downhill|0',
  ]);
  // Then the page rests on iteration 1, ready for the next.
  await expect(caption(page)).toContainText('Slow motion.');
  await expect(current(page)).toHaveCount(0);
});

test('at other speeds a step shows at once, without phases', async ({ page }) => {
  await page.goto('./');
  await button(page, 'Step').click();
  await expect(derivationIteration(page)).toHaveText('1');
  await expect(caption(page)).toHaveText('');
  await expect(current(page)).toHaveCount(0);
});
