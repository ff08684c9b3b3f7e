import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText, openSettings, select } from './support';

/**
 * The page accepts what a link can carry, and no more: a value out of range typed into a field is
 * brought into range with the words a link with the same value gets (state/limits.ts). These are
 * the values the page once took as they were while a link clamped them.
 */

interface Case {
  readonly field: string;
  readonly typed: string;
  /** The link's settings that show the field, and the value itself. */
  readonly link: string;
  /** Makes the field appear on the page (a penalty, momentum). */
  readonly prepare?: (page: Page) => Promise<void>;
}

const CASES: readonly Case[] = [
  { field: 'Learning rate', typed: '1000', link: 'eta=1000' },
  {
    field: 'λ',
    typed: '5000',
    link: 'reg=l2&lambda=5000',
    prepare: async (page) => void (await select(page, 'Regularization').selectOption('l2')),
  },
  {
    field: 'Momentum β',
    typed: '0.9999',
    link: 'rule=momentum&beta=0.9999',
    prepare: async (page) => void (await select(page, 'Optimizer').selectOption('momentum')),
  },
  { field: 'Batch size', typed: '250000', link: 'batch=250000' },
];

const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });

async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  await openSettings(page);
}

for (const { field: name, typed, link, prepare } of CASES) {
  test(`${name} = ${typed} typed into the page is what a link with it gives`, async ({ page }) => {
    // The link first: the value it ends with and the notice it gives.
    await openApp(page, `./#${link}`);
    const linkNotices = page.getByRole('status').filter({ hasText: 'The link was opened' });
    await expect(linkNotices).toContainText('is out of range');
    const fromLink = await field(page, name).inputValue();
    const notice = (await linkNotices.textContent()) ?? '';
    const said = /The [^:]*? is out of range \([^)]*\); \S+ is used\./.exec(notice)?.[0];
    expect(said, notice).toBeDefined();
    expect(Number(fromLink)).not.toBe(Number(typed));

    // The page, from a fresh session: the same value typed.
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await openApp(page, './');
    if (prepare) await prepare(page);
    const input = field(page, name);
    await input.fill(typed);
    await input.press('Enter');
    await expect(input).toHaveValue(fromLink);
    await expect(input).toHaveAttribute('aria-invalid', 'false');
    // The note beside the field, in the link's words.
    await expect(page.getByRole('status').filter({ hasText: said })).toBeVisible();

    // And it was applied: the page's own link carries exactly that value, with nothing to clamp.
    await page.reload();
    await expect(button(page, 'Play')).toBeEnabled();
    await openSettings(page);
    await expect(field(page, name)).toHaveValue(fromLink);
    await expect(page.getByText('is out of range')).toHaveCount(0);
  });
}
