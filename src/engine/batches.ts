/**
 * The points each iteration uses: the full batch, or this epoch's shuffled order cut into
 * mini-batches. The order is a function of the seed and the epoch only, so a run replays bit for
 * bit and the worker can rebuild it after stepping back.
 */
import type { Batch } from './design';
import type { OptimizerSettings, OptimizerState } from './optimizers';
import { mixSeed, seededPermutation } from './rng';

/** The epoch's order of the points: a function of the seed and the epoch only. */
export function epochOrder(n: number, seed: number, epoch: number): Uint32Array {
  return seededPermutation(n, mixSeed(seed, epoch));
}

/** The batch for this iteration and the bookkeeping (epoch, cursor, order) after it. */
export function nextBatch(
  n: number,
  settings: OptimizerSettings,
  state: OptimizerState,
): { batch: Batch | null; next: Pick<OptimizerState, 'epoch' | 'cursor' | 'order'> } {
  const size = settings.batchSize;
  if (size === 0 || size >= n) {
    return { batch: null, next: { epoch: state.epoch + 1, cursor: 0, order: null } };
  }
  // A batch size or rule changed mid-run: a missing or stale order starts this epoch's shuffle.
  const order =
    state.order && state.order.length === n
      ? state.order
      : epochOrder(n, settings.seed, state.epoch);
  const start = state.cursor < n ? state.cursor : 0;
  const end = Math.min(start + size, n);
  if (end < n) {
    return { batch: { order, start, end }, next: { epoch: state.epoch, cursor: end, order } };
  }
  // The last batch of an epoch may be smaller; the next iteration starts a new shuffle.
  const epoch = state.epoch + 1;
  return {
    batch: { order, start, end },
    next: { epoch, cursor: 0, order: epochOrder(n, settings.seed, epoch) },
  };
}
