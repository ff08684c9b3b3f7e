import { expect, test } from './fixtures';

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const PANELS = ['Data space', 'Parameter space', 'The mathematics'] as const;

for (const viewport of VIEWPORTS) {
  test(`the built app opens with its title and three panels on a ${viewport.name}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto('./');

    await expect(page).toHaveTitle(/logistic regression/i);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Gradient descent for logistic regression' }),
    ).toBeVisible();
    for (const name of PANELS) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }

    // For people to look at; the assertions above are what the test checks.
    await page.screenshot({
      path: `test-results/screenshots/${viewport.name}-${viewport.width}x${viewport.height}.png`,
      fullPage: true,
    });
  });
}

test('the three panels sit side by side on a laptop and stack on a phone', async ({ page }) => {
  const tops = async () =>
    Promise.all(
      PANELS.map(async (name) => (await page.getByRole('region', { name }).boundingBox())?.y),
    );

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  const laptop = await tops();
  expect(new Set(laptop).size, `panel tops ${laptop.join(', ')}`).toBe(1);

  await page.setViewportSize({ width: 390, height: 844 });
  const phone = await tops();
  expect(phone, 'panels in reading order, one below the other').toEqual(
    [...phone].sort((a, b) => (a ?? 0) - (b ?? 0)),
  );
  expect(new Set(phone).size).toBe(3);
});
