/**
 * The loss surface as filled contours: where to put the levels, their colours, and the polygons.
 *
 * The cross-entropy grows linearly far from its minimum and quadratically near it, so levels evenly
 * spaced in J would crowd the rim and leave the bowl, where the path ends, a single flat colour.
 * The levels are evenly spaced in √(J − Jmin) instead: J − Jmin = (J_max − J_min)·(k/K)². Near the
 * minimum (J − Jmin ∝ r²) that puts the rings about evenly apart in θ; far out they thin.
 */
import type { ContourMultiPolygon } from 'd3-contour';
import { contours } from 'd3-contour';
import { interpolateLab } from 'd3-interpolate';
import type { SurfaceSpec } from '../../engine';
import type { PlaneScales } from './projection';

/** Levels of the filled contours: enough to read the bowl, few enough to tell apart. */
export const LEVEL_COUNT = 14;

export interface GridExtent {
  readonly min: number;
  readonly max: number;
}

/** The smallest and largest finite values of a grid, or null if it has none. */
export function gridExtent(values: ArrayLike<number>): GridExtent | null {
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/**
 * The lower bound of every filled level, from the lowest (J_min: the whole plot) up:
 * J_min + (J_max − J_min)·(k/K)² for k = 0 … K − 1. One level for a flat or empty grid.
 */
export function contourThresholds(extent: GridExtent | null, count = LEVEL_COUNT): number[] {
  if (!extent) return [];
  const { min, max } = extent;
  const span = max - min;
  if (!(span > 1e-12 * Math.max(1, Math.abs(min)))) return [min];
  return Array.from({ length: count }, (_, k) => min + span * (k / count) ** 2);
}

/** Colour of each level, from surfaceLow (the lowest J) to surfaceHigh. */
export function levelColors(count: number, low: string, high: string): string[] {
  const interpolate = interpolateLab(low, high);
  return Array.from({ length: count }, (_, k) => interpolate(count <= 1 ? 0 : k / (count - 1)));
}

/**
 * The grid as d3-contour wants it: a plain array, with overflow (J = ∞ far out) and anything
 * non-finite replaced by the largest finite value, so it falls in the top level instead of
 * punching a hole in every one.
 */
export function contourInput(values: ArrayLike<number>, extent: GridExtent | null): number[] {
  const top = extent ? extent.max : 0;
  return Array.from(values, (v) => (Number.isFinite(v) ? v : top));
}

/** The region J ≥ t for each threshold t, in grid units (cell (c, r) centred at (c + ½, r + ½)). */
export function surfaceContours(
  values: ArrayLike<number>,
  size: number,
  thresholds: readonly number[],
): ContourMultiPolygon[] {
  const extent = gridExtent(values);
  return contours()
    .size([size, size])
    .thresholds(thresholds as number[])(contourInput(values, extent));
}

/**
 * Grid units → plot pixels. A grid of G cells spans [min, max] exactly (cells are sampled at their
 * centres), so grid coordinate g lies at min + g·(max − min)/G: the scale is width/G, not
 * width/(G − 1) (TOOLCHAIN.md).
 */
export function gridToPixel(
  spec: SurfaceSpec,
  scales: PlaneScales,
): (gx: number, gy: number) => [number, number] {
  const { x, y, size } = spec;
  const dx = (x.max - x.min) / size;
  const dy = (y.max - y.min) / size;
  return (gx, gy) => [scales.x(x.min + gx * dx), scales.y(y.min + gy * dy)];
}
