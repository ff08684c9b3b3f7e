/**
 * Every number the derivation shows for one iteration, computed by the engine's own functions on
 * the page's copy of the design (run.prepared.design) at the snapshot's θ: derivationNumbers for
 * J, ∇J, the highlighted point and θ − η∇J; pointContributions for the first terms of each sum;
 * the optimizer's own `step` for the rule's next θ (and its auxiliary state, momentum's velocity);
 * `hessian` for H. Nothing here re-derives a
 * formula, so what the page writes is what the worker computes.
 */
import type {
  Design,
  DerivationNumbers,
  NewtonInfo,
  Objective,
  OptimizerSettings,
} from '../../engine';
import {
  derivationNumbers,
  hessian,
  initialState,
  ownAux,
  penalty,
  pointContributions,
  settingsProblem,
  step,
  symmetricEigenvalues,
  UPDATE_RULES,
} from '../../engine';

/** How many of the first points are written out in each sum (g_1 φ̃_1 + g_2 φ̃_2 + ⋯). */
export const LEADING_TERMS = 2;

/** One point's g_i and φ̃_i, for writing out the sums ∂J/∂θ_j = (1/N) Σ g_i φ̃_{i,j}. */
export interface LeadingPoint {
  readonly index: number;
  /** g_i: p_i − y_i (cross-entropy) or (p_i − y_i)·p_i(1 − p_i) (squared error). */
  readonly weight: number;
  /** φ̃_i = (1, φ(x_i)). */
  readonly features: Float64Array;
}

/** Newton's method at θ: H, its spectrum and the step the optimizer takes from here. */
export interface NewtonNumbers {
  /** H = (1/N) Σ p_i(1 − p_i) φ̃_i φ̃_iᵀ (+ λ on the weights' diagonal), row-major m×m. */
  readonly hessian: Float64Array;
  /** H's eigenvalues, ascending. */
  readonly eigenvalues: Float64Array;
  /** Δ = (H + μI)⁻¹ ∇J, μ, and the step length t the line search accepted. */
  readonly info: NewtonInfo;
  /** θ − tΔ: the next iterate. */
  readonly next: Float64Array;
}

/** The rule's own step from θ with the full batch, as the engine's `step` takes it. */
export interface NextStep {
  /**
   * The rule's auxiliary state before the step, as its step reads it (engine/updateRules.ts:
   * momentum's velocity v; empty for a rule without any).
   */
  readonly aux: Float64Array;
  /** And after it. */
  readonly nextAux: Float64Array;
  /** The next θ. */
  readonly theta: Float64Array;
}

export interface LiveNumbers {
  readonly iteration: number;
  readonly objective: Objective;
  readonly optimizer: OptimizerSettings;
  readonly theta: Float64Array;
  readonly derivation: DerivationNumbers;
  /** The penalty's part of J: (λ/2)‖w‖², λ‖w‖₁ or 0. */
  readonly penalty: number;
  /** The first LEADING_TERMS points (fewer if N is smaller), or all of them when N ≤ 3. */
  readonly leading: readonly LeadingPoint[];
  /** True when every step uses all the points (Newton always does). */
  readonly fullBatch: boolean;
  readonly newton: NewtonNumbers | null;
  /**
   * Null when the settings cannot run, or the rule keeps auxiliary state and this iteration's is
   * not in the page's history any more.
   */
  readonly step: NextStep | null;
}

export interface LiveInput {
  readonly iteration: number;
  readonly objective: Objective;
  readonly optimizer: OptimizerSettings;
  readonly design: Design;
  /** θ = [b, w] on the optimizer's features, from the snapshot. */
  readonly theta: Float64Array;
  /** The highlighted point (0-based; clamped by derivationNumbers). */
  readonly pointIndex: number;
  /** The rule's auxiliary state at this iteration, from the history (run/auxAt.ts); null when unknown. */
  readonly aux: Float64Array | null;
}

export function liveNumbers(input: LiveInput): LiveNumbers {
  const { objective, optimizer, design, theta } = input;
  const derivation = derivationNumbers(
    objective,
    design,
    theta,
    optimizer.learningRate,
    input.pointIndex,
  );
  // J and ∇J at θ exactly as objectiveAndGradient gives them (the engine's test checks this), so
  // the optimizer's step below saves its own pass over the data.
  const atTheta = { objective: derivation.loss, gradient: derivation.gradient };
  const runnable = settingsProblem(objective, optimizer) === null;
  const fullBatchSettings = { ...optimizer, batchSize: 0 };

  const rule = UPDATE_RULES[optimizer.rule];
  const auxLength = rule.auxLength(theta.length);
  // A rule without auxiliary state needs none from the history; one with it reads what the entry
  // holds (zeros when that has another length: the rule starts afresh there, as the worker did).
  const known = auxLength === 0 ? new Float64Array(0) : input.aux;
  let next: NextStep | null = null;
  let newton: NewtonNumbers | null = null;
  if (runnable && known) {
    const state = { ...initialState(theta), aux: known };
    const result = step(objective, design, fullBatchSettings, state, atTheta);
    next = {
      aux: ownAux(known, auxLength),
      nextAux: result.state.aux,
      theta: result.state.theta,
    };
    if (result.newton) {
      const H = hessian(objective, design, theta);
      newton = {
        hessian: H,
        eigenvalues: symmetricEigenvalues(H, theta.length),
        info: result.newton,
        next: result.state.theta,
      };
    }
  }

  return {
    iteration: input.iteration,
    objective,
    optimizer,
    theta,
    derivation,
    penalty: penalty(objective.regularization, theta),
    leading: leadingPoints(objective, design, theta),
    fullBatch:
      !rule.settings.includes('batchSize') ||
      optimizer.batchSize === 0 ||
      optimizer.batchSize >= design.n,
    newton,
    step: next,
  };
}

/** g_i and φ̃_i of the first points: all of them when N ≤ 3, else the first LEADING_TERMS. */
function leadingPoints(objective: Objective, design: Design, theta: Float64Array): LeadingPoint[] {
  const { X, y, n, p } = design;
  const count = n <= LEADING_TERMS + 1 ? n : LEADING_TERMS;
  // The same function on the first rows only: each point's g_i depends on that point alone.
  const head: Design = { X: X.subarray(0, count * p), y: y.subarray(0, count), n: count, p };
  const { weight } = pointContributions(objective.loss, head, theta);
  return Array.from({ length: count }, (_, i) => {
    const features = new Float64Array(p + 1);
    features[0] = 1;
    for (let j = 0; j < p; j++) features[j + 1] = X[i * p + j];
    return { index: i, weight: weight[i], features };
  });
}
