/**
 * A traced path drawn as SVG polylines: a settled prefix and a short live tail.
 *
 * While a run plays the path grows at its end every frame. Redrawing it as one polyline would make
 * the browser re-read thousands of points per frame; so the part that cannot change any more (it
 * stays below the last point, the only one the tracer rewrites, while the path's epoch holds) is
 * one polyline that changes only when a whole block of BLOCK more points has settled, and only the
 * tail after it (at most BLOCK + 1 points) is rewritten per frame. The settled list is put together
 * from each block's points list, formatted once: a new block costs its own points, not the path's.
 * (One settled polyline, not one per block: run B's path is dashed, and each polyline would
 * restart the dashes.)
 */
import type { TracedPath } from './pathTrace';
import type { PlaneScales } from './projection';
import { pixelPair } from '../plot/pixels';

/** Segments per settled block. */
export const BLOCK = 64;

/** Points [from, to) as an SVG points list, clamped (plot/pixels.ts); points that are no number left out. */
export function pointsList(
  xs: readonly number[],
  ys: readonly number[],
  from: number,
  to: number,
  scales: PlaneScales,
): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const pair = pixelPair(scales.x(xs[k]), scales.y(ys[k]));
    if (pair) out += `${pair} `;
  }
  return out;
}

/**
 * Where the settled blocks end when the path is drawn up to point `split` (exclusive): a multiple
 * of BLOCK, at most split − 2, so that the tail always has its last settled point and one more.
 */
export function settledEnd(split: number): number {
  return split >= 2 ? Math.floor((split - 2) / BLOCK) * BLOCK : 0;
}

/** The settled prefix's points list, from blocks formatted once while the epoch and scales hold. */
export class SettledBlocks {
  private epoch = -1;
  private scales: PlaneScales | null = null;
  /** Block k: points k·BLOCK … (k + 1)·BLOCK − 1. */
  private blocks: string[] = [];

  /** Points 0 … settled inclusive (settled a multiple of BLOCK), or '' when nothing has settled. */
  get(path: TracedPath, settled: number, scales: PlaneScales): string {
    if (path.epoch !== this.epoch || scales !== this.scales) {
      this.epoch = path.epoch;
      this.scales = scales;
      this.blocks = [];
    }
    const count = Math.floor(settled / BLOCK);
    if (count === 0) return '';
    // Fewer after a step back: the blocks kept are still valid.
    if (this.blocks.length > count) this.blocks.length = count;
    for (let k = this.blocks.length; k < count; k++) {
      this.blocks.push(pointsList(path.xs, path.ys, k * BLOCK, (k + 1) * BLOCK, scales));
    }
    // The block boundary's point, shared with the tail.
    return this.blocks.join('') + pointsList(path.xs, path.ys, settled, settled + 1, scales);
  }
}
