import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The page as a stage: at a laptop's and a projector's size, in every mode, the figures and what
 * drives them are on the first screen with nothing to scroll, and the figures do not overlap. On a
 * phone the transport stays on screen while any figure is.
 */

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The parts a reader must see without scrolling, found as a user or a screen reader would. */
function stageParts(page: Page): Record<string, Locator> {
  const surface = page.getByRole('region', { name: 'Parameter space' });
  return {
    'data figure': page.getByRole('application', {
      name: 'Data points; arrow keys move between points',
    }),
    'loss surface': surface.getByRole('figure').locator('.surface-frame'),
    'the mathematics': page.getByRole('region', { name: 'The mathematics' }),
    'first step of the derivation': page
      .getByRole('region', { name: 'The mathematics' })
      .getByText('The model: a score, then a probability'),
    Play: page.getByRole('button', { name: 'Play' }),
    Step: page.getByRole('button', { name: 'Step', exact: true }),
    'Step back': page.getByRole('button', { name: 'Step back' }),
    Reset: page.getByRole('button', { name: 'Reset' }),
    timeline: page.getByRole('slider', { name: 'Iteration' }),
    speed: page.getByRole('slider', { name: 'Speed' }),
    'learning-rate slider': page.getByRole('slider', { name: 'Learning rate', exact: true }),
    '2/L0 mark': page.getByRole('button', { name: '2/L0' }),
    '2/L* mark': page.getByRole('button', { name: '2/L*' }),
    'loss curve': page.getByRole('figure', { name: 'Loss per iteration' }),
    'run status': page.getByRole('status', { name: 'Run status' }),
    'iteration shown': page
      .getByRole('region', { name: 'Training' })
      .getByRole('definition')
      .and(page.getByLabel('Iteration', { exact: true })),
  };
}

/** The figures and panels that must not overlap one another. */
function figures(page: Page): Record<string, Locator> {
  const parts = stageParts(page);
  return {
    'data figure': parts['data figure'],
    'loss surface': parts['loss surface'],
    'the mathematics': parts['the mathematics'],
    'loss curve': parts['loss curve'],
    transport: page.getByRole('group', { name: 'Run' }),
  };
}

async function boxOf(name: string, locator: Locator): Promise<Box> {
  await expect(locator, `${name} is shown`).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, `${name} has a box`).not.toBeNull();
  return box!;
}

async function expectAllOnScreen(page: Page, parts: Record<string, Locator>) {
  const viewport = page.viewportSize()!;
  for (const [name, locator] of Object.entries(parts)) {
    const box = await boxOf(name, locator);
    expect(box.width, `${name} has a width`).toBeGreaterThan(0);
    expect(box.height, `${name} has a height`).toBeGreaterThan(0);
    expect(box.x, `${name}'s left edge`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${name}'s top edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name}'s right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(box.y + box.height, `${name}'s bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
  }
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

async function expectNoOverlap(parts: Record<string, Locator>) {
  const boxes = await Promise.all(
    Object.entries(parts).map(
      async ([name, locator]) => [name, await boxOf(name, locator)] as const,
    ),
  );
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, boxA] = boxes[i];
      const [b, boxB] = boxes[j];
      expect(overlap(boxA, boxB), `${a} and ${b} overlap`).toBe(0);
    }
  }
}

async function expectNoScrolling(page: Page) {
  const { scrollHeight, scrollWidth, innerHeight, innerWidth } = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
  }));
  expect(scrollHeight, 'the page scrolls vertically').toBeLessThanOrEqual(innerHeight);
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
}

/**
 * Large enough to read from a lecture hall's back rows, not merely on screen: before the controls
 * were packed (December 2026) the loss chart was 62–66 px tall at 1280 × 720 with the guide open,
 * its ticks colliding, and the data figure 175 px.
 */
async function expectReadableFigures(page: Page) {
  const parts = stageParts(page);
  const data = await boxOf('data figure', parts['data figure']);
  const surface = await boxOf('loss surface', parts['loss surface']);
  const loss = await boxOf('loss curve', parts['loss curve']);
  expect(
    Math.min(data.width, data.height),
    'the data figure’s smaller side',
  ).toBeGreaterThanOrEqual(220);
  expect(surface.height, 'the loss surface’s height').toBeGreaterThanOrEqual(160);
  expect(loss.height, 'the loss chart’s height').toBeGreaterThanOrEqual(110);
}

async function openRun(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('button', { name: '2/L*' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Loss per iteration' })).toBeVisible();
}

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1280, height: 720 },
  { name: '1080p', width: 1920, height: 1080 },
] as const;

for (const size of SIZES) {
  test.describe(`the stage at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('exploring: every part on the first screen, nothing scrolls, no overlaps', async ({
      page,
    }) => {
      await openRun(page);
      await expectAllOnScreen(page, stageParts(page));
      await expectNoOverlap(figures(page));
      await expectNoScrolling(page);
      await expectReadableFigures(page);
      await page.screenshot({ path: `test-results/screenshots/stage-${size.name}.png` });
    });

    test('with the guide open: its text and question beside the figures', async ({ page }) => {
      await openRun(page, '#chapter=learning-rate');
      const question = page.getByRole('complementary', { name: 'Predict first' });
      await expectAllOnScreen(page, {
        ...stageParts(page),
        'chapter title': page.getByRole('heading', { name: /The learning rate/ }),
        'Predict first': question,
        Next: page.getByRole('button', { name: 'Next' }),
      });
      // Beside the figures, not above them.
      const guideBox = await boxOf('question', question);
      const dataBox = await boxOf('data figure', stageParts(page)['data figure']);
      expect(guideBox.x + guideBox.width).toBeLessThanOrEqual(dataBox.x);
      await expectNoOverlap({ ...figures(page), 'Predict first': question });
      await expectNoScrolling(page);
      await expectReadableFigures(page);
      await page.screenshot({ path: `test-results/screenshots/stage-guide-${size.name}.png` });
    });

    test('presenting: a slide with large figure text and no editing tools', async ({ page }) => {
      await openRun(page, '#chapter=learning-rate');
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
      await expectAllOnScreen(page, {
        ...stageParts(page),
        'Predict first': page.getByRole('complementary', { name: 'Predict first' }),
      });
      await expectNoOverlap(figures(page));
      await expectNoScrolling(page);
      await expectReadableFigures(page);
      await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
      await expect(page.getByRole('radio', { name: 'class 1' })).toHaveCount(0);
      // Tick labels scale with the type: 20 px on a 1080p projector, never below 14 px.
      const tickSize = await page
        .locator('.data-tick-label')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height);
      expect(tickSize).toBeGreaterThanOrEqual(size.width >= 1920 ? 20 : 14);
      await page.screenshot({ path: `test-results/screenshots/stage-present-${size.name}.png` });
    });
  });
}

test.describe('the stage gives a hidden panel’s room to the others', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('hiding the mathematics widens the figures’ panels and keeps the loss curve', async ({
    page,
  }) => {
    await openRun(page);
    const dataPanel = page.getByRole('region', { name: 'Data space' });
    const dataBefore = await boxOf('data panel', dataPanel);
    await page.getByText('Hide parts').click();
    await page.getByRole('checkbox', { name: 'The mathematics' }).check();
    await page.getByText('Hidden parts (1)').click();
    await expect(page.getByRole('region', { name: 'The mathematics' })).toHaveCount(0);
    const rest = stageParts(page);
    delete rest['the mathematics'];
    delete rest['first step of the derivation'];
    await expectAllOnScreen(page, rest);
    const dataAfter = await boxOf('data panel', dataPanel);
    expect(dataAfter.width).toBeGreaterThan(dataBefore.width);
    await expectNoScrolling(page);
  });
});

test.describe('settings beside the stage', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the drawer opens over the stage and a change leaves the figures where they were', async ({
    page,
  }) => {
    await openRun(page);
    const dataFigure = stageParts(page)['data figure'];
    const before = await boxOf('data figure', dataFigure);
    const settings = page.getByRole('button', { name: 'Settings' });
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await settings.click();
    const drawer = page.getByRole('region', { name: 'Settings' });
    await expect(drawer).toBeVisible();
    await drawer.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('squaredError');
    await expect(page.getByRole('region', { name: 'Parameter space' })).toBeVisible();
    expect(await boxOf('data figure', dataFigure)).toEqual(before);
    await expectNoScrolling(page);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the figures stack and Play, Step and the iteration stay on screen with each', async ({
    page,
  }) => {
    await openRun(page);
    const parts = stageParts(page);
    const data = await boxOf('data figure', parts['data figure']);
    const surface = await boxOf('loss surface', parts['loss surface']);
    expect(surface.y).toBeGreaterThanOrEqual(data.y + data.height);
    const transport = {
      Play: parts.Play,
      Step: parts.Step,
      timeline: parts.timeline,
    };
    for (const figure of ['data figure', 'loss surface', 'loss curve', 'the mathematics']) {
      await parts[figure].scrollIntoViewIfNeeded();
      await expectAllOnScreen(page, transport);
      await page.screenshot({
        path: `test-results/screenshots/stage-phone-${figure.replace(/ /g, '-')}.png`,
      });
    }
    // Pinned, and still working.
    await parts.Step.click();
    await expect(parts.timeline).toHaveValue('1');
  });
});

test.describe('the controls under the figures are laid out on their own', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  /** The panel's height, and its one child's: a layout boundary takes its content's height. */
  const heights = (panel: Locator) =>
    panel.evaluate((section) => ({
      boundary: section.hasAttribute('data-layout-boundary'),
      panel: section.getBoundingClientRect().height,
      content: section.firstElementChild!.getBoundingClientRect().height,
    }));

  test('each control panel is as tall as its content, before and after the type grows', async ({
    page,
  }) => {
    await openRun(page);
    const panels = [
      page.getByRole('region', { name: 'Playback' }),
      page.getByRole('region', { name: 'Training' }),
    ];
    const before = [];
    for (const panel of panels) {
      const h = await heights(panel);
      expect(h.boundary).toBe(true);
      expect(Math.abs(h.panel - h.content)).toBeLessThan(0.5);
      before.push(h.panel);
    }
    // Presenting, the type is larger and the controls taller: the boxes follow their content.
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
    for (const [k, panel] of panels.entries()) {
      await expect.poll(async () => (await heights(panel)).panel).toBeGreaterThan(before[k]);
      const h = await heights(panel);
      expect(Math.abs(h.panel - h.content)).toBeLessThan(0.5);
    }
    await expectAllOnScreen(page, stageParts(page));
  });

  test('not on a phone, where the page flows and the panels take the height their content needs', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openRun(page);
    for (const name of ['Playback', 'Training']) {
      expect((await heights(page.getByRole('region', { name }))).boundary).toBe(false);
    }
  });
});
