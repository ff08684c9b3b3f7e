/**
 * Regularization of the weights; the bias θ_0 = b is never penalized.
 *
 * L2 adds (λ/2)‖w‖² to the loss and λw to its gradient. L1 adds λ‖w‖₁, which has no gradient at
 * w_j = 0: it is descended honestly by a proximal step (soft-thresholding) after the gradient step
 * on the smooth part, which is what makes weights exactly zero.
 */
/** The penalties' ids, in the order the page offers them (their names: ui/rules/lossViews.ts). */
export const REGULARIZATION_KINDS = ['none', 'l2', 'l1'] as const;
export type RegularizationKind = (typeof REGULARIZATION_KINDS)[number];

export interface Regularization {
  readonly kind: RegularizationKind;
  /** λ ≥ 0. */
  readonly lambda: number;
}

export const NO_REGULARIZATION: Regularization = { kind: 'none', lambda: 0 };

/** The penalty's value at θ. */
export function penalty(reg: Regularization, theta: Float64Array): number {
  if (reg.kind === 'none' || reg.lambda === 0) return 0;
  let s = 0;
  if (reg.kind === 'l2') {
    for (let j = 1; j < theta.length; j++) s += theta[j] * theta[j];
    return 0.5 * reg.lambda * s;
  }
  for (let j = 1; j < theta.length; j++) s += Math.abs(theta[j]);
  return reg.lambda * s;
}

/** Adds the gradient of the smooth part of the penalty (λw for L2; nothing for L1) to `gradient`. */
export function addSmoothPenaltyGradient(
  reg: Regularization,
  theta: Float64Array,
  gradient: Float64Array,
): void {
  if (reg.kind !== 'l2') return;
  for (let j = 1; j < theta.length; j++) gradient[j] += reg.lambda * theta[j];
}

/** The curvature the smooth penalty adds to the Hessian's diagonal (λ for L2 weights, else 0). */
export function smoothPenaltyCurvature(reg: Regularization): number {
  return reg.kind === 'l2' ? reg.lambda : 0;
}

/**
 * The proximal step of the non-smooth part after a gradient step of length η:
 * w_j ← sign(w_j)·max(|w_j| − ηλ, 0) for L1, in place. Exactly zero once |w_j| ≤ ηλ.
 */
export function applyProximalStep(reg: Regularization, theta: Float64Array, eta: number): void {
  if (reg.kind !== 'l1' || reg.lambda === 0) return;
  const threshold = eta * reg.lambda;
  for (let j = 1; j < theta.length; j++) {
    const w = theta[j];
    theta[j] = w > threshold ? w - threshold : w < -threshold ? w + threshold : 0;
  }
}
