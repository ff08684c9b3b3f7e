import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText, openSettings, select } from './support';

/**
 * The app in a lecture hall without a network: one visit installs the service worker, which
 * stores the page, the two Web Workers, KaTeX's chunk and fonts and the shipped data sets; then
 * the network goes away, the page reloads, and everything is used.
 */

const mathematics = (page: Page) => page.getByRole('region', { name: 'The mathematics' });

/** Waits until this page's service worker is installed (everything precached) and active. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state === 'activated') return;
    await new Promise<void>((resolve) =>
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
    );
  });
}

test('after one visit the app works with no network: training, both workers, KaTeX and its fonts, the data sets', async ({
  page,
  context,
  expectedErrors,
}) => {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  await waitForServiceWorker(page);
  // The page says so, for the teacher checking before the lecture.
  await expect(page.getByText(/^Saved for offline use/)).toBeVisible();

  await context.setOffline(true);
  // Whatever the page still loads from now on must come from the service worker's cache.
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await page.reload();
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller !== null),
    'the reloaded page is served by the service worker',
  ).toBe(true);

  // The training worker: stepping changes the iteration.
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('2');

  // The surface worker: the parameter space draws its contours (a canvas with painted pixels).
  const parameterSpace = page.getByRole('region', { name: 'Parameter space' });
  await expect
    .poll(() =>
      parameterSpace.locator('canvas').evaluateAll((canvases) =>
        canvases.some((canvas) => {
          const { width, height } = canvas as HTMLCanvasElement;
          if (width === 0 || height === 0) return false;
          const pixels = (canvas as HTMLCanvasElement)
            .getContext('2d')!
            .getImageData(0, 0, width, height).data;
          return pixels.some((value, index) => index % 4 === 3 && value > 0);
        }),
      ),
    )
    .toBe(true);

  // KaTeX's lazily loaded chunk typesets a step that was closed, and its fonts load.
  const allPoints = mathematics(page)
    .locator('details')
    .filter({ has: page.locator('summary').filter({ hasText: 'All points at once' }) });
  await allPoints.locator('summary').click();
  await expect(allPoints.locator('.katex').first()).toBeVisible();
  await expect(mathematics(page).locator('.katex-error')).toHaveCount(0);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.family.replace(/"/g, '').startsWith('KaTeX_'))
      .filter((face) => face.status === 'loaded')
      .map((face) => face.family.replace(/"/g, ''));
  });
  expect(fonts).toContain('KaTeX_Main');
  expect(fonts).toContain('KaTeX_Math');
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);

  // The shipped data sets, fetched as the data menu fetches them.
  const datasets = await page.evaluate(async () =>
    Promise.all(
      ['datasets/iris.json', 'datasets/penguins.json'].map(async (path) => {
        const response = await fetch(path);
        const table = (await response.json()) as { rows: unknown[] };
        return { path, ok: response.ok, rows: table.rows.length };
      }),
    ),
  );
  expect(datasets).toEqual([
    { path: 'datasets/iris.json', ok: true, rows: 150 },
    { path: 'datasets/penguins.json', ok: true, rows: 344 },
  ]);
  // And chosen from the menu: the points load and the run starts on them.
  await openSettings(page);
  await select(page, 'Data set').selectOption({ label: 'Palmer penguins' });
  await expect(
    page.getByRole('group', { name: 'Palmer penguins columns', exact: true }).getByRole('status'),
  ).toHaveText(/^342 points: /);
  await button(page, 'Step').click();
  await expect(iterationText(page)).toHaveText('1');

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(fromNetwork, 'responses that did not come from the service worker').toEqual([]);

  // The network really is gone: what the service worker has not stored cannot be fetched. (Chromium
  // leaves navigator.onLine true under Playwright's offline emulation, so it proves nothing.)
  expectedErrors.push(
    /network-probe.*ERR_INTERNET_DISCONNECTED|ERR_INTERNET_DISCONNECTED.*network-probe/,
  );
  const probe = await page.evaluate(() =>
    fetch('favicon.svg?network-probe', { cache: 'no-store' }).then(
      (response) => `status ${response.status}`,
      (error: unknown) => String(error),
    ),
  );
  expect(probe).toMatch(/TypeError/);
  await page.screenshot({ path: test.info().outputPath('offline.png'), fullPage: true });
});

test('the manifest makes the app installable: name, start URL, standalone, icons that load', async ({
  page,
}) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Logistic regression, one step at a time',
    start_url: './',
    display: 'standalone',
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = (purpose: string) =>
    manifest.icons.filter((icon) => (icon.purpose ?? 'any') === purpose).map((icon) => icon.sizes);
  expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizes('maskable')).toContain('512x512');
  const manifestUrl = new URL(href!, page.url());
  for (const icon of manifest.icons) {
    // Each icon is a PNG of the size it claims.
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, new URL(icon.src, manifestUrl).href);
    expect(size, icon.src).toBe(icon.sizes);
  }
});
