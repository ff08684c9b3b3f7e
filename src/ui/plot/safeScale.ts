/**
 * Domains and ticks that d3 can always work with. d3's ticks fail on extents it cannot divide:
 * points near 1e-320 (subnormal numbers) make `ticks()` throw "Invalid array length", a span of
 * a few ulps (1 to 1 + 2e-16) repeats one tick, and ±1e308 gives a NaN tick. Every figure's
 * domain goes through usableDomain and every tick list through safeTicks, so no extent of the
 * data can take a panel down.
 */

/** The widest extent an axis shows: its span stays finite, and so do its ticks. */
export const MAX_ABS = 1e300;
/** The narrowest span, relative to the values' size: a few hundred ulps, so ticks differ. */
const MIN_RELATIVE_SPAN = 1e-12;
/** The narrowest span at all: far above the subnormal numbers d3 cannot divide. */
const MIN_ABSOLUTE_SPAN = 1e-290;

/**
 * [lo, hi] as a domain d3 can tick: non-finite ends replaced, both ends within ±1e300, and the
 * span widened around its centre to at least 1e-12 of the values' size (or 1e-290 near zero).
 */
export function usableDomain(lo: number, hi: number): [number, number] {
  if (Number.isNaN(lo) || Number.isNaN(hi) || lo > hi) return [-1, 1];
  let min = Math.max(-MAX_ABS, Math.min(MAX_ABS, lo));
  let max = Math.max(-MAX_ABS, Math.min(MAX_ABS, hi));
  const size = Math.max(Math.abs(min), Math.abs(max));
  const least = Math.max(size * MIN_RELATIVE_SPAN, MIN_ABSOLUTE_SPAN);
  if (!(max - min >= least)) {
    const centre = min / 2 + max / 2;
    min = centre - least / 2;
    max = centre + least / 2;
    // A centre at ±1e300 cannot be widened outwards: widen inwards instead.
    if (max > MAX_ABS) [min, max] = [MAX_ABS - least, MAX_ABS];
    if (min < -MAX_ABS) [min, max] = [-MAX_ABS, -MAX_ABS + least];
  }
  return [min, max];
}

/** The part of a d3 scale the ticks need. */
export interface Tickable {
  ticks(count?: number): number[];
}

/** The scale's ticks, finite, distinct and ascending; none rather than an exception. */
export function safeTicks(scale: Tickable, count: number): number[] {
  let values: number[];
  try {
    values = scale.ticks(count);
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const value of values) {
    if (Number.isFinite(value) && (out.length === 0 || value > out[out.length - 1]))
      out.push(value);
  }
  return out;
}
