/**
 * Newton's method for J(θ) = f(θ) + λ‖w‖₁, with f the mean data loss (plus any L2 term), for both
 * losses and every regularization (findOptimum in optimum.ts decides where to start and what the
 * answer means). Each iteration takes one of two steps:
 *
 *  - the active-set Newton step: on the free parameters F (the bias and the nonzero weights; all
 *    of them without L1), J is smooth, with gradient v_F = g_F + λ·sign(w_F), so
 *    d_F = −(H_FF + μI)⁻¹ v_F. A weight whose step crosses zero is stopped at exactly zero (the
 *    orthant projection of OWL-QN). Near the optimum this is plain Newton on a smooth function:
 *    quadratic convergence, to machine precision.
 *  - the proximal Newton step, when a zero weight wants to leave zero (|g_j| > λ): the quadratic
 *    model of f plus the exact penalty, minimized by coordinate descent (l1.ts), which lets
 *    weights leave zero and puts others exactly at zero.
 *
 * Both are followed by a backtracking line search on J itself. The damping μ is 0 where H is
 * positive definite; the cross-entropy's Hessian always is (up to rounding), the squared error's
 * is not (its surface is not convex), so for it μ follows Levenberg–Marquardt: raised after a step
 * the line search had to shorten, lowered after a full step, so that far away the steps lean
 * toward steepest descent and near a minimum they are Newton's.
 */
import type { Design } from './design';
import { minimumNormSubgradient, solveL1Model } from './l1';
import { cholesky, choleskySolve, dot, norm2 } from './linalg';
import type { Objective } from './losses';
import { hessian, objectiveAndGradient, objectiveValue } from './losses';

export interface DampedNewtonOptions {
  /** Stop when the least-norm subgradient's norm ‖v‖ (‖∇J‖ without L1) is below this. */
  readonly tolerance: number;
  readonly maxIterations: number;
}

export type DampedNewtonOutcome =
  /** ‖v‖ < tolerance, with a positive definite Hessian on F for squared error. */
  | 'converged'
  /** No step lowers J any more, with ‖v‖ above the tolerance. */
  | 'stalled'
  /** ‖v‖ < tolerance but the Hessian on F has a negative or zero eigenvalue: not a minimum. */
  | 'notMinimum'
  /**
   * Still moving after maxIterations, or with ‖v‖ below the tolerance but Newton steps that do not
   * shrink: J keeps falling as θ grows.
   */
  | 'iterationLimit';

export interface DampedNewtonResult {
  readonly outcome: DampedNewtonOutcome;
  readonly theta: Float64Array;
  /** J(θ), penalty included. */
  readonly objective: number;
  /** ‖v‖ at θ. */
  readonly stationarity: number;
  readonly iterations: number;
}

/** Armijo's constant: a step must achieve this fraction of the decrease the model promises. */
const ARMIJO = 1e-4;
/**
 * Iterations allowed, once ‖v‖ is below the tolerance, for the Newton step to become small: where J
 * keeps falling as θ grows (squared error on nearly separable data) ‖v‖ decays like e^{−‖θ‖} while
 * the steps keep their length.
 */
const ESCAPE_ITERATIONS = 20;
/** Halvings of the step before the line search gives up. */
const MAX_HALVINGS = 60;

export function dampedNewton(
  objective: Objective,
  design: Design,
  start: Float64Array,
  options: DampedNewtonOptions,
): DampedNewtonResult {
  const m = design.p + 1;
  const reg = objective.regularization;
  const lambda = reg.kind === 'l1' ? reg.lambda : 0;
  const convex = objective.loss === 'crossEntropy';
  let theta: Float64Array = Float64Array.from(start);
  let lmDamping = 0;
  /** Consecutive iterations with ‖v‖ below the tolerance. */
  let smallFor = 0;
  for (let iteration = 0; ; iteration++) {
    const gradient = new Float64Array(m);
    const value = objectiveAndGradient(objective, design, theta, gradient);
    const v = minimumNormSubgradient(reg, theta, gradient);
    const stationarity = norm2(v);
    const H = hessian(objective, design, theta);
    const support = freeParameters(theta, lambda);
    const done = (outcome: DampedNewtonOutcome): DampedNewtonResult => ({
      outcome,
      theta,
      objective: value,
      stationarity,
      iterations: iteration,
    });

    const small = stationarity < options.tolerance;
    smallFor = small ? smallFor + 1 : 0;
    if (small) {
      // A convex loss is minimized wherever it is stationary. Squared error is not convex: ask for
      // positive curvature on F, and a Newton step that is small beside θ, since on some data the
      // gradient dies out (every point saturated) while the weights could still grow forever.
      if (convex) return done('converged');
      const curvature = cholesky(restrict(H, m, support), support.length);
      if (curvature) {
        const newtonStep = choleskySolve(curvature, support.length, gather(v, support));
        if (norm2(newtonStep) <= 1e-6 * Math.max(1, norm2(theta))) return done('converged');
      }
    }
    // Every step was accepted up to here, so J was still falling. Newton's steps near a minimum
    // shrink quadratically once ‖v‖ is this small; steps that keep their length mean θ is
    // travelling off to infinity.
    if (iteration >= options.maxIterations || smallFor > ESCAPE_ITERATIONS) {
      return done('iterationLimit');
    }

    const scale = Math.max(meanDiagonal(H, m), stationarity, 1e-300);
    const leaving = lambda > 0 && support.length < m && leavesZero(theta, v);
    let moved: { theta: Float64Array; full: boolean } | null = null;
    if (!leaving) {
      moved = activeSetStep(objective, design, theta, value, v, H, support, lmDamping, scale);
    }
    if (!moved && lambda > 0) {
      moved = proximalStep(objective, design, theta, value, gradient, H, lambda, lmDamping, scale);
    }
    if (!moved) {
      // No step lowers J by more than its rounding error: θ is as good as the arithmetic can tell.
      if (stationarity < 1e3 * options.tolerance) {
        return done(convex || positiveDefinite(H, m, support) ? 'converged' : 'notMinimum');
      }
      return done('stalled');
    }
    if (!convex) lmDamping = moved.full ? lmDamping / 10 : Math.max(10 * lmDamping, 1e-4 * scale);
    if (lmDamping < 1e-12 * scale) lmDamping = 0;
    theta = moved.theta;
  }
}

/** The bias, and the weights that are not held at zero by the L1 term (all of them without it). */
function freeParameters(theta: Float64Array, lambda: number): number[] {
  const free = [0];
  for (let j = 1; j < theta.length; j++) if (lambda === 0 || theta[j] !== 0) free.push(j);
  return free;
}

/** True when some zero weight has |g_j| > λ: the penalty no longer holds it at zero. */
function leavesZero(theta: Float64Array, v: Float64Array): boolean {
  for (let j = 1; j < theta.length; j++) if (theta[j] === 0 && v[j] !== 0) return true;
  return false;
}

function meanDiagonal(H: Float64Array, m: number): number {
  let s = 0;
  for (let j = 0; j < m; j++) s += Math.abs(H[j * m + j]);
  return s / m;
}

/** The rows and columns `index` of the m×m matrix A. */
function restrict(A: Float64Array, m: number, index: readonly number[]): Float64Array {
  const k = index.length;
  const out = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let c = 0; c < k; c++) out[a * k + c] = A[index[a] * m + index[c]];
  return out;
}

function gather(x: Float64Array, index: readonly number[]): Float64Array {
  return Float64Array.from(index, (j) => x[j]);
}

function positiveDefinite(H: Float64Array, m: number, index: readonly number[]): boolean {
  return cholesky(restrict(H, m, index), index.length) !== null;
}

/**
 * The Cholesky factor of A + μI for the smallest μ ≥ `floor` of the sequence 0 (or floor), base,
 * 10·base, … that makes it positive definite, with that μ.
 */
function dampedFactor(
  A: Float64Array,
  k: number,
  floor: number,
  scale: number,
): { factor: Float64Array; damping: number } | null {
  const base = scale * 1e-10;
  let damping = floor;
  for (let attempt = 0; attempt < 60; attempt++) {
    const shifted = Float64Array.from(A);
    for (let j = 0; j < k; j++) shifted[j * k + j] += damping;
    const factor = cholesky(shifted, k);
    if (factor) return { factor, damping };
    damping = damping < base ? base : damping * 10;
  }
  return null;
}

/**
 * The Newton step on the free parameters, with zero crossings stopped at zero, and a backtracking
 * search for sufficient decrease: J(θ') ≤ J(θ) + α·vᵀ(θ' − θ). Null when no step length lowers J.
 */
function activeSetStep(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  value: number,
  v: Float64Array,
  H: Float64Array,
  free: readonly number[],
  lmDamping: number,
  scale: number,
): { theta: Float64Array; full: boolean } | null {
  const m = theta.length;
  const k = free.length;
  const damped = dampedFactor(restrict(H, m, free), k, lmDamping, scale);
  if (!damped) return null;
  const solved = choleskySolve(damped.factor, k, gather(v, free));
  const direction = new Float64Array(m);
  for (let a = 0; a < k; a++) direction[free[a]] = -solved[a];
  const l1 = objective.regularization.kind === 'l1' && objective.regularization.lambda > 0;
  return lineSearch(objective, design, theta, value, (t, trial) => {
    for (let j = 0; j < m; j++) {
      const next = theta[j] + t * direction[j];
      // The orthant projection: a weight does not cross zero within one step, it stops there.
      trial[j] = l1 && j > 0 && next * theta[j] < 0 ? 0 : next;
    }
    let predicted = 0;
    for (let j = 0; j < m; j++) predicted += v[j] * (trial[j] - theta[j]);
    return predicted;
  });
}

/**
 * The proximal Newton step d = u − θ, u minimizing the quadratic model of f plus λ‖u_w‖₁, with a
 * backtracking search for J(θ + td) ≤ J(θ) + α·t·Δ, Δ = gᵀd + λ(‖w + d_w‖₁ − ‖w‖₁) < 0
 * (Lee, Sun and Saunders, "Proximal Newton-type methods", 2014).
 */
function proximalStep(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  value: number,
  gradient: Float64Array,
  H: Float64Array,
  lambda: number,
  lmDamping: number,
  scale: number,
): { theta: Float64Array; full: boolean } | null {
  const m = theta.length;
  const damped = dampedFactor(H, m, lmDamping, scale);
  if (!damped) return null;
  const B = Float64Array.from(H);
  for (let j = 0; j < m; j++) B[j * m + j] += damped.damping;
  const u = solveL1Model(B, m, gradient, theta, lambda);
  const direction = new Float64Array(m);
  for (let j = 0; j < m; j++) direction[j] = u[j] - theta[j];
  let penaltyChange = 0;
  for (let j = 1; j < m; j++) penaltyChange += Math.abs(u[j]) - Math.abs(theta[j]);
  const decrease = dot(gradient, direction) + lambda * penaltyChange;
  if (!(decrease < 0)) return null;
  return lineSearch(objective, design, theta, value, (t, trial) => {
    // At t = 1 the trial is u itself, with its exact zeros.
    if (t === 1) trial.set(u);
    else for (let j = 0; j < m; j++) trial[j] = theta[j] + t * direction[j];
    return t * decrease;
  });
}

/**
 * Backtracking from t = 1, halving: `place(t, trial)` writes the trial point and returns the
 * decrease its model predicts (negative). Near the optimum that decrease falls below the rounding
 * error of J itself, and a strict Armijo test would reject the full steps that converge
 * quadratically there; so a trial within a few ulps of J counts as no increase (Hager and Zhang's
 * approximate Armijo condition). A trial equal to θ is not a step.
 */
function lineSearch(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  value: number,
  place: (t: number, trial: Float64Array) => number,
): { theta: Float64Array; full: boolean } | null {
  const trial = new Float64Array(theta.length);
  const roundoff = 8 * Number.EPSILON * Math.abs(value);
  let t = 1;
  for (let halvings = 0; halvings < MAX_HALVINGS; halvings++, t /= 2) {
    const predicted = place(t, trial);
    if (!(predicted < 0)) return null;
    if (trial.every((x, j) => x === theta[j])) return null;
    const trialValue = objectiveValue(objective, design, trial);
    if (trialValue <= value + ARMIJO * predicted + roundoff) {
      return { theta: Float64Array.from(trial), full: halvings === 0 };
    }
  }
  return null;
}
