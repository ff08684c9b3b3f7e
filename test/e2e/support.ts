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
