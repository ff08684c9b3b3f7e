/**
 * The optimizer: its settings, its state and one iteration, as pure functions over an explicit
 * state. `step` never mutates its input, so the worker can keep every state it has seen, step
 * back, and replay a path bit for bit. Each rule's own step, settings and conditions are declared
 * in updateRules.ts; this module checks the settings and dispatches.
 */
import type { Design } from './design';
import { norm2 } from './linalg';
import type { Objective } from './losses';
import { applyProximalStep } from './regularization';
import type { UpdateRule } from './updateRules';
import { UPDATE_RULES } from './updateRules';

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
  /**
   * The update rule's own state between iterations (updateRules.ts: its auxLength and layout;
   * momentum's velocity v). Empty at the start; a rule without any passes it on unchanged.
   */
  readonly aux: Float64Array;
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
    aux: new Float64Array(0),
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
  return UPDATE_RULES[settings.rule].problem(objective);
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
  return UPDATE_RULES[settings.rule].step(objective, design, settings, state, atTheta);
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
