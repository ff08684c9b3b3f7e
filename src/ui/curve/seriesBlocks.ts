/**
 * The loss curve's series summed up in blocks of BLOCK entries, kept as the history grows (issue
 * 16: the chart's work per frame must not grow with the run). reduceBlocked gives exactly what
 * reduceSeries gives, the same M4 points of the same polylines, but steps over a block in one go
 * when it lies inside one pixel column and holds only values the axis shows (or none of them):
 * per frame it reads every block's summary and the entries of the few blocks that straddle a
 * column's edge, about n / BLOCK + 2 · columns · BLOCK values instead of n. The columns move as
 * the run grows (the axis ends at the last iteration), so the reduction itself cannot be kept;
 * the summaries can, and only the new entries' blocks are summed up again.
 */
import type { RunHistory, ScalarField } from '../../state/history';
import type { Accepted, ReducedSeries } from './downsample';
import { ColumnReduction } from './downsample';

/**
 * Entries per block. 40 divides the default history's thinning (state/history.ts: the dense part
 * moves down by 25,000 from entry 50,000), so a thinning moves whole blocks and their summaries
 * can move with them (HistoryBlocks).
 */
export const BLOCK = 40;

/** A block's values: all shown, none shown, or some of each. */
const ALL = 0;
const NONE = 1;
const MIXED = 2;

/**
 * One series' block summaries: per block its kind, the first lowest and first highest entry
 * (when all are shown) and whether any value was not finite. Appending extends the last block.
 */
export class SeriesBlocks {
  private kinds = new Uint8Array(64);
  private lows = new Int32Array(64);
  private highs = new Int32Array(64);
  private nonFinite = new Uint8Array(64);
  /** Entries summed up so far. */
  length = 0;

  constructor(readonly accepted: Accepted) {}

  /** Sums up entries [length, y.length) of `y`, whose first `length` entries are unchanged. */
  extend(y: ArrayLike<number>): void {
    const n = y.length;
    if (n <= this.length) return;
    this.reserve(Math.ceil(n / BLOCK));
    // The last block may be partial: sum it up again from its start.
    const from = Math.floor(this.length / BLOCK);
    for (let k = from; k * BLOCK < n; k++) this.summarize(y, k, Math.min(n, (k + 1) * BLOCK));
    this.length = n;
  }

  /**
   * After the history thinned once (entries from `older` moved down by `shift`, those before it
   * were halved), with `y` the series as it is now: the blocks of the moved entries move with
   * them, and only the halved part is summed up again. Both counts must be whole blocks, and
   * every moved block summed up before; false (nothing changed) otherwise.
   */
  shift(older: number, shift: number, y: ArrayLike<number>): boolean {
    if (older % BLOCK !== 0 || shift % BLOCK !== 0 || this.length < older) return false;
    const from = older / BLOCK;
    const by = shift / BLOCK;
    const end = Math.ceil(this.length / BLOCK);
    this.kinds.copyWithin(from - by, from, end);
    this.nonFinite.copyWithin(from - by, from, end);
    this.lows.copyWithin(from - by, from, end);
    this.highs.copyWithin(from - by, from, end);
    for (let block = from - by; block < end - by; block++) {
      // −1 (no shown value) stays −1.
      if (this.lows[block] >= 0) this.lows[block] -= shift;
      if (this.highs[block] >= 0) this.highs[block] -= shift;
    }
    this.length -= shift;
    for (let block = 0; block < from - by; block++) {
      this.summarize(y, block, (block + 1) * BLOCK);
    }
    return true;
  }

  kind(block: number): number {
    return this.kinds[block];
  }
  low(block: number): number {
    return this.lows[block];
  }
  high(block: number): number {
    return this.highs[block];
  }
  anyNonFinite(block: number): boolean {
    return this.nonFinite[block] === 1;
  }

  private summarize(y: ArrayLike<number>, block: number, end: number): void {
    const positiveOnly = this.accepted === 'positive';
    let shown = 0;
    let nonFinite = 0;
    let lo = -1;
    let hi = -1;
    const start = block * BLOCK;
    for (let i = start; i < end; i++) {
      const v = y[i];
      const finite = v - v === 0;
      if (!finite) nonFinite = 1;
      if (!finite || (positiveOnly && !(v > 0))) continue;
      shown++;
      if (lo < 0 || v < y[lo]) lo = i;
      if (hi < 0 || v > y[hi]) hi = i;
    }
    this.kinds[block] = shown === end - start ? ALL : shown === 0 ? NONE : MIXED;
    this.lows[block] = lo;
    this.highs[block] = hi;
    this.nonFinite[block] = nonFinite;
  }

  private reserve(blocks: number): void {
    if (blocks <= this.kinds.length) return;
    const size = Math.max(blocks, this.kinds.length * 2);
    const grow = <A extends Uint8Array | Int32Array>(old: A, made: A): A => {
      made.set(old);
      return made;
    };
    this.kinds = grow(this.kinds, new Uint8Array(size));
    this.lows = grow(this.lows, new Int32Array(size));
    this.highs = grow(this.highs, new Int32Array(size));
    this.nonFinite = grow(this.nonFinite, new Uint8Array(size));
  }
}

/**
 * reduceSeries (downsample.ts) over block summaries: the same result, reading the entries of a
 * block only where it straddles a column's edge or mixes shown and hidden values.
 */
export function reduceBlocked(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  blocks: SeriesBlocks,
  x0: number,
  x1: number,
  columns: number,
): ReducedSeries {
  const r = new ColumnReduction(x, y, x0, x1, columns, blocks.accepted);
  const n = Math.min(x.length, y.length, blocks.length);

  for (let start = 0; start < n; start += BLOCK) {
    const block = start / BLOCK;
    const end = Math.min(n, start + BLOCK);
    const whole = end === Math.min(blocks.length, start + BLOCK);
    const kind = blocks.kind(block);
    if (whole && kind === NONE) {
      if (blocks.anyNonFinite(block)) r.nonFinite = true;
      r.breakLine();
      continue;
    }
    // A block of shown values inside one column: its first entry as reduceSeries takes it (it
    // may open the column), then its lowest and highest at once.
    if (whole && kind === ALL) {
      const last = end - 1;
      const v0 = y[start];
      if (r.first !== r.first) r.first = v0;
      const opensColumn = !(r.a >= 0 && x[start] < r.boundary);
      // Opened first: the column's edge is known only then.
      if (opensColumn) r.open(start, v0);
      if (x[last] < r.boundary) {
        const l = blocks.low(block);
        const h = blocks.high(block);
        const vl = y[l];
        const vh = y[h];
        if (vl < r.min) r.min = vl;
        if (vh > r.max) r.max = vh;
        // The block's first lowest (highest) entry comes before any equal one later in it.
        if (vl < r.low) {
          r.low = vl;
          r.lo = l;
        }
        if (vh > r.high) {
          r.high = vh;
          r.hi = h;
        }
        r.b = last;
        continue;
      }
      // It straddles the column's edge: entry by entry from its second (the first is taken).
      if (!opensColumn) r.visit(start);
      else {
        if (v0 < r.min) r.min = v0;
        if (v0 > r.max) r.max = v0;
      }
      for (let i = start + 1; i < end; i++) r.visit(i);
      continue;
    }
    for (let i = start; i < end; i++) r.visit(i);
  }
  return r.result();
}

/** The history's fields the loss chart reduces, each summed up in blocks for its axis. */
export class HistoryBlocks {
  private history: RunHistory | null = null;
  private revision = -1;
  private appended = 0;
  private length = 0;
  private thinnings = 0;
  private readonly series = new Map<string, { field: ScalarField; blocks: SeriesBlocks }>();

  /**
   * The blocks of `field` as `accepted`, brought up to date with the history: extended when it
   * only grew since the last call, shifted when it thinned once (the older entries halved when it
   * filled up, the rest moved down), summed up afresh when it was cleared, truncated or
   * re-evaluated, or thinned more than once.
   */
  of(history: RunHistory, field: ScalarField, accepted: Accepted): SeriesBlocks {
    this.sync(history);
    const key = `${field}:${accepted}`;
    let kept = this.series.get(key);
    if (!kept) {
      kept = { field, blocks: new SeriesBlocks(accepted) };
      this.series.set(key, kept);
    }
    kept.blocks.extend(history.view(field));
    return kept.blocks;
  }

  private sync(history: RunHistory): void {
    const same = history === this.history && history.revision === this.revision;
    const appended = history.appended - this.appended;
    const thinned = history.thinnings - this.thinnings;
    const { older, shift } = history.thinning;
    if (same && thinned === 1 && appended === history.length - this.length + shift) {
      // At full speed on few points the history thins several times a second: summing up all
      // of it again each time was most of the chart's work.
      for (const [key, { field, blocks }] of this.series) {
        if (!blocks.shift(older, shift, history.view(field))) this.series.delete(key);
      }
    } else if (!(same && thinned === 0 && appended === history.length - this.length)) {
      this.series.clear();
    }
    this.history = history;
    this.revision = history.revision;
    this.appended = history.appended;
    this.length = history.length;
    this.thinnings = history.thinnings;
  }
}
