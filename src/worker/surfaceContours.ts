/**
 * The loss surface's filled contours, computed where the grid is (the surface worker), so the page
 * only paints them: on a slow laptop, contouring each new slice on the main thread was the surface
 * figure's largest piece of work per snapshot (issue 16).
 *
 * The cross-entropy grows linearly far from its minimum and quadratically near it, so levels evenly
 * spaced in J would crowd the rim and leave the bowl, where the path ends, a single flat colour.
 * The levels are evenly spaced in √(J − Jmin) instead: J − Jmin = (J_max − J_min)·(k/K)². Near the
 * minimum (J − Jmin ∝ r²) that puts the rings about evenly apart in θ; far out they thin.
 */
import type { ContourMultiPolygon } from 'd3-contour';
import { contours } from 'd3-contour';

/** Levels of the filled contours: enough to read the bowl, few enough to tell apart. */
export const LEVEL_COUNT = 14;

export interface GridExtent {
  readonly min: number;
  readonly max: number;
}

/**
 * One filled level (the region J ≥ its threshold) as flat arrays that a message transfers rather
 * than copies: the rings' points (x, y in grid units, cell (c, r) centred at (c + ½, r + ½)) one
 * after another, and how many points each ring has. Holes are rings too: filled even-odd.
 */
export interface ContourLevel {
  readonly points: Float64Array;
  readonly ringSizes: Uint32Array;
}

/** A grid's contours: its finite extent (null if none), the thresholds and one level for each. */
export interface SurfaceContours {
  readonly extent: GridExtent | null;
  readonly thresholds: readonly number[];
  readonly levels: readonly ContourLevel[];
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
  extent: GridExtent | null = gridExtent(values),
): ContourMultiPolygon[] {
  return contours()
    .size([size, size])
    .thresholds(thresholds as number[])(contourInput(values, extent));
}

/** d3-contour's nested polygons of one level as a ContourLevel. */
export function flattenLevel(level: ContourMultiPolygon): ContourLevel {
  let points = 0;
  let rings = 0;
  for (const polygon of level.coordinates) {
    for (const ring of polygon) {
      points += ring.length;
      rings++;
    }
  }
  const flat = new Float64Array(2 * points);
  const ringSizes = new Uint32Array(rings);
  let p = 0;
  let r = 0;
  for (const polygon of level.coordinates) {
    for (const ring of polygon) {
      ringSizes[r++] = ring.length;
      for (const [x, y] of ring) {
        flat[p++] = x;
        flat[p++] = y;
      }
    }
  }
  return { points: flat, ringSizes };
}

/** Everything the page needs to paint a grid: its extent, thresholds and flattened levels. */
export function contourGrid(values: ArrayLike<number>, size: number): SurfaceContours {
  const extent = gridExtent(values);
  const thresholds = contourThresholds(extent);
  return {
    extent,
    thresholds,
    levels: surfaceContours(values, size, thresholds, extent).map(flattenLevel),
  };
}

/** The buffers of a grid's contours, to transfer with the message that carries them. */
export function contourBuffers(grid: SurfaceContours): ArrayBuffer[] {
  return grid.levels.flatMap((level) => [
    level.points.buffer as ArrayBuffer,
    level.ringSizes.buffer as ArrayBuffer,
  ]);
}
