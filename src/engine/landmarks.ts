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

/**
 * Squared error's own curvature bound along z: max over z and y of |d²/dz² ½(σ(z) − y)²|. With
 * s = σ(z) and y = 0 it is |s²(1 − s)(2 − 3s)| (y = 1 mirrors it), largest at s = (15 − √33)/24:
 * about 0.0771, against the cross-entropy's 1/4.
 */
export const SQUARED_ERROR_CURVATURE_BOUND = (() => {
  const s = (15 - Math.sqrt(33)) / 24;
  return s * s * (1 - s) * (2 - 3 * s);
})();

/** λ_max(X̃ᵀX̃/N)/4 + λ, with X̃ = [1, φ(x)]. */
export function smoothnessAtZero(design: Design, l2Lambda = 0): number {
  return largestGramEigenvalue(design) / 4 + l2Lambda;
}

/** λ_max(X̃ᵀX̃/N), with X̃ = [1, φ(x)]. */
function largestGramEigenvalue(design: Design): number {
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
  return largestEigenvalue(gram, m);
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
 * The landmarks for the objective's loss with its L2 term, given that loss's optimum θ* (or null
 * when it does not exist, as for separable data without regularization).
 */
export function learningRateLandmarks(
  objective: Objective,
  design: Design,
  optimum: Float64Array | null,
): LearningRateLandmarks {
  const lambda = smoothPenaltyCurvature(objective.regularization);
  // Squared error has its own: a smaller curvature bound (it is L0-smooth with the bound above,
  // though not convex), and its own curvature at its own (local) optimum.
  const bound = objective.loss === 'squaredError' ? SQUARED_ERROR_CURVATURE_BOUND : 1 / 4;
  const smoothness = largestGramEigenvalue(design) * bound + lambda;
  const curvatureAtOptimum =
    optimum === null
      ? null
      : largestEigenvalue(
          hessian(
            { loss: objective.loss, regularization: objective.regularization },
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
