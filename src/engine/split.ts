/**
 * A train/test split, seeded and stratified: within each class the rows are shuffled with the seed
 * and the first round(share · count) of them are held out, so both parts keep the classes'
 * proportions and the same seed gives the same split. Groundwork for the held-out chapter
 * (issue 14): the optimizer is to see only the training rows, the held-out loss is the mean
 * cross-entropy on the others.
 */
import { mixSeed, seededPermutation } from './rng';

/** 1 for a held-out (test) row, 0 for a training row. */
export function stratifiedSplit(
  labels: ArrayLike<number>,
  testShare: number,
  seed: number,
): Uint8Array {
  if (!(testShare >= 0 && testShare < 1)) throw new Error('The test share must be in [0, 1).');
  const test = new Uint8Array(labels.length);
  for (const label of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) rows.push(i);
    const order = seededPermutation(rows.length, mixSeed(seed, label));
    const held = Math.round(testShare * rows.length);
    for (let k = 0; k < held; k++) test[rows[order[k]]] = 1;
  }
  return test;
}
