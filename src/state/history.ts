/**
 * The run's history: every iteration's parameters, loss and gradient norm, in typed arrays, so the
 * user can step back, scrub the timeline and resume from any point.
 *
 * Memory is bounded. The most recent `denseCount` entries are always kept one per iteration; when
 * the arrays fill up, the entries older than those are thinned to every other one (the first entry,
 * iteration 0, always stays). A long run's early history thus becomes coarser, never lost
 * altogether, and memory stays at `capacity` entries.
 *
 * The same class holds the worker's history and the page's mirror of it, which the loss curve draws
 * and from which a crashed worker is restored.
 */
import { maxAuxLength } from '../engine';

export interface HistoryEntry {
  readonly iteration: number;
  readonly epoch: number;
  /** Position within the epoch's shuffled order (mini-batches). */
  readonly cursor: number;
  readonly loss: number;
  /**
   * The mean data loss on the held-out points (no penalty: engine/split.ts), NaN when nothing is
   * held out. Optional for callers without a split.
   */
  readonly heldOutLoss?: number;
  readonly gradientNorm: number;
  readonly theta: Float64Array;
  /**
   * The update rule's auxiliary state after this iteration (engine/updateRules.ts; momentum's
   * velocity), of the length the rule declares, at most `auxWidth`.
   */
  readonly aux: Float64Array;
}

/** A contiguous run of entries as plain typed arrays: what crosses between worker and page. */
export interface HistoryChunk {
  readonly parameterCount: number;
  readonly iteration: Float64Array;
  readonly epoch: Float64Array;
  readonly cursor: Float64Array;
  readonly loss: Float64Array;
  /** NaN for every entry when nothing is held out. */
  readonly heldOutLoss: Float64Array;
  readonly gradientNorm: Float64Array;
  /** parameterCount values per entry. */
  readonly theta: Float64Array;
  /** auxWidth values per entry, of which the first auxLength[k] are entry k's auxiliary state. */
  readonly aux: Float64Array;
  readonly auxLength: Float64Array;
}

export const DEFAULT_DENSE_COUNT = 100_000;
export const DEFAULT_CAPACITY = 150_000;

/** The per-entry numbers that `view` exposes as arrays. */
export type ScalarField =
  'iteration' | 'epoch' | 'cursor' | 'loss' | 'heldOutLoss' | 'gradientNorm';

export class RunHistory {
  readonly parameterCount: number;
  readonly capacity: number;
  readonly denseCount: number;
  /** Room for each entry's auxiliary state: the most any update rule carries (maxAuxLength). */
  readonly auxWidth: number;
  private count = 0;
  private changes = 0;
  private appends = 0;
  private thins = 0;
  private readonly iterations: Float64Array;
  private readonly epochs: Float64Array;
  private readonly cursors: Float64Array;
  private readonly losses: Float64Array;
  private readonly heldOutLosses: Float64Array;
  private readonly gradientNorms: Float64Array;
  private readonly thetas: Float64Array;
  private readonly auxes: Float64Array;
  private readonly auxLengths: Float64Array;

  constructor(
    parameterCount: number,
    capacity = DEFAULT_CAPACITY,
    denseCount = DEFAULT_DENSE_COUNT,
  ) {
    if (!(denseCount >= 1 && capacity >= denseCount + 2)) {
      throw new RangeError(
        'The history needs room for its dense part and at least two more entries.',
      );
    }
    this.parameterCount = parameterCount;
    this.capacity = capacity;
    this.denseCount = denseCount;
    this.iterations = new Float64Array(capacity);
    this.epochs = new Float64Array(capacity);
    this.cursors = new Float64Array(capacity);
    this.losses = new Float64Array(capacity);
    this.heldOutLosses = new Float64Array(capacity);
    this.gradientNorms = new Float64Array(capacity);
    this.thetas = new Float64Array(capacity * parameterCount);
    this.auxWidth = maxAuxLength(parameterCount);
    this.auxes = new Float64Array(capacity * this.auxWidth);
    this.auxLengths = new Float64Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  /**
   * Counts the changes other than appending (truncating, clearing, re-evaluating). Thinning does
   * not count: it depends only on the sequence of appends, so a copy that is sent the same entries
   * thins the same way. A copy at the same revision differs only by the entries appended since.
   */
  get revision(): number {
    return this.changes;
  }

  /** Entries appended since the last revision, including any thinned away since. */
  get appended(): number {
    return this.appends;
  }

  /** How many times the history has thinned, ever: a reader of its entries can tell when. */
  get thinnings(): number {
    return this.thins;
  }

  /**
   * What a thinning does to the positions, always the same for a history (it thins when full):
   * the entries from `older` on (the dense part) move down by `shift`, and those before `older`
   * are halved into the first `older − shift`.
   */
  get thinning(): { readonly older: number; readonly shift: number } {
    const older = this.capacity - this.denseCount;
    // Entry 0 and the even entries below `older` stay: 1 + ⌊(older − 1) / 2⌋ of them.
    return { older, shift: older - (1 + Math.floor((older - 1) / 2)) };
  }

  iteration(index: number): number {
    return this.iterations[this.check(index)];
  }

  loss(index: number): number {
    return this.losses[this.check(index)];
  }

  heldOutLoss(index: number): number {
    return this.heldOutLosses[this.check(index)];
  }

  gradientNorm(index: number): number {
    return this.gradientNorms[this.check(index)];
  }

  /** θ_j of entry `index`, read in place: a reader of two parameters need not copy every field. */
  parameter(index: number, j: number): number {
    if (!Number.isInteger(j) || j < 0 || j >= this.parameterCount) {
      throw new RangeError(`No parameter ${j} (θ has ${this.parameterCount}).`);
    }
    return this.thetas[this.check(index) * this.parameterCount + j];
  }

  entry(index: number): HistoryEntry {
    const k = this.check(index);
    const m = this.parameterCount;
    return {
      iteration: this.iterations[k],
      epoch: this.epochs[k],
      cursor: this.cursors[k],
      loss: this.losses[k],
      heldOutLoss: this.heldOutLosses[k],
      gradientNorm: this.gradientNorms[k],
      theta: this.thetas.slice(k * m, (k + 1) * m),
      aux: this.auxes.slice(k * this.auxWidth, k * this.auxWidth + this.auxLengths[k]),
    };
  }

  /** Appends the entry for an iteration after the last one. */
  append(entry: HistoryEntry): void {
    if (this.count > 0 && !(entry.iteration > this.iterations[this.count - 1])) {
      throw new RangeError('History entries must come in increasing iteration order.');
    }
    if (this.count === this.capacity) this.thin();
    const k = this.count++;
    this.write(k, entry);
    this.appends++;
  }

  /** Replaces the losses and gradient norm of an entry (its evaluation arrived after its θ). */
  setEvaluation(index: number, loss: number, gradientNorm: number, heldOutLoss = NaN): void {
    const k = this.check(index);
    this.losses[k] = loss;
    this.heldOutLosses[k] = heldOutLoss;
    this.gradientNorms[k] = gradientNorm;
    this.revise();
  }

  /** Discards every entry after `index`: resuming from the past drops the future, like undo. */
  truncateAfter(index: number): void {
    const count = this.check(index) + 1;
    if (count !== this.count) this.revise();
    this.count = count;
  }

  clear(): void {
    this.count = 0;
    this.revise();
  }

  private revise(): void {
    this.changes++;
    this.appends = 0;
  }

  /** The index of the last entry at or before `iteration` (0 if it precedes them all). */
  indexAtOrBefore(iteration: number): number {
    if (this.count === 0) throw new RangeError('The history is empty.');
    let lo = 0;
    let hi = this.count - 1;
    if (iteration >= this.iterations[hi]) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.iterations[mid] <= iteration) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Entries [from, to) as copies, for sending. */
  chunk(from = 0, to = this.count): HistoryChunk {
    const m = this.parameterCount;
    const a = Math.max(0, from);
    const b = Math.min(this.count, to);
    return {
      parameterCount: m,
      iteration: this.iterations.slice(a, b),
      epoch: this.epochs.slice(a, b),
      cursor: this.cursors.slice(a, b),
      loss: this.losses.slice(a, b),
      heldOutLoss: this.heldOutLosses.slice(a, b),
      gradientNorm: this.gradientNorms.slice(a, b),
      theta: this.thetas.slice(a * m, b * m),
      aux: this.auxes.slice(a * this.auxWidth, b * this.auxWidth),
      auxLength: this.auxLengths.slice(a, b),
    };
  }

  /**
   * Appends every entry of a chunk, thinning as needed: in bulk, as many entries as fit at a
   * time. At full speed on few points the page's copy is sent tens of thousands of entries per
   * frame and thins several times a second; entry by entry, that was most of a frame (issue 16).
   */
  appendChunk(chunk: HistoryChunk): void {
    if (
      chunk.parameterCount !== this.parameterCount ||
      chunk.aux.length !== chunk.auxLength.length * this.auxWidth
    ) {
      throw new RangeError('The chunk is for a different number of parameters.');
    }
    const size = chunk.iteration.length;
    const ordered =
      size === 0 || this.count === 0 || chunk.iteration[0] > this.iterations[this.count - 1];
    if (!ordered) {
      throw new RangeError('History entries must come in increasing iteration order.');
    }
    // The same entries, thinned at the same moments, as appending them one by one: a thinning
    // whenever the arrays are full and another entry comes.
    for (let from = 0; from < size;) {
      if (this.count === this.capacity) this.thin();
      const take = Math.min(size - from, this.capacity - this.count);
      this.copyIn(chunk, from, take);
      from += take;
    }
  }

  /** Entries [from, from + take) of a chunk, after the last entry. */
  private copyIn(chunk: HistoryChunk, from: number, take: number): void {
    const m = this.parameterCount;
    const w = this.auxWidth;
    const to = from + take;
    const k = this.count;
    this.iterations.set(chunk.iteration.subarray(from, to), k);
    this.epochs.set(chunk.epoch.subarray(from, to), k);
    this.cursors.set(chunk.cursor.subarray(from, to), k);
    this.losses.set(chunk.loss.subarray(from, to), k);
    this.heldOutLosses.set(chunk.heldOutLoss.subarray(from, to), k);
    this.gradientNorms.set(chunk.gradientNorm.subarray(from, to), k);
    this.thetas.set(chunk.theta.subarray(from * m, to * m), k * m);
    this.auxes.set(chunk.aux.subarray(from * w, to * w), k * w);
    this.auxLengths.set(chunk.auxLength.subarray(from, to), k);
    this.count += take;
    this.appends += take;
  }

  /** The typed arrays of the scalar fields over the stored entries (views, not copies). */
  view(field: ScalarField): Float64Array {
    const arrays = {
      iteration: this.iterations,
      epoch: this.epochs,
      cursor: this.cursors,
      loss: this.losses,
      heldOutLoss: this.heldOutLosses,
      gradientNorm: this.gradientNorms,
    };
    return arrays[field].subarray(0, this.count);
  }

  /**
   * Keeps every other entry among those older than the dense part (entries 0, 2, 4, …), then the
   * dense part whole: a stride over the older entries, and one block move for the dense ones.
   */
  private thin(): void {
    const older = this.count - this.denseCount;
    const m = this.parameterCount;
    const w = this.auxWidth;
    const scalars = [
      this.iterations,
      this.epochs,
      this.cursors,
      this.losses,
      this.heldOutLosses,
      this.gradientNorms,
      this.auxLengths,
    ];
    let target = 1;
    const { thetas, auxes } = this;
    for (let k = 2; k < older; k += 2, target++) {
      for (const values of scalars) values[target] = values[k];
      for (let j = 0; j < m; j++) thetas[target * m + j] = thetas[k * m + j];
      for (let j = 0; j < w; j++) auxes[target * w + j] = auxes[k * w + j];
    }
    for (const values of scalars) values.copyWithin(target, older, this.count);
    thetas.copyWithin(target * m, older * m, this.count * m);
    auxes.copyWithin(target * w, older * w, this.count * w);
    this.count = target + (this.count - older);
    this.thins++;
  }

  private write(k: number, entry: HistoryEntry): void {
    const m = this.parameterCount;
    this.iterations[k] = entry.iteration;
    this.epochs[k] = entry.epoch;
    this.cursors[k] = entry.cursor;
    this.losses[k] = entry.loss;
    this.heldOutLosses[k] = entry.heldOutLoss ?? NaN;
    this.gradientNorms[k] = entry.gradientNorm;
    this.thetas.set(entry.theta.subarray(0, m), k * m);
    if (entry.aux.length > this.auxWidth) {
      throw new RangeError(
        `The auxiliary state has ${entry.aux.length} numbers (room for ${this.auxWidth}).`,
      );
    }
    this.auxes.set(entry.aux, k * this.auxWidth);
    // The room past the state's own length is zero, as in a chunk: a copy is the same bytes.
    this.auxes.fill(0, k * this.auxWidth + entry.aux.length, (k + 1) * this.auxWidth);
    this.auxLengths[k] = entry.aux.length;
  }

  private check(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) {
      throw new RangeError(`No history entry ${index} (the history has ${this.count}).`);
    }
    return index;
  }
}
