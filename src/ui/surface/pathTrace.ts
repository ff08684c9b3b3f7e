/**
 * The optimizer's path projected on the two axes, kept short enough to draw as one SVG polyline.
 *
 * The history can hold 150,000 iterations, and while playing it grows every frame, so the path is
 * traced incrementally: only entries appended since the last call are read. A point is kept when it
 * is more than 1/RESOLUTION of the path's extent away from the last kept one (well under a pixel),
 * which drops the thousands of tiny steps near convergence and keeps every visible turn, including
 * the zigzag of a learning rate near 2/L*. The latest entry is always the path's last point.
 */
import type { RunHistory } from '../../state/history';
import type { AxisPair } from './axes';
import type { PlanePoint } from './range';

/** Kept points are at least this fraction of the path's extent apart (on one axis or the other). */
export const RESOLUTION = 1500;
/** Above this many points the path is thinned further (coarser tolerance, then in pairs). */
export const MAX_POINTS = 4000;

export interface TracedPath {
  /**
   * Changes when kept points are removed or rewritten (a new history, other axes, thinning).
   * Between changes the path only grows at its end, so a drawn prefix stays valid.
   */
  readonly epoch: number;
  /** θ[axes.x], θ[axes.y] of each kept entry, and its iteration. */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly iterations: readonly number[];
  /** The extent of every entry read (not only the kept ones), or null before the first. */
  readonly bounds: { readonly min: PlanePoint; readonly max: PlanePoint } | null;
}

export const EMPTY_PATH: TracedPath = { epoch: 0, xs: [], ys: [], iterations: [], bounds: null };

export class PathTracer {
  private history: RunHistory | null = null;
  private revision = -1;
  private axesKey = '';
  private lastIteration = -Infinity;
  private xs: number[] = [];
  private ys: number[] = [];
  private iterations: number[] = [];
  private minX = Infinity;
  private minY = Infinity;
  private maxX = -Infinity;
  private maxY = -Infinity;
  private resolution = RESOLUTION;
  private epoch = 0;
  private result: TracedPath = EMPTY_PATH;

  /** The path of `history` on `axes`; the same object as last time if nothing was added. */
  update(history: RunHistory | null, axes: AxisPair): TracedPath {
    const axesKey = `${axes.x},${axes.y}`;
    if (
      history !== this.history ||
      !history ||
      history.revision !== this.revision ||
      axesKey !== this.axesKey ||
      // Truncated without a revision (cannot happen today, but a stale index must never be read).
      (this.lastIteration > -Infinity &&
        (history.length === 0 || history.iteration(history.length - 1) < this.lastIteration))
    ) {
      this.reset(history, axesKey);
    }
    if (!history || history.length === 0) return this.result;
    const from =
      this.lastIteration === -Infinity ? 0 : history.indexAtOrBefore(this.lastIteration) + 1;
    if (from >= history.length) return this.result;
    // Read in place: at full speed thousands of entries arrive per frame, and copying every field
    // of them (history.chunk) cost more than tracing them (issue 16's profile).
    const iterations = history.view('iteration');
    for (let k = from; k < history.length; k++) {
      this.add(history.parameter(k, axes.x), history.parameter(k, axes.y), iterations[k]);
    }
    this.lastIteration = iterations[history.length - 1];
    if (this.xs.length > MAX_POINTS) this.thin();
    this.result = {
      epoch: this.epoch,
      xs: this.xs.slice(),
      ys: this.ys.slice(),
      iterations: this.iterations.slice(),
      bounds:
        this.minX <= this.maxX
          ? { min: { x: this.minX, y: this.minY }, max: { x: this.maxX, y: this.maxY } }
          : null,
    };
    return this.result;
  }

  private reset(history: RunHistory | null, axesKey: string): void {
    this.history = history;
    this.revision = history?.revision ?? -1;
    this.axesKey = axesKey;
    this.lastIteration = -Infinity;
    this.xs = [];
    this.ys = [];
    this.iterations = [];
    this.minX = Infinity;
    this.minY = Infinity;
    this.maxX = -Infinity;
    this.maxY = -Infinity;
    this.resolution = RESOLUTION;
    this.epoch++;
    this.result = { ...EMPTY_PATH, epoch: this.epoch };
  }

  private add(x: number, y: number, iteration: number): void {
    // A diverged run's last entries overflow: they cannot be drawn and would break the polyline.
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    // Numbers, not objects: this runs for every entry that arrives.
    if (x < this.minX) this.minX = x;
    if (x > this.maxX) this.maxX = x;
    if (y < this.minY) this.minY = y;
    if (y > this.maxY) this.maxY = y;
    const n = this.xs.length;
    // The last point is the latest entry; it stays only if it is far enough from the one before.
    if (n >= 2 && !this.apart(n - 2, this.xs[n - 1], this.ys[n - 1])) {
      this.xs[n - 1] = x;
      this.ys[n - 1] = y;
      this.iterations[n - 1] = iteration;
      return;
    }
    this.xs.push(x);
    this.ys.push(y);
    this.iterations.push(iteration);
  }

  /** Whether (x, y) is farther than the tolerance from kept point k. */
  private apart(k: number, x: number, y: number): boolean {
    const toleranceX = (this.maxX - this.minX) / this.resolution;
    const toleranceY = (this.maxY - this.minY) / this.resolution;
    return Math.abs(x - this.xs[k]) > toleranceX || Math.abs(y - this.ys[k]) > toleranceY;
  }

  /**
   * Brings the path under MAX_POINTS: first with a coarser tolerance; if it still has too many (a
   * long run that keeps oscillating), by dropping every other pair of points, which keeps the
   * shape of a zigzag where dropping every other point would straighten it.
   */
  private thin(): void {
    while (this.xs.length > MAX_POINTS && this.resolution > 50) {
      this.resolution /= 2;
      const keep: number[] = [0];
      for (let k = 1; k < this.xs.length - 1; k++) {
        const last = keep[keep.length - 1];
        const toleranceX = (this.maxX - this.minX) / this.resolution;
        const toleranceY = (this.maxY - this.minY) / this.resolution;
        if (
          Math.abs(this.xs[k] - this.xs[last]) > toleranceX ||
          Math.abs(this.ys[k] - this.ys[last]) > toleranceY
        ) {
          keep.push(k);
        }
      }
      keep.push(this.xs.length - 1);
      this.select(keep);
    }
    while (this.xs.length > MAX_POINTS) {
      const n = this.xs.length;
      const keep = [];
      for (let k = 0; k < n; k++) if (k === n - 1 || k % 4 < 2) keep.push(k);
      this.select(keep);
    }
  }

  private select(indices: readonly number[]): void {
    this.epoch++;
    this.xs = indices.map((k) => this.xs[k]);
    this.ys = indices.map((k) => this.ys[k]);
    this.iterations = indices.map((k) => this.iterations[k]);
  }
}
