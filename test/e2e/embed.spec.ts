import type { AddressInfo, Server } from 'node:net';
import { createServer } from 'node:http';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSettings } from './support';

/*
 * Embedding: a teacher copies the embed code from the app and pastes it into a course page. The
 * frame shows the chosen parts without the page's header, fits its size without scrolling, plays,
 * answers the keyboard, links to the full app, and leaves the reader's own session alone.
 */

/** The embed code the app hands out for `parts` (their names as the checkboxes say them). */
async function copyEmbedCode(page: Page, parts: readonly string[]): Promise<string> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
  await openSettings(page);
  await page.getByText('Embed in a course page').click();
  const group = page.getByRole('group', { name: 'Show in the frame' });
  for (const box of await group.getByRole('checkbox').all()) await box.uncheck();
  for (const name of parts) await group.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const code = await page.getByRole('textbox', { name: /^Embed code/ }).inputValue();
  expect(code).toMatch(/^<iframe src="http[^"]*embed=[^"]*" title="[^"]+" /);
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('sandbox="allow-scripts allow-same-origin');
  return code;
}

/*
 * The course page comes from a server of its own on 127.0.0.1: another origin than the app's
 * (localhost), and a real loopback address, which Chromium lets frame a local page (a page it
 * was handed by route interception counts as public, and public pages may not frame local ones).
 */
let coursePageHtml = '';
let courseServer: Server;
let courseOrigin = '';

test.beforeAll(async () => {
  courseServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(coursePageHtml);
  });
  await new Promise<void>((resolve) => courseServer.listen(0, '127.0.0.1', resolve));
  courseOrigin = `http://127.0.0.1:${(courseServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => courseServer.close(resolve));
});

/** A course page holding the code, with the frame resized to width × height. */
async function coursePage(page: Page, code: string, width: number, height: number) {
  const sized = code
    .replace(/width="\d+"/, `width="${width}"`)
    .replace(/height="\d+"/, `height="${height}"`);
  // A page of another origin than the app's (127.0.0.1 against localhost), as a course page is.
  const html =
    `<!doctype html><html><head><title>Week 3</title><link rel="icon" href="data:,"></head>` +
    `<body style="margin:20px"><h1>Week 3: logistic regression</h1>${sized}</body></html>`;
  coursePageHtml = html;
  await page.goto(`${courseOrigin}/course.html`);
  const frameElement = page.locator('iframe');
  await expect(frameElement).toHaveAttribute('title', /^Gradient descent for logistic regression/);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('link', { name: 'Open the full app' })).toBeVisible({
    timeout: 15_000,
  });
  return { frame, frameBox: (await frameElement.boundingBox())! };
}

async function expectInside(
  name: string,
  locator: Locator,
  box: { x: number; y: number; width: number; height: number },
) {
  await expect(locator, `${name} is shown`).toBeVisible();
  const b = (await locator.boundingBox())!;
  expect(b.x, `${name}'s left`).toBeGreaterThanOrEqual(box.x - 0.5);
  expect(b.y, `${name}'s top`).toBeGreaterThanOrEqual(box.y - 0.5);
  expect(b.x + b.width, `${name}'s right`).toBeLessThanOrEqual(box.x + box.width + 0.5);
  expect(b.y + b.height, `${name}'s bottom`).toBeLessThanOrEqual(box.y + box.height + 0.5);
}

async function frameScrolls(page: Page): Promise<boolean> {
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  return frame.evaluate(
    () =>
      document.documentElement.scrollHeight > window.innerHeight + 1 ||
      document.documentElement.scrollWidth > window.innerWidth + 1,
  );
}

const iteration = (frame: FrameLocator) => frame.getByRole('slider', { name: 'Iteration' });

for (const [width, height] of [
  [800, 500],
  [400, 300],
] as const) {
  test(`an embedded data figure and transport at ${width} × ${height}`, async ({ page }) => {
    const code = await copyEmbedCode(page, ['Data space', 'Play, step and the timeline']);
    const session = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    const { frame, frameBox } = await coursePage(page, code, width, height);
    await expect(frame.getByRole('button', { name: 'Play' })).toBeEnabled();

    // The chosen parts, inside the frame; no header, no other panel, nothing to scroll.
    await expect(frame.getByRole('heading', { name: /Gradient descent/ })).toHaveCount(0);
    await expect(frame.getByRole('region', { name: 'Parameter space' })).toHaveCount(0);
    await expect(frame.getByRole('region', { name: 'The mathematics' })).toHaveCount(0);
    await expectInside(
      'the data figure',
      frame.getByRole('application', { name: 'Data points; arrow keys move between points' }),
      frameBox,
    );
    for (const name of ['Play', 'Step', 'Step back', 'Reset']) {
      await expectInside(name, frame.getByRole('button', { name, exact: true }), frameBox);
    }
    await expectInside('the timeline', iteration(frame), frameBox);
    expect(await frameScrolls(page)).toBe(false);
    await page.screenshot({ path: `test-results/screenshots/embed-${width}x${height}.png` });

    // It plays.
    await frame.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await iteration(frame).inputValue())).toBeGreaterThan(3);
    await frame.getByRole('button', { name: 'Pause' }).click();

    // The keyboard works inside the frame: R resets, → steps, Space plays.
    await frame.getByRole('region', { name: 'Data space' }).getByRole('heading').click();
    await page.keyboard.press('r');
    await expect(iteration(frame)).toHaveValue('0');
    await page.keyboard.press('ArrowRight');
    await expect(iteration(frame)).toHaveValue('1');
    await page.keyboard.press('Space');
    await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();

    // The full app, with the same run, in a new tab; the reader's own session is left alone.
    const open = frame.getByRole('link', { name: 'Open the full app' });
    await expect(open).toHaveAttribute('target', '_blank');
    const href = (await open.getAttribute('href'))!;
    expect(href).not.toContain('embed=');
    expect(href).toContain('#');
    // Back in the app itself, the reader's session is as it was before the course page.
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(await page.evaluate(() => JSON.stringify({ ...window.localStorage }))).toBe(session);
  });
}

test('an embedded loss surface alone fills a resized frame', async ({ page }) => {
  const code = await copyEmbedCode(page, ['Parameter space']);
  const { frame } = await coursePage(page, code, 800, 500);
  const surface = frame.getByRole('region', { name: 'Parameter space' }).locator('.surface-frame');
  const before = (await surface.boundingBox())!;
  await page.locator('iframe').evaluate((el: HTMLIFrameElement) => {
    el.width = '600';
    el.height = '400';
  });
  await expect.poll(async () => (await surface.boundingBox())!.width).toBeLessThan(before.width);
  expect(await frameScrolls(page)).toBe(false);
  await expect(frame.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open the full app' })).toBeVisible();
});

test('an embed on the app’s own site leaves the reader’s session alone', async ({ page }) => {
  // Here the frame may use the site's storage (a third-party frame may not): it must not.
  const code = await copyEmbedCode(page, ['Data space', 'Play, step and the timeline']);
  const session = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(session).not.toBe('{}');
  await page.setContent(
    `<!doctype html><html><head><title>Course</title><link rel="icon" href="data:,"></head>` +
      `<body>${code}</body></html>`,
  );
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(frame.getByRole('slider', { name: 'Iteration' })).toHaveValue('1');
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number(await frame.getByRole('slider', { name: 'Iteration' }).inputValue()))
    .toBeGreaterThan(5);
  // Longer than the app's save delay (300 ms): a write would have happened by now.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => JSON.stringify({ ...window.localStorage }))).toBe(session);
});
