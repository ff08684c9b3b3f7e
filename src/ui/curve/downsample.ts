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
 * The M4 reduction's running state, entry by entry: the open column's first, lowest, highest and
 * last indices, the line being drawn and the axis's summary. reduceSeries feeds it every entry;
 * reduceBlocked (seriesBlocks.ts) feeds it the entries of blocks it cannot step over, and updates
 * the open column from a block's summary where it can (hence the fields are open to it).
 */
export class ColumnReduction {
  readonly lines: Polyline[] = [];
  line: Polyline | null = null;
  first = NaN;
  min = Infinity;
  max = -Infinity;
  nonFinite = false;
  /** The open column's first, lowest, highest and last indices (a = -1: no column open). */
  a = -1;
  lo = -1;
  hi = -1;
  b = -1;
  /** The open column's lowest and highest values. */
  low = 0;
  high = 0;
  /**
   * The x at which the next column starts (x is increasing, so comparing with it is all a point
   * needs, instead of computing its column).
   */
  boundary = Infinity;
  private readonly width: number;
  private readonly perColumn: number;
  private readonly positiveOnly: boolean;

  constructor(
    private readonly x: ArrayLike<number>,
    private readonly y: ArrayLike<number>,
    private readonly x0: number,
    x1: number,
    columns: number,
    accepted: Accepted,
  ) {
    this.width = Math.max(1, Math.floor(columns));
    this.perColumn = x1 > x0 ? this.width / (x1 - x0) : 0;
    this.positiveOnly = accepted === 'positive';
  }

  /** One entry, in order. */
  visit(i: number): void {
    const v = this.y[i];
    // v − v is 0 for finite v and NaN for NaN and ±∞.
    const finite = v - v === 0;
    if (!finite || (this.positiveOnly && !(v > 0))) {
      if (!finite) this.nonFinite = true;
      this.breakLine();
      return;
    }
    if (this.first !== this.first) this.first = v;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (this.a >= 0 && this.x[i] < this.boundary) {
      if (v < this.low) {
        this.low = v;
        this.lo = i;
      } else if (v > this.high) {
        this.high = v;
        this.hi = i;
      }
      this.b = i;
      return;
    }
    this.open(i, v);
  }

  /** Opens a column at entry i, a shown value v (a new line after a gap). */
  open(i: number, v: number): void {
    if (!this.line) this.line = { xs: [], ys: [] };
    else if (this.a >= 0) this.flush(this.line);
    const { width, perColumn, x0 } = this;
    const c = Math.min(width - 1, Math.max(0, Math.floor((this.x[i] - x0) * perColumn)));
    this.boundary = c >= width - 1 ? Infinity : x0 + (c + 1) / perColumn;
    this.a = this.lo = this.hi = this.b = i;
    this.low = this.high = v;
  }

  /** Ends the line being drawn (a value the axis cannot show, or the end). */
  breakLine(): void {
    if (!this.line) return;
    if (this.a >= 0) this.flush(this.line);
    this.lines.push(this.line);
    this.line = null;
  }

  result(): ReducedSeries {
    this.breakLine();
    const { lines, first, min, max, nonFinite } = this;
    return { lines, first, min, max, nonFinite };
  }

  private flush(target: Polyline): void {
    // Each index once, in time order (a ≤ lo, hi ≤ b).
    const { a, lo, hi, b } = this;
    const indices = lo <= hi ? [a, lo, hi, b] : [a, hi, lo, b];
    let previous = -1;
    for (const k of indices) {
      if (k === previous) continue;
      target.xs.push(this.x[k]);
      target.ys.push(this.y[k]);
      previous = k;
    }
    this.a = -1;
  }
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
  const reduction = new ColumnReduction(x, y, x0, x1, columns, accepted);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) reduction.visit(i);
  return reduction.result();
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
