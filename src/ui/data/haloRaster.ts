/**
 * The halos of pull rasterized by hand, one pixel per CSS pixel of the plotting area: each halo is
 * an antialiased disc, and where halos overlap the mask keeps the largest coverage, so they merge
 * into one shape instead of darkening.
 *
 * Why not canvas arcs: filling one path of 10,000 overlapping circles made the canvas spend tens
 * of milliseconds per frame scan-converting it. Here each radius (to a quarter pixel) is computed
 * once per frame as a small stamp of coverages, and each point copies its stamp with a max: no
 * square roots per pixel. For thousands of points the mask is also coarser (see haloScale), a
 * soft halo loses nothing by it, and 10,000 points cost a millisecond or two.
 */
import type { Rgb } from './probabilityField';
import type { MarkSizes } from './pull';
import { haloRadius } from './pull';

/**
 * The mask's resolution relative to CSS pixels: full for up to a thousand points (halos up to
 * 14 px), half beyond (halos of at most 6 px, drawn under a dense cloud).
 */
export function haloScale(n: number): number {
  return n > 1000 ? 0.5 : 1;
}

/** Radii are rounded to 1/RADIUS_STEPS of a (mask) pixel. */
const RADIUS_STEPS = 4;

interface Stamp {
  /** The stamp spans [−half, half] pixels around the centre pixel. */
  readonly half: number;
  /** Coverage 0–255, (2·half + 1)² values, row by row. */
  readonly coverage: Uint8Array;
}

/**
 * The stamps by radius key, kept from frame to frame: a stamp depends on its radius alone, and
 * making the few dozen a frame uses took most of the halos' time on a hundred points (issue 16).
 * Radii are bounded (haloMaxRadius), so this stays small.
 */
const STAMPS = new Map<number, Stamp>();

/** An antialiased disc of radius r centred on the middle pixel: coverage linear across its edge. */
export function discStamp(r: number): Stamp {
  const half = Math.ceil(r + 0.5);
  const side = 2 * half + 1;
  const coverage = new Uint8Array(side * side);
  for (let dy = -half; dy <= half; dy++) {
    for (let dx = -half; dx <= half; dx++) {
      const c = r - Math.hypot(dx, dy) + 0.5;
      coverage[(dy + half) * side + dx + half] = c >= 1 ? 255 : c > 0 ? Math.round(255 * c) : 0;
    }
  }
  return { half, coverage };
}

/**
 * Writes into `mask` (width × height, one byte per pixel, cleared by the caller) the coverage of
 * every point's halo (radius from haloRadius), keeping the largest where halos overlap. A halo is
 * centred on the pixel its point falls in (half a pixel off at most: invisible in a soft halo).
 * With `scale` < 1 the mask is that much coarser than the positions and sizes (pixels of the
 * plotting area): the caller stretches it back.
 */
export function maskHalos(
  mask: Uint8Array,
  width: number,
  height: number,
  positions: Float64Array,
  weights: Float64Array,
  sizes: MarkSizes,
  scale = 1,
): void {
  // Worth its clearing only where points crowd the mask's pixels (thousands of points).
  const stamped = weights.length * CROWDED > width * height ? largestStamped(width * height) : null;
  for (let i = 0; i < weights.length; i++) {
    const r = haloRadius(weights[i], sizes.pointRadius, sizes.haloMaxRadius);
    // Nothing shows beyond the point's own marker.
    if (r < sizes.pointRadius + 0.25) continue;
    const key = Math.round(r * scale * RADIUS_STEPS);
    const cx = Math.floor(positions[2 * i] * scale);
    const cy = Math.floor(positions[2 * i + 1] * scale);
    // A disc no larger than one already stamped on the same pixel adds nothing (its coverage is
    // lower everywhere): in a dense cloud most points share their pixel with another (issue 16).
    if (stamped && cx >= 0 && cx < width && cy >= 0 && cy < height) {
      const centre = cy * width + cx;
      if (key <= stamped[centre]) continue;
      stamped[centre] = key;
    }
    let stamp = STAMPS.get(key);
    if (!stamp) {
      stamp = discStamp(key / RADIUS_STEPS);
      STAMPS.set(key, stamp);
    }
    const { half, coverage } = stamp;
    const side = 2 * half + 1;
    const x0 = Math.max(0, cx - half);
    const x1 = Math.min(width - 1, cx + half);
    const y0 = Math.max(0, cy - half);
    const y1 = Math.min(height - 1, cy + half);
    for (let y = y0; y <= y1; y++) {
      const row = y * width;
      const stampRow = (y - cy + half) * side - cx + half;
      for (let x = x0; x <= x1; x++) {
        const c = coverage[stampRow + x];
        if (c > mask[row + x]) mask[row + x] = c;
      }
    }
  }
}

/** Points per mask pixel, times this, above which maskHalos skips discs dominated on their pixel. */
const CROWDED = 8;

let stampedBuffer = new Uint16Array(0);

/** Per mask pixel, the largest radius key stamped centred there: zeros, reused from call to call. */
function largestStamped(size: number): Uint16Array {
  if (stampedBuffer.length < size) stampedBuffer = new Uint16Array(size);
  const stamped = stampedBuffer.subarray(0, size);
  stamped.fill(0);
  return stamped;
}

/**
 * The mask as RGBA pixels of one colour, `opacity` where the mask is full. Every frame, over every
 * pixel of the plotting area: one 32-bit write per pixel from a table of the 256 coverages (the
 * four byte writes it replaces were the halos' largest cost, issue 16).
 */
export function colorMask(
  mask: Uint8Array,
  pixels: Uint8ClampedArray,
  color: Rgb,
  opacity: number,
): void {
  const table = pixelTable(color, opacity);
  if (pixels.byteOffset % 4 === 0) {
    const words = new Uint32Array(pixels.buffer, pixels.byteOffset, mask.length);
    for (let k = 0; k < mask.length; k++) words[k] = table[mask[k]];
    return;
  }
  const bytes = new Uint8Array(table.buffer);
  for (let k = 0; k < mask.length; k++) {
    const from = 4 * mask[k];
    const to = 4 * k;
    pixels[to] = bytes[from];
    pixels[to + 1] = bytes[from + 1];
    pixels[to + 2] = bytes[from + 2];
    pixels[to + 3] = bytes[from + 3];
  }
}

let lastTable: { color: Rgb; opacity: number; table: Uint32Array } | null = null;

/**
 * The pixel of each coverage 0–255, as the bytes r, g, b, a in memory (a view of them as words, so
 * the machine's byte order does not matter); the last one is kept, as the colour rarely changes.
 */
function pixelTable(color: Rgb, opacity: number): Uint32Array {
  if (
    lastTable?.opacity === opacity &&
    lastTable.color.r === color.r &&
    lastTable.color.g === color.g &&
    lastTable.color.b === color.b
  ) {
    return lastTable.table;
  }
  // Clamped and rounded as writing into the pixels themselves would.
  const bytes = new Uint8ClampedArray(256 * 4);
  for (let c = 0; c < 256; c++) {
    bytes[4 * c] = color.r;
    bytes[4 * c + 1] = color.g;
    bytes[4 * c + 2] = color.b;
    bytes[4 * c + 3] = c * opacity;
  }
  const table = new Uint32Array(bytes.buffer);
  lastTable = { color: { ...color }, opacity, table };
  return table;
}
