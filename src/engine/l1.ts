/**
 * The two pieces of arithmetic the L1 penalty λ‖w‖₁ (regularization.ts; the bias b = θ_0 is never
 * penalized) adds to Newton's method: how far θ is from stationary, and the quadratic model with
 * the penalty minimized exactly.
 */
import type { Regularization } from './regularization';

/**
 * The subgradient of J = f + λ‖w‖₁ of least norm, given g = ∇f at θ: the steepest-descent
 * direction, reversed. It is zero exactly at the KKT points:
 *
 *   v_0 = g_0                                  (the bias is not penalized)
 *   v_j = g_j + λ·sign(w_j)                    where w_j ≠ 0
 *   v_j = sign(g_j)·max(|g_j| − λ, 0)          where w_j = 0 (|g_j| ≤ λ keeps w_j at zero)
 *
 * Without an L1 term it is g itself, so ‖v‖ is one stationarity measure for every objective.
 */
export function minimumNormSubgradient(
  reg: Regularization,
  theta: Float64Array,
  gradient: Float64Array,
): Float64Array {
  const v = Float64Array.from(gradient);
  if (reg.kind !== 'l1' || reg.lambda === 0) return v;
  const lambda = reg.lambda;
  for (let j = 1; j < theta.length; j++) {
    const g = gradient[j];
    const w = theta[j];
    if (w > 0) v[j] = g + lambda;
    else if (w < 0) v[j] = g - lambda;
    else v[j] = g > lambda ? g - lambda : g < -lambda ? g + lambda : 0;
  }
  return v;
}

/** w ↦ sign(w)·max(|w| − t, 0): exactly zero once |w| ≤ t. */
function softThreshold(w: number, t: number): number {
  return w > t ? w - t : w < -t ? w + t : 0;
}

/**
 * The proximal Newton subproblem: the u = θ + d minimizing
 *
 *   q(u) = gᵀ(u − θ) + ½ (u − θ)ᵀ B (u − θ) + λ Σ_{j≥1} |u_j|
 *
 * for a positive definite m×m B (row-major), by cyclic coordinate descent with an exact
 * soft-thresholding update per coordinate, so weights the model wants at zero are exactly zero.
 * It starts from u = θ, so every sweep lowers q below q(θ) = λ‖w‖₁: the step d = u − θ is a descent
 * direction of J even when the sweeps stop early (a badly conditioned B converges slowly; the
 * active-set Newton step in dampedNewton.ts then finishes the job).
 */
export function solveL1Model(
  B: Float64Array,
  m: number,
  gradient: Float64Array,
  theta: Float64Array,
  lambda: number,
  maxSweeps = 200,
): Float64Array {
  const u = Float64Array.from(theta);
  // r = g + B(u − θ), the gradient of the model's smooth part at u; u = θ at the start.
  const r = Float64Array.from(gradient);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let largestChange = 0;
    let largestValue = 0;
    for (let j = 0; j < m; j++) {
      const bjj = B[j * m + j];
      const unconstrained = u[j] - r[j] / bjj;
      const next = j === 0 ? unconstrained : softThreshold(unconstrained, lambda / bjj);
      const change = next - u[j];
      if (change === 0) continue;
      u[j] = next;
      for (let k = 0; k < m; k++) r[k] += B[k * m + j] * change;
      largestChange = Math.max(largestChange, Math.abs(change));
      largestValue = Math.max(largestValue, Math.abs(next));
    }
    if (largestChange <= 1e-15 * Math.max(1, largestValue)) break;
  }
  return u;
}
