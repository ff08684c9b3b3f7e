/**
 * The update rules as pure step functions over an explicit state: `step` never mutates its input,
 * so the worker can keep every state it has seen, step back, and replay a path bit for bit.
 *
 *   gradient descent   θ ← θ − η ∇J(θ)                        (full batch, mini-batch, stochastic)
 *   momentum           v ← β v + ∇J(θ);  θ ← θ − η v           (v the velocity, as the derivation
 *                                                              writes it; z is the score)
 *   Newton             θ ← θ − t (H + μI)⁻¹ ∇J(θ)              (μ = 0 unless H is singular;
 *                                                              t from a backtracking line search)
 *
 * With L1 every gradient step is followed by the proximal step (soft-thresholding) with the same η.
 */
import type { Batch, Design } from './design';
import { cholesky, choleskySolve, dot, norm2 } from './linalg';
import type { Objective } from './losses';
import { hessian, objectiveAndGradient, objectiveValue } from './losses';
import { applyProximalStep } from './regularization';
import { mixSeed, seededPermutation } from './rng';

export type UpdateRule = 'gradientDescent' | 'momentum' | 'newton';

export interface OptimizerSettings {
  readonly rule: UpdateRule;
  /** η. Newton ignores it: its step length comes from the line search. */
  readonly learningRate: number;
  /**
   * Points per iteration: 0 (or ≥ N) for full batch, 1 for stochastic, otherwise mini-batch.
   * Newton always uses the full batch.
   */
  readonly batchSize: number;
  /** β ∈ [0, 1), used by momentum. */
  readonly momentum: number;
  /** Seeds the shuffling of mini-batches: the same seed gives the same batches. */
  readonly seed: number;
}

export interface OptimizerState {
  /** θ = [b, w_1, …, w_d]. */
  readonly theta: Float64Array;
  /** Momentum's velocity v (zeros for the other rules). */
  readonly velocity: Float64Array;
  /** Iterations (parameter updates) taken. */
  readonly iteration: number;
  /** Completed passes over the data. */
  readonly epoch: number;
  /** Position of the next batch in this epoch's order. */
  readonly cursor: number;
  /** This epoch's shuffled order of the points (null for full batch). Shared, never mutated. */
  readonly order: Uint32Array | null;
}

export interface NewtonInfo {
  /** μ added to the Hessian's diagonal so it could be factorized (0 when it was positive definite). */
  readonly damping: number;
  /** t, the step length the line search accepted (1 is the pure Newton step; 0 means no step). */
  readonly stepLength: number;
  /** The Newton direction Δ = (H + μI)⁻¹ ∇J. */
  readonly direction: Float64Array;
}

export interface StepResult {
  /** The state after the step. */
  readonly state: OptimizerState;
  /** J at the old θ, over the points of this step's batch (penalty included). */
  readonly objective: number;
  /** ∇J (its smooth part) at the old θ over the batch: the direction the step went against. */
  readonly gradient: Float64Array;
  /** Points used by this step. */
  readonly batchSize: number;
  /** Present for Newton steps. */
  readonly newton?: NewtonInfo;
}

export function initialState(theta: Float64Array): OptimizerState {
  return {
    theta: Float64Array.from(theta),
    velocity: new Float64Array(theta.length),
    iteration: 0,
    epoch: 0,
    cursor: 0,
    order: null,
  };
}

/** Why these settings cannot run with this objective, or null when they can. */
export function settingsProblem(objective: Objective, settings: OptimizerSettings): string | null {
  if (!(settings.learningRate > 0) || !Number.isFinite(settings.learningRate)) {
    return 'The learning rate must be a positive number.';
  }
  if (!Number.isInteger(settings.batchSize) || settings.batchSize < 0) {
    return 'The batch size must be a whole number (0 for the full batch).';
  }
  if (!(settings.momentum >= 0 && settings.momentum < 1)) {
    return 'The momentum coefficient β must be at least 0 and below 1.';
  }
  if (
    !(objective.regularization.lambda >= 0) ||
    !Number.isFinite(objective.regularization.lambda)
  ) {
    return 'The regularization strength λ must be a number ≥ 0.';
  }
  if (settings.rule === 'newton') {
    if (objective.loss !== 'crossEntropy') {
      return "Newton's method here minimizes the cross-entropy, whose Hessian is positive semidefinite; squared error is not convex.";
    }
    if (objective.regularization.kind === 'l1') {
      return "Newton's method needs a twice-differentiable objective; L1 is not differentiable at 0.";
    }
  }
  return null;
}

/** The epoch's order of the points: a function of the seed and the epoch only. */
export function epochOrder(n: number, seed: number, epoch: number): Uint32Array {
  return seededPermutation(n, mixSeed(seed, epoch));
}

/** J and its gradient at some θ over all the points, as objectiveAndGradient computes them. */
export interface Evaluation {
  readonly objective: number;
  readonly gradient: Float64Array;
}

/**
 * Takes one iteration. Throws if `settingsProblem` reports a problem.
 *
 * `atTheta`, when given, is J and ∇J at state.theta over all the points: a caller that has just
 * evaluated them (the training loop does, to report each iteration) saves a full-batch step its
 * own pass over the data. It must be exactly what objectiveAndGradient returns there.
 */
export function step(
  objective: Objective,
  design: Design,
  settings: OptimizerSettings,
  state: OptimizerState,
  atTheta?: Evaluation,
): StepResult {
  const problem = settingsProblem(objective, settings);
  if (problem) throw new Error(problem);
  if (settings.rule === 'newton') return newtonStep(objective, design, state, atTheta);

  const { batch, next } = nextBatch(design.n, settings, state);
  let gradient: Float64Array;
  let value: number;
  if (batch === null && atTheta) {
    gradient = Float64Array.from(atTheta.gradient);
    value = atTheta.objective;
  } else {
    gradient = new Float64Array(state.theta.length);
    value = objectiveAndGradient(objective, design, state.theta, gradient, batch);
  }
  const eta = settings.learningRate;
  const theta = Float64Array.from(state.theta);
  let velocity = state.velocity;
  if (settings.rule === 'momentum') {
    velocity = new Float64Array(theta.length);
    for (let j = 0; j < theta.length; j++) {
      velocity[j] = settings.momentum * state.velocity[j] + gradient[j];
      theta[j] -= eta * velocity[j];
    }
  } else {
    for (let j = 0; j < theta.length; j++) theta[j] -= eta * gradient[j];
  }
  applyProximalStep(objective.regularization, theta, eta);
  return {
    state: { ...next, theta, velocity, iteration: state.iteration + 1 },
    objective: value,
    gradient,
    batchSize: batch ? batch.end - batch.start : design.n,
  };
}

/** The batch for this iteration and the bookkeeping (epoch, cursor, order) after it. */
function nextBatch(
  n: number,
  settings: OptimizerSettings,
  state: OptimizerState,
): { batch: Batch | null; next: Pick<OptimizerState, 'epoch' | 'cursor' | 'order'> } {
  const size = settings.batchSize;
  if (size === 0 || size >= n) {
    return { batch: null, next: { epoch: state.epoch + 1, cursor: 0, order: null } };
  }
  // A batch size or rule changed mid-run: a missing or stale order starts this epoch's shuffle.
  const order =
    state.order && state.order.length === n
      ? state.order
      : epochOrder(n, settings.seed, state.epoch);
  const start = state.cursor < n ? state.cursor : 0;
  const end = Math.min(start + size, n);
  if (end < n) {
    return { batch: { order, start, end }, next: { epoch: state.epoch, cursor: end, order } };
  }
  // The last batch of an epoch may be smaller; the next iteration starts a new shuffle.
  const epoch = state.epoch + 1;
  return {
    batch: { order, start, end },
    next: { epoch, cursor: 0, order: epochOrder(n, settings.seed, epoch) },
  };
}

/** Armijo's constant: a step must achieve this fraction of the decrease the gradient promises. */
const ARMIJO = 1e-4;

function newtonStep(
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

/**
 * How far θ is from stationary: ‖∇J‖ for smooth objectives. With L1, ∇J of the smooth part never
 * vanishes at the minimizer (the penalty's subgradient balances it), so this is the norm of the
 * proximal-gradient mapping (θ − prox_η(θ − η∇J))/η instead, which is zero exactly there.
 */
export function stationarity(
  objective: Objective,
  theta: Float64Array,
  gradient: Float64Array,
  eta: number,
): number {
  if (objective.regularization.kind !== 'l1' || objective.regularization.lambda === 0) {
    return norm2(gradient);
  }
  const moved = new Float64Array(theta.length);
  for (let j = 0; j < theta.length; j++) moved[j] = theta[j] - eta * gradient[j];
  applyProximalStep(objective.regularization, moved, eta);
  for (let j = 0; j < theta.length; j++) moved[j] = (theta[j] - moved[j]) / eta;
  return norm2(moved);
}
