import type { Page } from '@playwright/test';
import { CHAPTERS } from '../../src/story/chapters';
import { expect, test } from './fixtures';
import { button, closeSettings, iterationText, openSettings, readIteration } from './support';

/**
 * The guide as a reader and a presenter meet it: every chapter walked scene by scene with the
 * buttons, the clicker's keys in presentation mode, the chapter in a shared link, and the parts a
 * teacher hides.
 */

const guide = (page: Page) =>
  page.getByRole('region', { name: /./ }).filter({
    has: page.getByRole('combobox', { name: 'Chapter' }),
  });
const chapterTitle = (page: Page) => guide(page).getByRole('heading', { level: 2 });
const sceneStatus = (page: Page) => guide(page).getByRole('status');

test('a reader walks through every chapter and every scene with Next', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('./');
  await button(page, 'Start the guide').click();
  for (const [index, chapter] of CHAPTERS.entries()) {
    await expect(chapterTitle(page)).toHaveText(chapter.title);
    await expect(guide(page).getByText(`Chapter ${index + 1} of ${CHAPTERS.length}`)).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Predict first' })).toContainText(
      chapter.question,
    );
    // The start of a chapter: its run at iteration 0, paused.
    await expect(iterationText(page)).toHaveText('0');
    await expect(button(page, 'Play')).toBeVisible();
    for (const [sceneIndex, scene] of chapter.scenes.entries()) {
      await expect(sceneStatus(page)).toContainText(
        `Scene ${sceneIndex + 1} of ${chapter.scenes.length}: ${scene.caption}`,
      );
      if (scene.kind === 'step') {
        await expect(iterationText(page)).toHaveText(
          String(chapter.scenes.slice(0, sceneIndex + 1).filter((s) => s.kind === 'step').length),
        );
      }
      if (scene.kind === 'play' || scene.kind === 'change') {
        await expect.poll(() => readIteration(page)).toBeGreaterThan(0);
      }
      const last = index === CHAPTERS.length - 1 && sceneIndex === chapter.scenes.length - 1;
      if (last) await expect(button(page, 'Next')).toBeDisabled();
      else await button(page, 'Next').click();
    }
  }
  // The chapters' formulas were typeset (KaTeX's MathML is there for screen readers).
  await expect(guide(page).locator('.katex').first()).toBeVisible();
});

test('the chapter and scene travel in the link and survive a reload', async ({ page }) => {
  await page.goto('./#chapter=newton&scene=1');
  await expect(chapterTitle(page)).toHaveText('Newton’s method');
  await expect(sceneStatus(page)).toContainText('Scene 2 of 4');
  await button(page, 'Next').click();
  await expect(sceneStatus(page)).toContainText('Scene 3 of 4');
  // Newton's method is the chapter's optimizer, though the link held no configuration.
  await openSettings(page);
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('newton');
  await page.reload();
  await expect(chapterTitle(page)).toHaveText('Newton’s method');
  await expect(sceneStatus(page)).toContainText('Scene 3 of 4');
  // Leaving the guide is remembered too.
  await button(page, 'Leave the guide').click();
  await expect(button(page, 'Start the guide')).toBeVisible();
  await page.reload();
  await expect(button(page, 'Start the guide')).toBeVisible();
});

test('an unknown chapter in a link opens the page outside the guide', async ({ page }) => {
  await page.goto('./#chapter=%3Cimg%20src%3Dx%3E');
  await expect(button(page, 'Start the guide')).toBeVisible();
  await expect(
    page.getByText('The chapter "<img src=x>" does not exist; the guide is closed.'),
  ).toBeVisible();
});

test('presentation mode: projector theme, large type, and the clicker keys', async ({ page }) => {
  // A projector's size: on the stage the presentation type grows with the screen's width (20 px
  // at 1920 px), and stays the browser's own size at 1280 px, where the slide must fit.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./');
  await button(page, 'Start the guide').click();
  const fontSize = () =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normalSize = await fontSize();
  await button(page, 'Presentation mode').click();
  await expect(button(page, 'Presentation mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  expect(await fontSize()).toBeGreaterThan(normalSize * 1.2);
  // The settings wait behind a button (the drawer's, in the header); the transport stays.
  await expect(page.getByRole('group', { name: 'Training' })).toHaveCount(0);
  await expect(button(page, 'Step')).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(sceneStatus(page)).toContainText('Scene 2 of 2');
  await page.keyboard.press('PageDown');
  await expect(chapterTitle(page)).toHaveText(CHAPTERS[1].title);
  // In presentation mode the arrows move through scenes too (instead of stepping the run).
  await page.keyboard.press('ArrowRight');
  await expect(sceneStatus(page)).toContainText('Scene 2 of 2');
  await page.keyboard.press('ArrowLeft');
  await expect(sceneStatus(page)).toContainText('Scene 1 of 2');
  await page.keyboard.press('PageUp');
  await expect(chapterTitle(page)).toHaveText(CHAPTERS[0].title);

  await page.screenshot({ path: test.info().outputPath('presentation.png') });

  await openSettings(page);
  await expect(page.getByRole('group', { name: 'Training' })).toBeVisible();
  await button(page, 'Presentation mode').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'contrast');
  await expect(page.locator('html')).not.toHaveAttribute('data-presentation', 'on');
  // Outside presentation mode the arrow steps the run again, and PageDown still moves on.
  await page.keyboard.press('ArrowRight');
  await expect(iterationText(page)).toHaveText('1');
  await page.keyboard.press('PageDown');
  await expect(sceneStatus(page)).toContainText('Scene 2 of 2');
});

test('a teacher hides parts of the page, and the link keeps them hidden', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Hide parts').click();
  await page.getByRole('checkbox', { name: 'Parameter space' }).check();
  await page.getByRole('checkbox', { name: 'Training settings' }).check();
  await expect(page.getByRole('region', { name: 'Parameter space' })).toHaveCount(0);
  // The settings drawer open: the training settings would show there.
  await openSettings(page);
  await expect(page.getByRole('group', { name: 'Training' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Data space' })).toBeVisible();

  await button(page, 'Copy link').click();
  const url = page.url();
  expect(url).toMatch(/hide=surface%2Ctraining|hide=surface,training/);
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole('region', { name: 'Parameter space' })).toHaveCount(0);
  await expect(other.getByRole('region', { name: 'Data space' })).toBeVisible();
  await other.getByText('Hidden parts (2)').click();
  await button(other, 'Show all').click();
  await expect(other.getByRole('region', { name: 'Parameter space' })).toBeVisible();
});

test('predict, then see: a guess marked on the surface, then how close it was', async ({
  page,
}) => {
  // The chapter whose question is answered by a mark on the surface (others ask for a choice or a
  // number: coherence.spec.ts).
  await page.goto('./#chapter=one-step');
  await expect(chapterTitle(page)).toHaveText(CHAPTERS[3].title);
  const surface = page.getByRole('region', { name: 'Parameter space' }).locator('svg.surface-plot');
  const guessMark = surface.locator('.surface-guess path');
  const result = page
    .getByRole('complementary', { name: 'Predict first' })
    .locator('.prediction-result');

  await button(page, 'Mark your guess on the loss surface').click();
  const box = await surface.boundingBox();
  if (!box) throw new Error('the surface is not laid out');
  await surface.click({ position: { x: box.width * 0.7, y: box.height * 0.3 } });
  await expect(guessMark).toHaveCount(1);
  await expect(result).toHaveText(/Your guess is marked/);
  // Marking a guess does not move the run: it is still at its start.
  await expect(iterationText(page)).toHaveText('0');
  await openSettings(page);
  await expect(page.getByRole('combobox', { name: 'Initial weights' })).toHaveValue('zeros');
  await closeSettings(page);

  await button(page, 'Done marking').click();
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');
  await expect(result).toContainText(
    /After 1 iteration: (very close|close|in the right area|far off)/,
  );
  // The line from the guess to the weights shows how far off it was.
  await expect(surface.locator('.surface-guess-line')).toHaveCount(1);
  await page
    .getByRole('region', { name: 'Parameter space' })
    .screenshot({ path: test.info().outputPath('guess.png') });

  // After the step, a click on the surface sets the weights again (the guess stays).
  await button(page, 'Clear the guess').click();
  await expect(guessMark).toHaveCount(0);
});
