import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { button, iterationText } from './support';

/**
 * Exporting each figure as a slide: the SVG and PNG buttons in the panels' headings download a
 * 1920 × 1080 file named after the figure and the iteration, holding the figure's canvas layers as
 * images, its axes as text and the theme's colours, in the light and the dark theme.
 */

const OUTPUT = process.env.E2E_OUTPUT ?? 'test-results/playwright';
const SLIDE = { width: 1920, height: 1080 };
const STEPS = 12;

interface Figure {
  title: string;
  slug: string;
  /** Tick labels on the page, whose text the SVG must hold. */
  tickSelector: string;
  /** A colour role that must show on the slide: the points, the path, the loss curve. */
  mark: string;
  /**
   * Redrawn for the slide: the loss chart is a thin strip on the stage and is exported at 2:1
   * (exportFigure.ts withSlideAspect), so its ticks are the redrawn chart's, not the page's.
   */
  redrawn?: boolean;
}

const FIGURES: Figure[] = [
  {
    title: 'Data space',
    slug: 'data-space',
    tickSelector: '.data-tick-label',
    mark: '--plot-class0',
  },
  {
    title: 'Parameter space',
    slug: 'parameter-space',
    tickSelector: '.plot-axis-label',
    mark: '--plot-path',
  },
  {
    title: 'Loss',
    slug: 'loss',
    tickSelector: '.plot-axis-label',
    mark: '--plot-loss',
    redrawn: true,
  },
];

async function openAndStep(page: Page): Promise<void> {
  await page.goto('./');
  await expect(button(page, 'Play')).toBeEnabled();
  await expect(iterationText(page)).toHaveText('0');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let k = 0; k < STEPS; k++) await page.keyboard.press('ArrowRight');
  await expect(iterationText(page)).toHaveText(String(STEPS), { timeout: 15_000 });
  // The full loss surface of this iteration, not a coarse first pass.
  await expect(page.locator('[data-surface]')).toHaveAttribute('data-surface', 'current', {
    timeout: 15_000,
  });
}

async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { file, bytes: Buffer.concat(chunks) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What the SVG holds, read by the browser's XML parser. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      viewBox: root.getAttribute('viewBox'),
      images: [...doc.querySelectorAll('image')].map((image) => image.getAttribute('href') ?? ''),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      classes: doc.querySelectorAll('[class]').length,
      variables: /var\(--/.test(source),
    };
  }, text);
}

/** Pixels of the PNG near a colour (within 40 in each channel), counted in the page's canvas. */
async function pixelsNear(page: Page, png: Buffer, color: string): Promise<number> {
  return page.evaluate(
    async ({ base64, color }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return -1;
      // The colour as the canvas parses it.
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      context.clearRect(0, 0, 1, 1);
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let k = 0; k < data.length; k += 4) {
        if (
          Math.abs(data[k] - r) < 40 &&
          Math.abs(data[k + 1] - g) < 40 &&
          Math.abs(data[k + 2] - b) < 40
        ) {
          count++;
        }
      }
      return count;
    },
    { base64: png.toString('base64'), color },
  );
}

const cssVariable = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

const SETTINGS = [
  { colorScheme: 'light', deviceScaleFactor: 1 },
  { colorScheme: 'dark', deviceScaleFactor: 1 },
  // A laptop's high-density screen: the canvases are embedded at twice their CSS size.
  { colorScheme: 'light', deviceScaleFactor: 2 },
] as const;

/** Exports one figure both ways and checks the files; saves them, named `label-figure`, for people. */
async function checkExport(page: Page, figure: Figure, label: string): Promise<void> {
  const panel = page.getByRole('region', { name: figure.title, exact: true });
  const root = page.locator(`[data-export-figure="${figure.slug}"]`);
  await expect(root).toBeVisible();
  // Each canvas's backing store: the screen's pixel density times its CSS size.
  const canvasWidths = await root
    .locator('canvas')
    .evaluateAll((all: HTMLCanvasElement[]) =>
      all.filter((c) => c.width > 0 && c.height > 0).map((c) => c.width),
    );
  const ticks = (await root.locator(figure.tickSelector).allTextContents()).filter(Boolean);
  expect(ticks.length).toBeGreaterThan(3);
  // The buttons sit in the panel's heading; their names say which figure.
  await expect(panel.getByRole('button', { name: `Export ${figure.title} as SVG` })).toHaveText(
    'SVG',
  );

  const svg = await download(page, `Export ${figure.title} as SVG`);
  expect(svg.file.suggestedFilename()).toBe(`${figure.slug}-iteration-${STEPS}.svg`);
  const text = svg.bytes.toString('utf8');
  const parsed = await readSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
  expect(parsed.viewBox).toBe(`0 0 ${SLIDE.width} ${SLIDE.height}`);
  // Every canvas layer, as a PNG image of its own at the canvas's full resolution.
  const imageWidths = parsed.images.map((href) => {
    expect(href).toMatch(/^data:image\/png;base64,/);
    return pngSize(Buffer.from(href.slice(href.indexOf(',') + 1), 'base64')).width;
  });
  expect(imageWidths).toEqual(canvasWidths);
  if (figure.redrawn) {
    // Its own ticks, numbers on both axes, as many as the page's at least.
    const numbers = parsed.texts.filter((t) => /^−?\d+(\.\d+)?$/.test(t));
    expect(numbers.length).toBeGreaterThanOrEqual(ticks.length);
  } else {
    for (const tick of ticks) expect(parsed.texts).toContain(tick);
  }
  expect(parsed.texts).toContain(figure.title);
  expect(parsed.texts.some((t) => t.startsWith(`Iteration ${STEPS} · loss J = `))).toBe(true);
  // Nothing left that only the page's stylesheet could resolve.
  expect(parsed.classes).toBe(0);
  expect(parsed.variables).toBe(false);

  const png = await download(page, `Export ${figure.title} as PNG`);
  expect(png.file.suggestedFilename()).toBe(`${figure.slug}-iteration-${STEPS}.png`);
  expect(pngSize(png.bytes)).toEqual(SLIDE);

  // The slide is the theme's: its background fills it, and the figure's marks and text show.
  const background = await cssVariable(page, '--color-surface');
  const area = SLIDE.width * SLIDE.height;
  expect(await pixelsNear(page, png.bytes, background)).toBeGreaterThan(area * 0.3);
  expect(await pixelsNear(page, png.bytes, await cssVariable(page, figure.mark))).toBeGreaterThan(
    200,
  );
  expect(
    await pixelsNear(page, png.bytes, await cssVariable(page, '--color-text')),
  ).toBeGreaterThan(500);

  // Saved for people to look at, with the SVG as a browser renders it on its own.
  const folder = path.join(OUTPUT, 'exports');
  mkdirSync(folder, { recursive: true });
  const base = path.join(folder, `${label}-${figure.slug}`);
  writeFileSync(`${base}.svg`, svg.bytes);
  writeFileSync(`${base}.png`, png.bytes);
  const viewer = await page.context().newPage();
  await viewer.setViewportSize(SLIDE);
  await viewer.goto(`data:image/svg+xml;base64,${svg.bytes.toString('base64')}`);
  await viewer.screenshot({ path: `${base}-svg-rendered.png` });
  await viewer.close();
  await panel.locator('.panel-heading').screenshot({ path: `${base}-heading.png` });
  expect(readFileSync(`${base}-svg-rendered.png`).length).toBeGreaterThan(0);
}

for (const { colorScheme, deviceScaleFactor } of SETTINGS) {
  test.describe(`${colorScheme} theme, ${deviceScaleFactor}× pixel density`, () => {
    test.use({ colorScheme, deviceScaleFactor });

    test('each figure exports as a 1920 × 1080 SVG and PNG slide', async ({ page }) => {
      test.setTimeout(120_000);
      await openAndStep(page);
      for (const figure of FIGURES) {
        await test.step(figure.title, () =>
          checkExport(page, figure, `${colorScheme}-${deviceScaleFactor}x`),
        );
      }
    });
  });
}
