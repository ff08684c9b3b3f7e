/**
 * Classification by the decision rule at z = 0, one rule for every count on the page (the
 * accuracy, the misclassified points, the confusion table): z = w·φ(x) + b > 0 (p > ½) predicts 1,
 * z < 0 predicts 0, and at z = 0 exactly (every point at θ = 0) the model has not decided, so the
 * point is counted neither right nor wrong. A non-finite z decides nothing either.
 */
import type { Design } from './design';
import { logits } from './design';

/** The predicted class of a score: 1, 0, or null when undecided (z = 0 or not a number). */
export function classify(z: number): 0 | 1 | null {
  if (z > 0) return 1;
  if (z < 0) return 0;
  return null;
}

export interface Confusion {
  readonly n: number;
  /** y = 1 predicted 1. */
  readonly truePositive: number;
  /** y = 0 predicted 0. */
  readonly trueNegative: number;
  /** y = 0 predicted 1. */
  readonly falsePositive: number;
  /** y = 1 predicted 0. */
  readonly falseNegative: number;
  /** Points at z = 0 exactly (or with a score that is not a number). */
  readonly undecided: number;
  /** Classified right: truePositive + trueNegative. */
  readonly right: number;
  /** Misclassified: falsePositive + falseNegative. */
  readonly wrong: number;
}

/** The confusion counts of scores `z` against labels `y` (0 or 1). */
export function confusion(z: ArrayLike<number>, y: ArrayLike<number>): Confusion {
  let truePositive = 0;
  let trueNegative = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let undecided = 0;
  for (let i = 0; i < z.length; i++) {
    const predicted = classify(z[i]);
    if (predicted === null) undecided++;
    else if (predicted === 1) {
      if (y[i] === 1) truePositive++;
      else falsePositive++;
    } else if (y[i] === 1) falseNegative++;
    else trueNegative++;
  }
  return {
    n: z.length,
    truePositive,
    trueNegative,
    falsePositive,
    falseNegative,
    undecided,
    right: truePositive + trueNegative,
    wrong: falsePositive + falseNegative,
  };
}

/** The confusion counts of the model θ on the design's points. */
export function confusionAt(
  design: Design,
  theta: Float64Array,
  scratch?: Float64Array<ArrayBuffer>,
): Confusion {
  const z = logits(design, theta, scratch && scratch.length === design.n ? scratch : undefined);
  return confusion(z, design.y);
}

/** The share classified right, 0 to 1 (0 for no points): undecided points are not right. */
export function accuracy(counts: Confusion): number {
  return counts.n === 0 ? 0 : counts.right / counts.n;
}
