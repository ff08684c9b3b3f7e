/**
 * A long series reduced to what a line of `columns` pixels can show: in each pixel column, the
 * first, lowest, highest and last values, in their order (the "M4" reduction). Drawn as a line,
 * that is the same picture as every point, from at most 4 points per column, so 150,000
 * iterations cost as much to draw as 1,000 pixels.
 *
 * Values the axis cannot show (non-finite losses of a diverged run; zeros and negatives on a log
 * axis) are skipped and break the line, so it never dives to a fake value.
 *
 * The same single pass also sums up the values shown (first, smallest, largest), which is all the
 * axis needs: this runs on every frame while playing, over up to 150,000 entries per series.
 */

/** One unbroken piece of the line: x (iterations) and y (values), in order. */
export interface Polyline {
  readonly xs: number[];
  readonly ys: number[];
}

/** Which values a series can show: finite ones (a linear axis) or positive finite ones (log). */
export type Accepted = 'finite' | 'positive';

export interface ReducedSeries {
  readonly lines: Polyline[];
  /** The first, smallest and largest accepted values; NaN, ∞ and −∞ when none was accepted. */
  readonly first: number;
  readonly min: number;
  readonly max: number;
  /** Whether some value was not finite (an overflowed loss). */
  readonly nonFinite: boolean;
}

/**
 * The M4 reduction of (x[i], y[i]) for x in [x0, x1] mapped onto `columns` pixel columns. `x` must
 * be increasing. Values not `accepted` are dropped and end the current polyline.
 */
export function reduceSeries(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  x0: number,
  x1: number,
  columns: number,
  accepted: Accepted = 'finite',
): ReducedSeries {
  const lines: Polyline[] = [];
  const n = Math.min(x.length, y.length);
  const width = Math.max(1, Math.floor(columns));
  const perColumn = x1 > x0 ? width / (x1 - x0) : 0;
  const positiveOnly = accepted === 'positive';
  let line: Polyline | null = null;
  let first = NaN;
  let min = Infinity;
  let max = -Infinity;
  let nonFinite = false;
  // The current column's first, lowest, highest and last indices (a = -1: no column open), the
  // lowest and highest values, and the x at which the next column starts (x is increasing, so
  // comparing with it is all a point needs, instead of computing its column).
  let a = -1;
  let lo = -1;
  let hi = -1;
  let b = -1;
  let low = 0;
  let high = 0;
  let boundary = Infinity;

  const flush = (target: Polyline) => {
    // Each index once, in time order (a ≤ lo, hi ≤ b).
    const indices = lo <= hi ? [a, lo, hi, b] : [a, hi, lo, b];
    let previous = -1;
    for (const k of indices) {
      if (k === previous) continue;
      target.xs.push(x[k]);
      target.ys.push(y[k]);
      previous = k;
    }
    a = -1;
  };

  for (let i = 0; i < n; i++) {
    const v = y[i];
    // v − v is 0 for finite v and NaN for NaN and ±∞.
    const finite = v - v === 0;
    if (!finite || (positiveOnly && !(v > 0))) {
      if (!finite) nonFinite = true;
      if (line) {
        if (a >= 0) flush(line);
        lines.push(line);
        line = null;
      }
      continue;
    }
    if (first !== first) first = v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (a >= 0 && x[i] < boundary) {
      if (v < low) {
        low = v;
        lo = i;
      } else if (v > high) {
        high = v;
        hi = i;
      }
      b = i;
      continue;
    }
    // A new column (or a new line after a gap).
    if (!line) line = { xs: [], ys: [] };
    else if (a >= 0) flush(line);
    const c = Math.min(width - 1, Math.max(0, Math.floor((x[i] - x0) * perColumn)));
    boundary = c >= width - 1 ? Infinity : x0 + (c + 1) / perColumn;
    a = lo = hi = b = i;
    low = high = v;
  }
  if (line) {
    if (a >= 0) flush(line);
    lines.push(line);
  }
  return { lines, first, min, max, nonFinite };
}

/** Only the polylines of reduceSeries (with a predicate's worth of choice: finite or positive). */
export function downsampleColumns(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  x0: number,
  x1: number,
  columns: number,
  accepted: Accepted = 'finite',
): Polyline[] {
  return reduceSeries(x, y, x0, x1, columns, accepted).lines;
}
