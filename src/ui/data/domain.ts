/**
 * Which stretch of raw feature values an axis shows: the data's range, padded so the decision
 * boundary and the halos of the outermost points have room, and rounded to tick-friendly ends.
 */
import { scaleLinear } from 'd3-scale';
import { usableDomain } from '../plot/safeScale';

export type Domain = readonly [number, number];

/** Share of the data's range added on each side. */
export const DOMAIN_PADDING = 0.08;

/** The smallest and largest value of column `j` of a row-major n×d array. */
export function columnExtent(values: Float64Array, n: number, d: number, j: number): Domain {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i * d + j];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/**
 * [min, max] widened by `padding` of its range on each side, then rounded outwards to round
 * numbers (d3's nice). A single value (every point alike) is shown with ±1 around it; an empty
 * or non-finite extent falls back to [−1, 1]; one too narrow or too wide for d3 to tick is made
 * usable (usableDomain).
 */
export function paddedDomain(extent: Domain, padding = DOMAIN_PADDING, tickCount = 6): Domain {
  let [min, max] = extent;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return [-1, 1];
  const range = max - min;
  if (range === 0) {
    min -= 1;
    max += 1;
  } else {
    min -= padding * range;
    max += padding * range;
  }
  // Subnormal or overflowing extents (points at 1e-320 or 1e308) would break d3's ticks.
  const [lo, hi] = scaleLinear().domain(usableDomain(min, max)).nice(tickCount).domain();
  return usableDomain(lo, hi);
}
