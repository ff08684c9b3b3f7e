// @ts-check
/**
 * Writes the installable app's icons (public/icons/*.png) from one SVG drawing: the sigmoid
 * p = σ(z) between its asymptotes, as in public/favicon.svg.
 *
 *   node scripts/build-icons.mjs
 *
 * The PNGs are rasterized by the same Chromium the end-to-end tests drive (CHROMIUM_PATH, else
 * the first found by scripts/find-chromium.mjs), so no image library is needed. Two drawings:
 *   - "any": a rounded tile, for browsers that show the icon as it is;
 *   - "maskable": the tile's colour bleeds to every edge and the curve stays inside the central
 *     circle of 80% diameter that every launcher mask keeps (the maskable icon "safe zone").
 * The PNGs are committed; run this again only when the drawing changes.
 */
import console from 'node:console';
import { mkdir, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { URL } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromiumHere } from './find-chromium.mjs';

const outDir = new URL('../public/icons/', import.meta.url);
const found = findChromiumHere();
if (!found.found) {
  console.error(found.message);
  process.exit(1);
}

const BACKGROUND = '#f4f6fb';
const ASYMPTOTE = '#c5cbd8';
const CURVE = '#2f5bd3';

/** The curve and its asymptotes in a 32 × 32 box, the favicon's coordinates. */
const DRAWING = `
  <path d="M4 26h24M4 6h24" stroke="${ASYMPTOTE}" stroke-width="1.5" stroke-dasharray="2 2"/>
  <path d="M4 26C11 26 13 22 16 16S21 6 28 6" fill="none" stroke="${CURVE}" stroke-width="3"
        stroke-linecap="round"/>`;

/** A rounded tile with the drawing filling it, as the favicon. */
const anySvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="${BACKGROUND}"/>${DRAWING}
</svg>`;

/**
 * Full bleed, the drawing scaled to 60% about the centre: its corners (±12 × 0.6 ≈ 7.2 from the
 * centre, i.e. a radius of about 10.2 of 32) stay inside the safe circle of radius 12.8.
 */
const maskableSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="${BACKGROUND}"/>
  <g transform="translate(16 16) scale(0.6) translate(-16 -16)">${DRAWING}</g>
</svg>`;

/** @type {{ file: string, svg: string, size: number }[]} */
const ICONS = [
  { file: 'icon-192.png', svg: anySvg, size: 192 },
  { file: 'icon-512.png', svg: anySvg, size: 512 },
  { file: 'maskable-512.png', svg: maskableSvg, size: 512 },
  // iOS ignores the manifest's icons and wants an opaque square; it rounds the corners itself.
  { file: 'apple-touch-icon-180.png', svg: maskableSvg, size: 180 },
];

const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
try {
  await mkdir(outDir, { recursive: true });
  for (const { file, svg, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    // Transparent outside the rounded tile of the "any" icon.
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    await writeFile(new URL(file, outDir), png);
    await page.close();
    console.log(`public/icons/${file}: ${size} × ${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
