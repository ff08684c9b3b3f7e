/**
 * Newton's method's iteration: θ ← θ − t (H + μI)⁻¹ ∇J(θ), μ = 0 unless H is singular, t from a
 * backtracking line search. Always on the full batch; it keeps any auxiliary state as it is.
 */
import type { Design } from './design';
import { cholesky, choleskySolve, dot, norm2 } from './linalg';
import type { Objective } from './losses';
import { hessian, objectiveAndGradient, objectiveValue } from './losses';
import type { Evaluation, OptimizerState, StepResult } from './optimizers';

/** Armijo's constant: a step must achieve this fraction of the decrease the gradient promises. */
const ARMIJO = 1e-4;

export function newtonStep(
  objective: Objective,
  design: Design,
  state: OptimizerState,
  atTheta: Evaluation | undefined,
): StepResult {
  const m = state.theta.length;
  const gradient = atTheta ? Float64Array.from(atTheta.gradient) : new Float64Array(m);
  const value = atTheta
    ? atTheta.objective
    : objectiveAndGradient(objective, design, state.theta, gradient);
  const { direction, damping } = newtonDirection(
    hessian(objective, design, state.theta),
    m,
    gradient,
  );

  // Backtracking line search on θ − tΔ. Δ is a descent direction because H + μI is positive definite.
  // Near the optimum the decrease a step promises falls below the rounding error of J itself, and
  // a strict Armijo test would reject the full steps that converge quadratically there; so a trial
  // within a few ulps of J counts as no increase (Hager and Zhang's approximate Armijo condition).
  const slope = dot(gradient, direction);
  const roundoff = 8 * Number.EPSILON * Math.abs(value);
  let t = 1;
  let theta = state.theta;
  const trial = new Float64Array(m);
  for (let halvings = 0; halvings < 60 && slope > 0; halvings++) {
    for (let j = 0; j < m; j++) trial[j] = state.theta[j] - t * direction[j];
    const trialValue = objectiveValue(objective, design, trial);
    if (trialValue <= value - ARMIJO * t * slope + roundoff) {
      theta = Float64Array.from(trial);
      break;
    }
    t /= 2;
  }
  const moved = theta !== state.theta;
  return {
    state: {
      ...state,
      theta: moved ? theta : Float64Array.from(state.theta),
      iteration: state.iteration + 1,
      epoch: state.epoch + 1,
      cursor: 0,
      order: null,
    },
    objective: value,
    gradient,
    batchSize: design.n,
    newton: { damping, stepLength: moved ? t : 0, direction },
  };
}

/**
 * Solves (H + μI)Δ = g, with μ = 0 when H is positive definite and otherwise the smallest μ of a
 * growing sequence that makes the factorization succeed (Levenberg–Marquardt damping). A constant
 * feature or separable data make H singular; the damping keeps the step finite.
 */
export function newtonDirection(
  H: Float64Array,
  m: number,
  gradient: Float64Array,
): { direction: Float64Array; damping: number } {
  let traceMean = 0;
  for (let j = 0; j < m; j++) traceMean += H[j * m + j] / m;
  const base = Math.max(traceMean, norm2(gradient), 1e-300) * 1e-10;
  let damping = 0;
  for (let attempt = 0; attempt < 40; attempt++) {
    const shifted = Float64Array.from(H);
    for (let j = 0; j < m; j++) shifted[j * m + j] += damping;
    const l = cholesky(shifted, m);
    if (l) return { direction: choleskySolve(l, m, gradient), damping };
    damping = damping === 0 ? base : damping * 10;
  }
  // Unreachable for a finite H: base·10^39 dominates any Hessian of finite data. Steepest descent.
  return { direction: Float64Array.from(gradient), damping: Infinity };
}
