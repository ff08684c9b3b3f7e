/**
 * What the end-to-end specs share: the page's parts found as a user or a screen reader finds them
 * (by role and name), and the few moves every spec makes (open the settings drawer, step).
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

export const select = (page: Page, name: string) =>
  page.getByRole('combobox', { name, exact: true });

/** The stage's run numbers: learning rate, speed, the iteration shown and the run's status. */
export const training = (page: Page) => page.getByRole('region', { name: 'Training' });

/** The settings drawer (on a phone, a section at the end of the page). */
export const settings = (page: Page) => page.getByRole('region', { name: 'Settings' });

/** The number of the iteration shown, as the stage's readout says it. */
export const iterationText = (page: Page) =>
  training(page)
    .getByRole('definition')
    .and(page.getByLabel('Iteration', { exact: true }));

/**
 * Opens the settings drawer from the header, unless it is open already (or, on a phone, always
 * shown in the page's flow, with no button to open it).
 */
export async function openSettings(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
  await expect(settings(page)).toBeVisible();
}

/** Closes the drawer, so that what lies under it (the mathematics) takes the pointer again. */
export async function closeSettings(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'true') {
    await toggle.click();
  }
}

/** Chooses in one of the drawer's lists, then closes the drawer so that it covers no figure. */
export async function chooseSetting(
  page: Page,
  name: string,
  option: string | { label: string },
): Promise<void> {
  await openSettings(page);
  await select(page, name).selectOption(option);
  await closeSettings(page);
}

/** Steps `count` times, waiting for each iteration to be shown. */
export async function stepTimes(page: Page, count: number): Promise<void> {
  for (let k = 0; k < count; k++) {
    const before = Number(await iterationText(page).textContent());
    await button(page, 'Step').click();
    await expect(iterationText(page)).toHaveText(String(before + 1));
  }
}

/** What a screenshot shows: its distinct colours, and its pixels close to each colour asked for. */
export interface Picture {
  readonly colours: number;
  /** Per CSS custom property asked for (such as "--plot-loss"): the pixels of about its colour. */
  readonly near: Readonly<Record<string, number>>;
}

/**
 * Counts what a screenshot (a PNG) shows, decoded by the page itself (no image library): the
 * distinct colours, and the pixels within a few levels of each of the theme's colours named by
 * `properties`. A blank picture, or a figure drawn without its line, fails the checks specs build
 * on it, where a screenshot alone asserts nothing.
 */
export async function readPicture(
  page: Page,
  png: Buffer,
  properties: readonly string[],
): Promise<Picture> {
  return page.evaluate(
    async ({ base64, properties }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      // Each property's colour as the canvas paints it: one pixel filled with it, read back.
      const probe = new OffscreenCanvas(1, 1).getContext('2d')!;
      const style = getComputedStyle(document.documentElement);
      const targets = properties.map((name) => {
        probe.clearRect(0, 0, 1, 1);
        probe.fillStyle = style.getPropertyValue(name).trim();
        probe.fillRect(0, 0, 1, 1);
        return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      });
      const near = properties.map(() => 0);
      const colours = new Set<number>();
      for (let k = 0; k < data.length; k += 4) {
        colours.add((data[k] << 16) | (data[k + 1] << 8) | data[k + 2]);
        targets.forEach(([r, g, b], t) => {
          const close =
            Math.abs(data[k] - r) <= 24 &&
            Math.abs(data[k + 1] - g) <= 24 &&
            Math.abs(data[k + 2] - b) <= 24;
          if (close) near[t]++;
        });
      }
      return {
        colours: colours.size,
        near: Object.fromEntries(properties.map((name, t) => [name, near[t]])),
      };
    },
    { base64: png.toString('base64'), properties },
  );
}

/** Whether a box lies across the viewport's width, nothing cut at the left or right edge. */
export async function expectWithinWidth(page: Page, box: { x: number; width: number } | null) {
  const width = page.viewportSize()?.width ?? 0;
  expect(box, 'the element has a box').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
}

/** Opens the page (at `path`, a link's fragment included) and waits until it can run. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
}

/** The iteration shown, as a number. */
export async function readIteration(page: Page): Promise<number> {
  return Number(await iterationText(page).textContent());
}
