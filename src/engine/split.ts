/**
 * A train/test split, seeded and stratified: within each class the rows are shuffled with the seed
 * and the first round(share · count) of them are held out, so both parts keep the classes'
 * proportions and the same seed gives the same split. The optimizer sees only the training rows
 * (worker/run.ts); the held-out loss is the mean data loss on the others.
 */
import type { Dataset } from './dataset';
import type { Design } from './design';
import type { LossKind } from './losses';
import { dataLossAndGradient } from './losses';
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

/**
 * The rows of a data set on one side of a split (`side` 0: the training rows, 1: the held-out
 * ones), in their original order.
 */
export function splitRows(data: Dataset, test: Uint8Array, side: 0 | 1): Dataset {
  const { d } = data;
  let n = 0;
  for (let i = 0; i < data.n; i++) if (test[i] === side) n++;
  const features = new Float64Array(n * d);
  const labels = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < data.n; i++) {
    if (test[i] !== side) continue;
    features.set(data.features.subarray(i * d, (i + 1) * d), k * d);
    labels[k++] = data.labels[i];
  }
  return { features, labels, n, d, featureNames: data.featureNames };
}

/**
 * The held-out loss at θ: the mean data loss over the held-out rows, without the penalty. The
 * penalty is part of what training minimizes, not of how well the fit predicts new points, so
 * the held-out loss is the data term alone (docs/design.md): with λ = 0 it is the same quantity
 * as the training loss J, on other points.
 */
export function heldOutLoss(loss: LossKind, test: Design, theta: Float64Array): number {
  return dataLossAndGradient(loss, test, theta, null);
}

/**
 * Why holding out `percent` % of these labels (seeded) cannot give a run, or null when it can: no
 * point would be held out, or the training points would lack a class (then the loss has no
 * minimum: the bias runs off to ±∞). The split's settings are the reader's, so this is said in
 * words, not thrown.
 */
export function splitProblem(
  labels: ArrayLike<number>,
  percent: number,
  seed: number,
): string | null {
  const test = stratifiedSplit(labels, percent / 100, seed);
  const count = (side: number, label: number) => {
    let k = 0;
    for (let i = 0; i < labels.length; i++) if (test[i] === side && labels[i] === label) k++;
    return k;
  };
  const n = labels.length;
  if (count(1, 0) + count(1, 1) === 0) {
    return `holding out ${percent}% of ${n} points holds out none: hold out more, or use more points`;
  }
  if (count(0, 0) === 0 || count(0, 1) === 0) {
    return `holding out ${percent}% of these ${n} points leaves no training point of one class: hold out less, or use more points`;
  }
  return null;
}
