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
  const stamps = new Map<number, Stamp>();
  for (let i = 0; i < weights.length; i++) {
    const r = haloRadius(weights[i], sizes.pointRadius, sizes.haloMaxRadius);
    // Nothing shows beyond the point's own marker.
    if (r < sizes.pointRadius + 0.25) continue;
    const key = Math.round(r * scale * RADIUS_STEPS);
    let stamp = stamps.get(key);
    if (!stamp) {
      stamp = discStamp(key / RADIUS_STEPS);
      stamps.set(key, stamp);
    }
    const { half, coverage } = stamp;
    const side = 2 * half + 1;
    const cx = Math.floor(positions[2 * i] * scale);
    const cy = Math.floor(positions[2 * i + 1] * scale);
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

/** The mask as RGBA pixels of one colour, `opacity` where the mask is full. */
export function colorMask(
  mask: Uint8Array,
  pixels: Uint8ClampedArray,
  color: Rgb,
  opacity: number,
): void {
  for (let k = 0; k < mask.length; k++) {
    const o = 4 * k;
    pixels[o] = color.r;
    pixels[o + 1] = color.g;
    pixels[o + 2] = color.b;
    pixels[o + 3] = mask[k] * opacity;
  }
}
