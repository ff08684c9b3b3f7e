/**
 * The learning-rate landmarks of gradient descent on the cross-entropy (docs/design.md):
 *
 *   L0 = λ_max(X̃ᵀX̃/N)/4 (+λ): the cross-entropy is L0-smooth, because p(1 − p) ≤ 1/4 everywhere,
 *        and it is the largest Hessian eigenvalue at θ = 0. For η < 2/L0 every step lowers the loss.
 *   L* = λ_max(H(θ*)): the curvature at the optimum. Near θ* gradient descent contracts exactly when
 *        η < 2/L*; above it the iterates oscillate without settling, every other step or in a longer
 *        or irregular pattern (η = 40 on the default two blobs repeats every 8 steps). The oscillation
 *        stays bounded when the gradient is (the log-loss's is; an L2 term λw is not) and the data
 *        are not separable; otherwise the weights can run away.
 *
 * Since p(1 − p) ≤ 1/4, L* ≤ L0, so 2/L* ≥ 2/L0: between the two the loss may rise on some steps and
 * still converge.
 */
import type { Design } from './design';
import { largestEigenvalue } from './linalg';
import type { Objective } from './losses';
import { hessian } from './losses';
import { smoothPenaltyCurvature } from './regularization';

/** λ_max(X̃ᵀX̃/N)/4 + λ, with X̃ = [1, φ(x)]. */
export function smoothnessAtZero(design: Design, l2Lambda = 0): number {
  const { X, n, p } = design;
  const m = p + 1;
  const gram = new Float64Array(m * m);
  const row = new Float64Array(m);
  row[0] = 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) row[j + 1] = X[i * p + j];
    for (let a = 0; a < m; a++) for (let c = 0; c <= a; c++) gram[a * m + c] += row[a] * row[c];
  }
  for (let a = 0; a < m; a++) {
    for (let c = 0; c <= a; c++) {
      gram[a * m + c] /= n;
      gram[c * m + a] = gram[a * m + c];
    }
  }
  return largestEigenvalue(gram, m) / 4 + l2Lambda;
}

export interface LearningRateLandmarks {
  /** L0, the smoothness constant of the cross-entropy (+λ). */
  readonly smoothness: number;
  /** 2/L0: below it every step of full-batch gradient descent lowers the loss. */
  readonly descentGuaranteed: number;
  /** L*, the largest Hessian eigenvalue at the optimum, or null when there is no optimum. */
  readonly curvatureAtOptimum: number | null;
  /** 2/L*: above it gradient descent cannot converge (null when there is no optimum). */
  readonly convergenceLimit: number | null;
}

/**
 * The landmarks for the cross-entropy with the objective's L2 term, given the optimum θ* (or null
 * when it does not exist, as for separable data without regularization).
 */
export function learningRateLandmarks(
  objective: Objective,
  design: Design,
  optimum: Float64Array | null,
): LearningRateLandmarks {
  const lambda = smoothPenaltyCurvature(objective.regularization);
  const smoothness = smoothnessAtZero(design, lambda);
  const curvatureAtOptimum =
    optimum === null
      ? null
      : largestEigenvalue(
          hessian(
            { loss: 'crossEntropy', regularization: objective.regularization },
            design,
            optimum,
          ),
          design.p + 1,
        );
  return {
    smoothness,
    descentGuaranteed: 2 / smoothness,
    curvatureAtOptimum,
    convergenceLimit: curvatureAtOptimum === null ? null : 2 / curvatureAtOptimum,
  };
}
