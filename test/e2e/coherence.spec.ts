import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  button,
  iterationText,
  openApp,
  openSettings,
  readIteration,
  select,
  stepTimes,
  training,
} from './support';

/**
 * Issue 12, "Every panel tells the same truth at the same moment": each test is one of its items,
 * tried as a student or a teacher would, and each failed before its fix.
 */

/** One number of the stage's readout (Iteration, Epoch, Loss, Gradient norm). */
const readout = (page: Page, label: string) =>
  training(page)
    .getByRole('definition')
    .and(page.getByLabel(label, { exact: true }));
const runStatus = (page: Page) => page.getByRole('status', { name: 'Run status' });
const learningRateField = (page: Page) =>
  page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
const surfaceRegion = (page: Page) => page.getByRole('region', { name: 'Parameter space' });

/** The numbers on the surface's axes (its tick labels), read from the figure's SVG. */
async function surfaceTicks(page: Page): Promise<number[]> {
  const texts = await surfaceRegion(page).locator('.plot-axis-label').allTextContents();
  return texts
    .map((text) => Number(text.replace('\u2212', '-')))
    .filter((value) => Number.isFinite(value));
}

test.describe('6. messages belong to the run they describe', () => {
  test('"Not applied" goes when a later setting is applied, and the controls do not jump', async ({
    page,
  }) => {
    await openApp(page);
    await openSettings(page);
    const slider = training(page).getByRole('slider', { name: 'Learning rate' });
    const before = await slider.boundingBox();
    const lossBefore = await select(page, 'Loss').boundingBox();
    await select(page, 'Loss').selectOption('squaredError');
    await select(page, 'Optimizer').selectOption('newton');
    await expect(runStatus(page)).toContainText('Not applied');
    await expect(runStatus(page)).toContainText('squared error is not convex');
    // The message appears without moving the controls beside it.
    expect(await slider.boundingBox()).toEqual(before);
    expect(await select(page, 'Loss').boundingBox()).toEqual(lossBefore);

    // A setting that is applied replaces the run the message was about: the message goes.
    await select(page, 'Loss').selectOption('crossEntropy');
    await expect(runStatus(page)).not.toContainText('Not applied');
    await select(page, 'Optimizer').selectOption('momentum');
    await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText('1');
    await expect(runStatus(page)).not.toContainText('not convex');
  });
});

test.describe('7. a new run frames its own path', () => {
  test('after a run that diverged, Reset frames the new run, not the old axes', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    // η stops at 100 (state/limits.ts), where the default data oscillate but stay bounded; with
    // an L2 term λ = 1 each step multiplies the weights by 1 − ηλ = −99: they run away.
    await openApp(page, './#reg=l2&lambda=1');
    await learningRateField(page).fill('100');
    await learningRateField(page).press('Enter');
    await button(page, 'Play').click();
    // The diverged run's path stretches the axes far out.
    await expect(runStatus(page)).toContainText('Diverged', { timeout: 30_000 });
    await openSettings(page);
    await select(page, 'Regularization').selectOption('none');
    await learningRateField(page).fill('40');
    await learningRateField(page).press('Enter');
    await button(page, 'Reset').click();
    await expect(iterationText(page)).toHaveText('0');
    // Framed around its own start and optimum: the axes no longer reach the old path.
    const widest = async () => {
      const ticks = await surfaceTicks(page);
      return ticks.length === 0 ? Infinity : Math.max(...ticks.map((v) => Math.abs(v)));
    };
    await expect.poll(widest).toBeLessThan(50);
    // After momentum's overshoot, too.
    await openSettings(page);
    await learningRateField(page).fill('1');
    await learningRateField(page).press('Enter');
    await select(page, 'Optimizer').selectOption('momentum');
    await button(page, 'Reset').click();
    await button(page, 'Play').click();
    await expect.poll(() => readIteration(page)).toBeGreaterThan(60);
    await button(page, 'Pause').click();
    const momentumWidest = await widest();
    await select(page, 'Optimizer').selectOption('gradientDescent');
    await button(page, 'Reset').click();
    await expect(iterationText(page)).toHaveText('0');
    await expect.poll(widest).toBeLessThan(momentumWidest);
  });
});

test.describe('7. the reader zooms the surface, and a new run frames itself again', () => {
  test('Zoom in narrows the axes around θ, Reset the view and a new run restore the framing', async ({
    page,
  }) => {
    await openApp(page);
    await stepTimes(page, 3);
    const span = async () => {
      const ticks = await surfaceTicks(page);
      return ticks.length < 2 ? NaN : Math.max(...ticks) - Math.min(...ticks);
    };
    await expect.poll(span).toBeGreaterThan(0);
    const framed = await span();
    const zoom = surfaceRegion(page).getByRole('group', { name: 'Zoom the surface' });
    await zoom.getByRole('button', { name: 'Zoom in' }).click();
    await zoom.getByRole('button', { name: 'Zoom in' }).click();
    // Four times closer: the ticks cover about a quarter of the span (ticks are round numbers).
    await expect.poll(span).toBeLessThan(framed / 2);
    await expect(zoom.getByRole('button', { name: 'Reset the view' })).toHaveText(/4×/);
    await zoom.getByRole('button', { name: 'Reset the view' }).click();
    await expect.poll(span).toBe(framed);
    await expect(zoom.getByRole('button', { name: 'Reset the view' })).toHaveCount(0);

    // Zoomed out, then a new run (Reset): it frames its own path and optimum again.
    await zoom.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(span).toBeGreaterThan(framed);
    const zoomedOut = await span();
    await button(page, 'Reset').click();
    await expect(iterationText(page)).toHaveText('0');
    await expect(zoom.getByRole('button', { name: 'Reset the view' })).toHaveCount(0);
    await expect.poll(span).toBeLessThan(zoomedOut);
  });
});

test.describe('8. keys work whatever button was clicked last', () => {
  test('after clicking Reset, Space plays and → steps; a focused field keeps its Space', async ({
    page,
  }) => {
    await openApp(page);
    await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText('1');
    await button(page, 'Reset').click();
    await expect(iterationText(page)).toHaveText('0');
    await page.keyboard.press('ArrowRight');
    await expect(iterationText(page)).toHaveText('1');
    await button(page, 'Reset').click();
    await expect(iterationText(page)).toHaveText('0');
    await page.keyboard.press('Space');
    await expect(button(page, 'Pause')).toBeVisible();
    await expect.poll(() => readIteration(page)).toBeGreaterThan(1);
    await page.keyboard.press('Space');
    await expect(button(page, 'Play')).toBeVisible();

    // Clicking Step, then Space: plays (not another step).
    await button(page, 'Step').click();
    const at = await readIteration(page);
    await page.keyboard.press('Space');
    await expect(button(page, 'Pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(button(page, 'Play')).toBeVisible();
    expect(await readIteration(page)).toBeGreaterThanOrEqual(at);

    // A text field keeps Space for typing, and R for itself.
    await learningRateField(page).click();
    await page.keyboard.press('Space');
    await page.keyboard.press('r');
    await expect(button(page, 'Play')).toBeVisible();

    // A keyboard user who tabs to a button still presses it with Space.
    await button(page, 'Step').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const focusedName = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focusedName).toContain('Step');
    const before = await readIteration(page);
    await page.keyboard.press('Space');
    await expect.poll(() => readIteration(page)).toBe(before + 1);
    await expect(button(page, 'Play')).toBeVisible();
  });
});

test.describe('9. counts and names agree', () => {
  test('the Points menu shows the chapter’s 60 points', async ({ page }) => {
    await page.goto('./#chapter=sigmoid');
    await expect(iterationText(page)).toHaveText('0');
    await openSettings(page);
    await expect(select(page, 'Points')).toHaveValue('60');
  });

  test('the accuracy and the figure count the points at z = 0 by one rule', async ({ page }) => {
    await openApp(page);
    // At θ = 0 every point has p = 0.5: the figure says there is no boundary yet, and the
    // accuracy does not count them as right (nor reads 0 %, which would say all are wrong).
    const figure = page.getByRole('region', { name: 'Data space' });
    await expect(figure.getByRole('figure').first()).toHaveAccessibleDescription(
      /every point p = 0\.5/,
    );
    const stats = page.locator('.loss-stats');
    await expect(stats).toContainText('0 of 100 points classified right, 100 undecided');
    await expect(stats).toContainText('Accuracy—');
    // After some steps: misclassified in the figure = the points not classified right.
    await button(page, 'Step').click();
    await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText('2');
    const right = Number(
      /(\d+) of 100 points classified right/.exec((await stats.textContent()) ?? '')?.[1],
    );
    await expect(figure.getByRole('figure').first()).toHaveAccessibleDescription(
      new RegExp(`${100 - right} of 100 points misclassified`),
    );
  });

  test('p − y is the point’s error, not its weight', async ({ page }) => {
    await openApp(page);
    await button(page, 'Step').click();
    const math = page.getByRole('region', { name: 'The mathematics' });
    await math
      .getByText(/What cancels/)
      .first()
      .click();
    await expect(math).toContainText('the point’s error');
    await expect(math).not.toContainText('weight in the gradient');
  });
});

test.describe('10. sharing with hidden parts', () => {
  test('the address bar follows the state and Copy link stays when Data and sharing is hidden', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByText('Hide parts').click();
    await page.getByRole('checkbox', { name: 'Data and sharing' }).check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('group', { name: 'Data and sharing' })).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).hash).toContain('hide=data');
    await learningRateField(page).fill('0.5');
    await learningRateField(page).press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toContain('eta=0.5');
    // Copy link is still there, without the drawer.
    const copy = button(page, 'Copy link');
    await expect(copy).toBeVisible();
    await copy.click();
    // The clipboard is refused in a test browser without permission: the link is shown to copy.
    const shown = page.getByRole('textbox', { name: 'Link to this setup' });
    const copied = page.getByText('Link copied to the clipboard.');
    await expect(shown.or(copied)).toHaveCount(1);
    if ((await shown.count()) > 0) {
      const url = await shown.inputValue();
      expect(url).toContain('eta=0.5');
      expect(url).toContain('hide=data');
    }
    // A reload of the address restores the state.
    await page.reload();
    await expect(learningRateField(page)).toHaveValue('0.5');
    await expect(page.getByRole('group', { name: 'Data and sharing' })).toHaveCount(0);
  });
});

const surfaceLegend = (page: Page) => surfaceRegion(page).locator('.surface-legend');

test.describe('4. numbers as a person reads them', () => {
  test('a learning rate the guide computed reads with 6 digits, and the arrow’s length is explained', async ({
    page,
  }) => {
    await page.goto('./#chapter=learning-rate');
    await expect(learningRateField(page)).toHaveValue('0.1');
    await button(page, 'Next').click();
    await button(page, 'Next').click();
    await expect(learningRateField(page)).not.toHaveValue('0.1');
    const eta = Number(await learningRateField(page).inputValue());
    // 0.95 × 2/L0, computed: shown with at most 6 significant digits.
    expect(String(eta).replace(/^0\.0*|\./g, '').length).toBeLessThanOrEqual(6);
    const legend = (await surfaceLegend(page).textContent()) ?? '';
    // Every number with at most 6 significant digits.
    for (const number of legend.match(/\d+(?:\.\d+)?/g) ?? []) {
      expect(number.replace('.', '').replace(/^0+/, '').length, number).toBeLessThanOrEqual(6);
    }
    expect(legend).not.toMatch(/drawn .*× longer/);
    // A tiny step is lengthened to be seen, and the legend says its true length instead.
    await button(page, 'Reset').click();
    await learningRateField(page).fill('0.0001');
    await learningRateField(page).press('Enter');
    await expect(surfaceLegend(page)).toContainText('true length');
    // No exponent is ever cut off: every "× 10" on the page carries its power.
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/× 10(?![⁻⁰¹²³⁴⁵⁶⁷⁸⁹])/);
    await expect(surfaceLegend(page)).not.toContainText('e-');
  });

  test('the gradient norm’s exponent is never cut off in the readout', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, './#data=separable&eta=100');
    await button(page, 'Step').click();
    await expect(readout(page, 'Gradient norm')).toContainText('× 10');
    // The run's own message writes its numbers the same way, never "1.447e-16".
    await expect(runStatus(page)).toContainText('Converged after 1 iteration:');
    await expect(runStatus(page)).not.toContainText('e-');
    const norm = readout(page, 'Gradient norm');
    // The whole number on one line, inside its region.
    const fits = await norm.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const region = element.closest('section')!.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
      return box.right <= region.right + 0.5 && box.height < 1.6 * lineHeight;
    });
    expect(fits).toBe(true);
  });
});

test.describe('5. each rule and loss has its own labels and landmarks', () => {
  test('Newton, momentum and squared error show their own step and marks', async ({ page }) => {
    await openApp(page);
    const marks = training(page).locator('.landmark-mark');
    await expect(marks).toHaveText(['2/L0', '2/L*']);
    await expect(surfaceLegend(page)).toContainText('step −η∇J, η = 1');
    const tip = async (name: string) =>
      Number(
        /= ([\d.]+)/.exec(
          (await training(page).locator('.landmark-tip').filter({ hasText: name }).textContent()) ??
            '',
        )?.[1],
      );
    const limit = await tip('2/L* =');
    const guaranteed = await tip('2/L0 =');

    await openSettings(page);
    await select(page, 'Optimizer').selectOption('newton');
    await expect(surfaceLegend(page)).toContainText('Newton’s step −H⁻¹∇J');
    await expect(surfaceLegend(page)).not.toContainText('−η∇J');
    await expect(marks).toHaveCount(0);
    await expect(training(page)).toContainText('no learning-rate landmark applies');

    await select(page, 'Optimizer').selectOption('momentum');
    await expect(surfaceLegend(page)).toContainText('momentum’s step −η(βv + ∇J)');
    await expect(marks).toHaveText(['2(1+β)/L*']);
    expect(await tip('2(1+β)/L* =')).toBeCloseTo(1.9 * limit, 2);
    await expect(training(page)).toContainText('2/L0 does not apply');

    await select(page, 'Optimizer').selectOption('gradientDescent');
    await select(page, 'Loss').selectOption('squaredError');
    // Squared error's 2/L* lies beyond the slider's end here: said in words, not left out.
    await expect(marks).toHaveText(['2/L0']);
    await expect(training(page)).toContainText(/2\/L\* = [\d.]+ lies beyond the slider/);
    await expect(training(page).locator('.landmark-tip').first()).toContainText('squared error');
    // Squared error's own landmarks: its curvature is bounded by about 0.077, not 1/4.
    await expect.poll(() => tip('2/L0 =')).toBeGreaterThan(3 * guaranteed);
  });
});

// Kept for people to look at; a run against other code (the code before the fix) writes elsewhere.
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/screenshots';

/** What every panel says the iteration is, read at one moment. */
async function panelIterations(page: Page) {
  return page.evaluate(() => {
    const dd = (root: Element | null, label: string) =>
      [...(root?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent === label)
        ?.nextElementSibling?.textContent ?? null;
    const region = (name: string) =>
      [...document.querySelectorAll('section')].find(
        (s) => s.querySelector('h2')?.textContent === name,
      ) ?? null;
    const training = document.querySelector('section[aria-label="Training"]');
    const number = (text: string | null | undefined, pattern: RegExp) => {
      const match = text ? pattern.exec(text) : null;
      return match ? Number(match[1]) : null;
    };
    const math = region('The mathematics');
    return {
      readout: number(dd(training, 'Iteration'), /(\d+)/),
      derivation: number(dd(math, 'At iteration'), /(\d+)/),
      derivationBehind: math?.querySelector('.derivation-behind')?.textContent ?? '',
      surface: number(region('Parameter space')?.textContent, /θ at iteration (\d+)/),
      data: number(
        region('Data space')?.querySelector('figure')?.getAttribute('aria-describedby')
          ? document.getElementById(
              region('Data space')!.querySelector('figure')!.getAttribute('aria-describedby')!,
            )?.textContent
          : null,
        /after iteration (\d+)/,
      ),
      curve: number(
        region('Loss')?.querySelector('.loss-stats')?.textContent,
        /at iteration (\d+)/,
      ),
    };
  });
}

test.describe('2. the derivation keeps up, or says it is behind', () => {
  test('at 10 iterations/s every panel shows the same iteration while playing', async ({
    page,
  }) => {
    await openApp(page, './#speed=10');
    await button(page, 'Play').click();
    const samples = [];
    for (let k = 0; k < 24; k++) {
      await page.waitForTimeout(70 + ((k * 37) % 60));
      samples.push(await panelIterations(page));
    }
    await page.screenshot({ path: `${SHOTS}/playing-10-per-second.png` });
    await button(page, 'Pause').click();
    const moving = samples.filter((s) => (s.readout ?? 0) > 0);
    expect(moving.length).toBeGreaterThan(10);
    for (const s of moving) {
      expect([s.derivation, s.surface, s.data, s.curve], JSON.stringify(s)).toEqual([
        s.readout,
        s.readout,
        s.readout,
        s.readout,
      ]);
    }
  });

  test('faster, the derivation says when it is behind the figures', async ({ page }) => {
    await openApp(page, './#speed=100&eta=0.02');
    await button(page, 'Play').click();
    let behind = 0;
    for (let k = 0; k < 20; k++) {
      await page.waitForTimeout(53);
      const s = await panelIterations(page);
      expect([s.surface, s.data, s.curve]).toEqual([s.readout, s.readout, s.readout]);
      if (s.derivation !== s.readout) {
        behind++;
        expect(s.derivationBehind).toContain(`Behind the figures (at iteration ${s.readout})`);
      } else expect(s.derivationBehind).toBe('');
    }
    await button(page, 'Pause').click();
    await expect(button(page, 'Play')).toBeVisible();
    // Paused, the derivation comes to the iteration the readout shows. Both are read at one moment:
    // a snapshot already on its way when Pause was pressed may still move them on by one.
    await expect
      .poll(async () => {
        const s = await panelIterations(page);
        return [s.derivation, s.derivationBehind, s.derivation === s.readout];
      })
      .toEqual([expect.any(Number), '', true]);
    expect(behind).toBeGreaterThan(0);
  });
});

test.describe('1. slow motion shows one step, θ_{k−1} → θ_k, everywhere', () => {
  test('in chapter 4 the caption, the figures and the derivation agree in every phase', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./#chapter=one-step');
    await expect(iterationText(page)).toHaveText('0');
    await expect(page.getByRole('status', { name: 'Slow motion' })).toContainText('Slow motion.');
    const math = page.getByRole('region', { name: 'The mathematics' });
    // Everything each phase shows, recorded at every change: the phases are short.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const read = () => {
        const caption = document.querySelector('[aria-label="Slow motion"]')?.textContent ?? '';
        const phase = /phase (\d) of 4/.exec(caption)?.[1] ?? '-';
        const math = [...document.querySelectorAll('section')].find(
          (s) => s.querySelector('h2')?.textContent === 'The mathematics',
        );
        const summary = math?.querySelector('.visually-hidden')?.textContent ?? '';
        const next = /Next θ[^:]*: (.*?)\.(?:\s|$)/.exec(summary)?.[1] ?? '?';
        const at = /^Iteration (\d+)/.exec(summary)?.[1] ?? '?';
        const surface = document.querySelector('figure[aria-label^="Loss surface"]');
        const description = surface
          ? (document.getElementById(surface.getAttribute('aria-describedby') ?? '')?.textContent ??
            '')
          : '';
        const theta = /current point at iteration (\d+): w1 = ([^,]+), w2 = ([^,]+),/.exec(
          description,
        );
        const training = document.querySelector('section[aria-label="Training"]');
        const readout =
          [...(training?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent === 'Iteration')
            ?.nextElementSibling?.textContent ?? '?';
        const entry = JSON.stringify({
          readout,
          phase,
          caption,
          at,
          next,
          figureIteration: theta?.[1],
          w: theta ? [theta[2], theta[3]] : null,
        });
        if (seen.at(-1) !== entry) seen.push(entry);
      };
      new MutationObserver(read).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    const caption = page.getByRole('status', { name: 'Slow motion' });
    // A screenshot of each phase; on a loaded machine one may take longer than a phase lasts, so a
    // phase missed on the first step is taken on a later one (the checks below read step 1's).
    const missing = new Set([1, 2, 3, 4]);
    for (let iteration = 1; iteration <= 4 && missing.size > 0; iteration++) {
      await button(page, 'Step').click();
      for (const phase of [1, 2, 3, 4]) {
        const at = `Iteration ${iteration} · phase ${phase} of 4`;
        const shown = await expect(caption)
          .toContainText(at, { timeout: 4000 })
          .then(() => true)
          .catch(() => false);
        if (!shown || !missing.has(phase)) continue;
        if (!(await caption.textContent())?.includes(at)) continue;
        await page.screenshot({ path: `${SHOTS}/slow-motion-phase-${phase}.png` });
        missing.delete(phase);
      }
      await expect(caption).toContainText('Slow motion.');
    }
    const seen = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).map(
      (entry) =>
        JSON.parse(entry) as {
          phase: string;
          caption: string;
          at: string;
          next: string;
          figureIteration?: string;
          readout: string;
          w: string[] | null;
        },
    );
    const last = (phase: string) =>
      seen.filter((s) => s.phase === phase && s.caption.includes('Iteration 1 ·')).at(-1)!;
    // Phases 1 to 3: the figures at θ_0, the derivation at iteration 0.
    for (const phase of ['1', '2', '3']) {
      expect(last(phase).at, phase).toBe('0');
      expect(last(phase).figureIteration, phase).toBe('0');
      expect(last(phase).readout, phase).toBe('0');
    }
    // Phase 4: the caption names the step 0 → 1; the derivation still shows iteration 0's numbers,
    // whose step section computes exactly the θ_1 the figures moved to.
    const step = last('4');
    expect(step.caption).toContain('θ at iteration 0 → θ at iteration 1');
    expect(step.at).toBe('0');
    expect(step.figureIteration).toBe('1');
    expect(step.readout).toBe('1');
    expect(step.next).toContain(`x1 ${step.w![0]}`);
    expect(step.next).toContain(`x2 ${step.w![1]}`);
    await expect(math.getByText(/The step from iteration 0 to 1/)).toHaveCount(0);
    // At rest afterwards, everything at iteration 1.
    const rest = await panelIterations(page);
    expect([rest.derivation, rest.surface, rest.data]).toEqual([
      rest.readout,
      rest.readout,
      rest.readout,
    ]);
  });
});

test.describe('3. each question has the answer form it needs', () => {
  const box = (page: Page) => page.getByRole('complementary', { name: 'Predict first' });

  test('a choice for "more or less pull?", revealed after the run with its explanation', async ({
    page,
  }) => {
    await page.goto('./#chapter=likelihood');
    await expect(box(page)).toContainText('more, or less');
    await expect(button(page, 'Mark your guess on the loss surface')).toHaveCount(0);
    await box(page).getByRole('combobox', { name: 'Your answer' }).selectOption('Less');
    await expect(box(page)).not.toContainText('Not quite');
    await button(page, 'Play').click();
    await expect.poll(() => readIteration(page)).toBeGreaterThan(5);
    await button(page, 'Pause').click();
    await expect(box(page).locator('.prediction-verdict')).toHaveText('Not quite: more.');
    await expect(box(page)).toContainText('confidently wrong point');
    await page.screenshot({ path: `${SHOTS}/predict-choice.png` });
  });

  test('a number for "what is p − y?", judged in words', async ({ page }) => {
    await page.goto('./#chapter=gradient');
    await expect(box(page)).toContainText('what is its error p − y');
    await box(page).getByRole('textbox', { name: 'Its error p − y' }).fill('0.1');
    await button(page, 'Step').click();
    await expect(box(page).locator('.prediction-verdict')).toHaveText(
      'The sign is the other way: it is −0.1, you said 0.1.',
    );
    await box(page).getByRole('textbox', { name: 'Its error p − y' }).fill('-0.1');
    await button(page, 'Step').click();
    await expect(box(page).locator('.prediction-verdict')).toHaveText('Exactly right: it is −0.1.');
    await expect(box(page)).toContainText('p − y = 0.9 − 1 = −0.1');
  });

  test('a count for Newton’s steps, compared with the run’s once it converged', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./#chapter=newton');
    await box(page).getByRole('textbox', { name: 'Steps' }).fill('1000');
    await button(page, 'Play').click();
    await expect(runStatus(page)).toContainText('Converged', { timeout: 40_000 });
    const verdict = box(page).locator('.prediction-verdict');
    await expect(verdict).toContainText(
      /^It needed \d+ steps; you said 1000: about \d+ times as many as it needed\.$/,
    );
    await expect(box(page)).toContainText('quadratically');
  });

  test('a mark on the surface for "where after one step?", closeness in words', async ({
    page,
  }) => {
    await page.goto('./#chapter=one-step');
    await expect(page.getByRole('status', { name: 'Slow motion' })).toContainText('Slow motion.');
    await button(page, 'Mark your guess on the loss surface').click();
    // Shift with the arrow keys on the focused surface moves the guess.
    await surfaceRegion(page)
      .getByRole('figure', { name: /^Loss surface/ })
      .focus();
    for (let k = 0; k < 5; k++) await page.keyboard.press('Shift+ArrowRight');
    await expect(surfaceRegion(page).locator('.surface-guess path')).toHaveCount(1);
    await button(page, 'Done marking').click();
    await button(page, 'Step').click();
    const verdict = box(page).locator('.prediction-verdict');
    await expect(verdict).toContainText(
      /^After 1 iteration: (very close|close|in the right area|far off)/,
    );
    await expect(verdict).not.toContainText(/\d\.\d{4}/);
    await expect(box(page)).toContainText('straight down the arrow');
  });

  /** The data figure's plotting area, in page pixels. */
  const dataPlot = (page: Page) =>
    page.getByRole('application', { name: 'Data points; arrow keys move between points' });
  const dataRegion = (page: Page) => page.getByRole('region', { name: 'Data space' });
  async function plotArea(page: Page) {
    const area = await dataPlot(page).locator('.data-grid-frame').boundingBox();
    if (!area) throw new Error('no plotting area');
    return area;
  }
  /** Drags the mouse once around an ellipse (page pixels), as a hand would draw a loop. */
  async function dragLoop(page: Page, cx: number, cy: number, rx: number, ry: number) {
    const at = (k: number) => ({
      x: cx + rx * Math.cos((2 * Math.PI * k) / 48),
      y: cy + ry * Math.sin((2 * Math.PI * k) / 48),
    });
    await page.mouse.move(at(0).x, at(0).y);
    await page.mouse.down();
    for (let k = 1; k <= 48; k++) await page.mouse.move(at(k).x, at(k).y);
    await page.mouse.up();
  }
  async function playAndPause(page: Page) {
    await button(page, 'Play').click();
    await expect.poll(() => readIteration(page)).toBeGreaterThan(20);
    await button(page, 'Pause').click();
  }

  test('a sketch of the boundary on the data for "what shape?", measured in words', async ({
    page,
  }) => {
    // A drag of 48 moves, a run and screenshots: room for a machine shared with other runs.
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('./#chapter=polynomial');
    await expect(box(page)).toContainText('What shape will the boundary take?');
    await expect(box(page).getByRole('combobox', { name: 'Your answer' })).toHaveCount(0);
    // One step shows the boundary the run will keep; the reader sketches a loop over it.
    await stepTimes(page, 1);
    const drawn = await dataPlot(page).locator('path.data-boundary').boundingBox();
    if (!drawn) throw new Error('no boundary drawn');
    await button(page, 'Sketch your guess on the data').click();
    const points = await dataPlot(page).locator('.data-point').count();
    await dragLoop(
      page,
      drawn.x + drawn.width / 2,
      drawn.y + drawn.height / 2,
      drawn.width / 2,
      drawn.height / 2,
    );
    // Dashed, over the points, with its legend entry; the drag added no point.
    await expect(dataPlot(page).locator('path.data-sketch')).toHaveCount(1);
    await expect(dataPlot(page).locator('.data-point')).toHaveCount(points);
    await expect(dataRegion(page).locator('.data-legend')).toContainText('your sketch');
    await button(page, 'Done sketching').click();
    await expect(box(page)).toContainText('Now play, then pause');
    await expect(box(page).locator('.prediction-verdict')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/predict-sketch-before.png` });
    await playAndPause(page);
    const verdict = box(page).locator('.prediction-verdict');
    await expect(verdict).toHaveText(
      /^(Very close|Close): on average your sketch is about \d+% of the way across the plot from the boundary\. It closes on itself, like the boundary\.$/,
    );
    await expect(box(page)).toContainText('is a conic in the plane');
    await expect(dataPlot(page).locator('path.data-sketch')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/predict-sketch-after.png` });
  });

  test('a sketch far from the boundary reads "far off"; the keyboard draws it corner by corner', async ({
    page,
  }) => {
    // A drag of 48 moves, a run and screenshots: room for a machine shared with other runs.
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('./#chapter=polynomial');
    await expect(button(page, 'Play')).toBeEnabled();
    await button(page, 'Sketch your guess on the data').click();
    await dataPlot(page).focus();
    // From the centre, Shift+arrows jump an eighth of the plot: up and left to a corner.
    for (const key of ['Shift+ArrowUp', 'Shift+ArrowUp', 'Shift+ArrowUp'])
      await page.keyboard.press(key);
    for (const key of ['Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft'])
      await page.keyboard.press(key);
    await expect(dataPlot(page).locator('.data-sketch-cursor')).toHaveCount(1);
    // A small square there, closed by coming back to its first corner.
    const corners = [
      'Enter',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'Enter',
      'ArrowDown',
      'ArrowDown',
      'ArrowDown',
      'Enter',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowLeft',
      'Enter',
      'ArrowUp',
      'ArrowUp',
      'ArrowUp',
      'Enter',
    ];
    for (const key of corners) await page.keyboard.press(key);
    await expect(dataPlot(page).locator('path.data-sketch')).toHaveCount(1);
    // The arrows drew; they did not step the run.
    await expect(iterationText(page)).toHaveText('0');
    await expect(dataPlot(page)).toHaveAccessibleDescription(/^Sketching the boundary: drag/);
    await page.keyboard.press('Escape');
    await expect(button(page, 'Sketch again')).toBeVisible();
    await playAndPause(page);
    const verdict = box(page).locator('.prediction-verdict');
    await expect(verdict).toHaveText(
      /^Far off: on average your sketch is about \d+% of the way across the plot from the boundary\. It closes on itself, like the boundary\.$/,
    );
    await page.screenshot({ path: `${SHOTS}/predict-sketch-far.png` });
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

    test('a finger drags a sketch, and adds no point', async ({ page }) => {
      await page.goto('./#chapter=polynomial');
      await expect(button(page, 'Play')).toBeEnabled();
      await button(page, 'Sketch your guess on the data').click();
      await dataPlot(page).scrollIntoViewIfNeeded();
      const area = await plotArea(page);
      const points = dataPlot(page).locator('.data-point');
      const before = await points.count();
      const cdp = await page.context().newCDPSession(page);
      const at = (k: number) => ({
        x: area.x + area.width * (0.5 + 0.25 * Math.cos((2 * Math.PI * k) / 24)),
        y: area.y + area.height * (0.5 + 0.25 * Math.sin((2 * Math.PI * k) / 24)),
      });
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', k: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [at(k)],
        });
      await touch('touchStart', 0);
      for (let k = 1; k <= 24; k++) await touch('touchMove', k);
      await touch('touchEnd', 24);
      await expect(dataPlot(page).locator('path.data-sketch')).toHaveCount(1);
      await expect(points).toHaveCount(before);
      await expect(box(page)).toContainText('Now play, then pause');
    });
  });

  test('while sketching a click draws, not adds; done, a click on the plot adds a point again', async ({
    page,
  }) => {
    await page.goto('./#chapter=polynomial');
    await expect(button(page, 'Play')).toBeEnabled();
    const area = await plotArea(page);
    const points = dataPlot(page).locator('.data-point');
    const before = await points.count();
    await button(page, 'Sketch your guess on the data').click();
    // An empty corner of the plot.
    await page.mouse.click(area.x + 0.04 * area.width, area.y + 0.04 * area.height);
    await expect(points).toHaveCount(before);
    await button(page, 'Done sketching').click();
    await page.mouse.click(area.x + 0.04 * area.width, area.y + 0.04 * area.height);
    await expect(points).toHaveCount(before + 1);
  });
});

test.describe('11. exported figures', () => {
  async function exportSvg(page: Page, title: string): Promise<string> {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Export ${title} as SVG` }).click();
    const file = await (await download).path();
    return readFileSync(file, 'utf8');
  }

  test('carry their legend, the loss chart is not a strip, and a dark page exports light', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page);
    for (let k = 0; k < 5; k++) await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText('5');

    const data = await exportSvg(page, 'Data space');
    expect(data).toContain('halo: pull');
    const surface = await exportSvg(page, 'Parameter space');
    expect(surface).toContain('optimum θ*');
    expect(surface).toContain('path of θ');
    expect(surface).toMatch(/step −η∇J/);

    // The loss chart fills a usable part of the slide, not a thin strip.
    const loss = await exportSvg(page, 'Loss');
    const scale = Number(/<g transform="translate\([^)]*\) scale\(([\d.]+)\)">/.exec(loss)?.[1]);
    const inner = /<g transform="translate[^>]*>\s*<(?:svg|image)[^>]*height="([\d.]+)"/.exec(loss);
    expect(scale * Number(inner?.[1])).toBeGreaterThan(0.4 * 1080);

    // Dark page, light slide.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await exportSvg(page, 'Data space');
    const background = (svg: string) =>
      /<rect width="1920" height="1080" fill="([^"]+)"/.exec(svg)?.[1];
    expect(['#fff', '#ffffff']).not.toContain(background(dark));
    await page.getByRole('checkbox', { name: 'Light background for exported Data space' }).check();
    const light = await exportSvg(page, 'Data space');
    expect(['#fff', '#ffffff']).toContain(background(light));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
