/**
 * The decision threshold: which points a fitted model calls positive at a threshold t on p, the
 * confusion matrix that gives, and the ROC curve that sweeps t from 1 down to 0.
 *
 * A point is called positive when p_i = σ(z_i) ≥ t. It is decided on the score itself, z_i ≥
 * logit(t), so t = ½ is the decision boundary's rule z > 0 / z < 0 of classify.ts (rounding σ(z)
 * to 0.5 for a tiny negative z cannot change a call), with one difference: a threshold must call
 * every point, so a point exactly on the boundary (z = 0), which classify() leaves undecided, is
 * called positive here. These counts are the threshold's, `ThresholdConfusion`, not the page's
 * accuracy.
 *
 * The ROC curve plots the true-positive rate TP/(TP + FN) against the false-positive rate
 * FP/(FP + TN) at every threshold: one point per distinct score, from (0, 0) (t above every p) to
 * (1, 1) (t = 0). Tied scores enter together, a diagonal segment. Its area, by trapezoids, is the
 * probability that a random positive scores above a random negative, ties counting ½: the
 * Mann–Whitney statistic U/(N₁N₀).
 */

export interface ThresholdConfusion {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly trueNegatives: number;
  readonly falseNegatives: number;
}

/** logit(t) = log(t/(1 − t)): −∞ at 0, +∞ at 1. */
export function logit(t: number): number {
  if (t <= 0) return -Infinity;
  if (t >= 1) return Infinity;
  return Math.log(t / (1 - t));
}

/** The confusion matrix of the calls p ≥ t, from the scores z and the labels y ∈ {0, 1}. */
export function confusionAtThreshold(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  threshold: number,
): ThresholdConfusion {
  const cut = logit(threshold);
  let truePositives = 0;
  let falsePositives = 0;
  let trueNegatives = 0;
  let falseNegatives = 0;
  for (let i = 0; i < z.length; i++) {
    // At t = 1 nothing is called positive, even z = +∞ (p rounds to 1 long before).
    const positive = threshold < 1 && z[i] >= cut;
    if (y[i] === 1) {
      if (positive) truePositives++;
      else falseNegatives++;
    } else if (positive) falsePositives++;
    else trueNegatives++;
  }
  return { truePositives, falsePositives, trueNegatives, falseNegatives };
}

export interface RocCurve {
  /** False-positive rates, from 0 up to 1. */
  readonly falsePositiveRate: Float64Array;
  /** True-positive rates, from 0 up to 1. */
  readonly truePositiveRate: Float64Array;
  /**
   * The score z at which each point is reached (the smallest z called positive there): +∞ for the
   * first point, (0, 0); then the distinct scores, descending.
   */
  readonly scores: Float64Array;
  /** The area under the curve. */
  readonly auc: number;
  readonly positives: number;
  readonly negatives: number;
}

/** The ROC curve of the scores z for the labels y, or null when a class is missing. */
export function rocCurve(z: ArrayLike<number>, y: ArrayLike<number>): RocCurve | null {
  const n = z.length;
  let positives = 0;
  for (let i = 0; i < n; i++) if (y[i] === 1) positives++;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => z[b] - z[a]);
  const fpr = [0];
  const tpr = [0];
  const scores = [Infinity];
  let tp = 0;
  let fp = 0;
  let auc = 0;
  for (let k = 0; k < n;) {
    const score = z[order[k]];
    // Every point with this score enters at once.
    for (; k < n && z[order[k]] === score; k++) {
      if (y[order[k]] === 1) tp++;
      else fp++;
    }
    const x = fp / negatives;
    const h = tp / positives;
    auc += ((x - fpr[fpr.length - 1]) * (h + tpr[tpr.length - 1])) / 2;
    fpr.push(x);
    tpr.push(h);
    scores.push(score);
  }
  return {
    falsePositiveRate: Float64Array.from(fpr),
    truePositiveRate: Float64Array.from(tpr),
    scores: Float64Array.from(scores),
    auc,
    positives,
    negatives,
  };
}
