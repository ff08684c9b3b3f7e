/**
 * The update rules, declared once: each rule's id, the settings it reads, the state it carries
 * between iterations, what it can minimize and its step. The optimizer (optimizers.ts), the link's
 * codec, the settings form and the tests read this table; the page's names, formulas and
 * landmarks for each rule are in src/ui/rules/ruleViews.ts, a Record over the same ids.
 *
 *   gradient descent   θ ← θ − η ∇J(θ)                        (full batch, mini-batch, stochastic)
 *   momentum           v ← β v + ∇J(θ);  θ ← θ − η v           (v the velocity, its auxiliary
 *                                                              state; z is the score)
 *   Newton             θ ← θ − t (H + μI)⁻¹ ∇J(θ)              (μ = 0 unless H is singular;
 *                                                              t from a backtracking line search)
 *
 * With L1 every gradient step is followed by the proximal step (soft-thresholding) with the same η.
 */
import { nextBatch } from './batches';
import type { Design } from './design';
import type { Objective } from './losses';
import { objectiveAndGradient } from './losses';
import { newtonStep } from './newtonStep';
import type { Evaluation, OptimizerSettings, OptimizerState, StepResult } from './optimizers';
import { applyProximalStep } from './regularization';

/** The rules' ids, in the order the page offers them. */
export const UPDATE_RULE_IDS = ['gradientDescent', 'momentum', 'newton'] as const;
export type UpdateRule = (typeof UPDATE_RULE_IDS)[number];

/** The numeric settings a rule may read (the shuffling seed goes with the batch size). */
export type RuleSetting = 'learningRate' | 'batchSize' | 'momentum';

export interface UpdateRuleSpec {
  /** The settings it reads; the others are kept in the configuration but do nothing. */
  readonly settings: readonly RuleSetting[];
  /**
   * How many numbers of its own state it carries from one iteration to the next, for m parameters
   * (0: none). The layout is the rule's: momentum's is the velocity v, one number per parameter.
   */
  auxLength(m: number): number;
  /** Why it cannot minimize this objective, or null when it can. */
  problem(objective: Objective): string | null;
  /** One iteration; `atTheta` as in optimizers.ts `step`. */
  step(
    objective: Objective,
    design: Design,
    settings: OptimizerSettings,
    state: OptimizerState,
    atTheta: Evaluation | undefined,
  ): StepResult;
}

const noProblem = () => null;

export const UPDATE_RULES: Record<UpdateRule, UpdateRuleSpec> = {
  gradientDescent: {
    settings: ['learningRate', 'batchSize'],
    auxLength: () => 0,
    problem: noProblem,
    step: (objective, design, settings, state, atTheta) =>
      firstOrderStep(objective, design, settings, state, atTheta, 0, (theta, gradient) => {
        const eta = settings.learningRate;
        for (let j = 0; j < theta.length; j++) theta[j] -= eta * gradient[j];
      }),
  },
  momentum: {
    settings: ['learningRate', 'batchSize', 'momentum'],
    auxLength: (m) => m,
    problem: noProblem,
    step: (objective, design, settings, state, atTheta) =>
      firstOrderStep(
        objective,
        design,
        settings,
        state,
        atTheta,
        state.theta.length,
        (theta, gradient, velocity) => {
          const eta = settings.learningRate;
          for (let j = 0; j < theta.length; j++) {
            velocity[j] = settings.momentum * velocity[j] + gradient[j];
            theta[j] -= eta * velocity[j];
          }
        },
      ),
  },
  newton: {
    settings: [],
    auxLength: () => 0,
    problem: (objective) => {
      if (objective.loss !== 'crossEntropy') {
        return "Newton's method here minimizes the cross-entropy, whose Hessian is positive semidefinite; squared error is not convex.";
      }
      if (objective.regularization.kind === 'l1') {
        return "Newton's method needs a twice-differentiable objective; L1 is not differentiable at 0.";
      }
      return null;
    },
    step: (objective, design, _settings, state, atTheta) =>
      newtonStep(objective, design, state, atTheta),
  },
};

/** Whether the rule reads this setting (β for momentum, the batch size for all but Newton). */
export const usesSetting = (rule: UpdateRule, setting: RuleSetting): boolean =>
  UPDATE_RULES[rule].settings.includes(setting);

/** The largest auxiliary state any rule carries for m parameters: what a history stores. */
export const maxAuxLength = (m: number): number =>
  Math.max(...UPDATE_RULE_IDS.map((rule) => UPDATE_RULES[rule].auxLength(m)));

/**
 * A rule's auxiliary state as its step reads it: a copy of the state's when it has the rule's
 * length, zeros when it does not (a fresh start, or a run that used another rule until now).
 */
export function ownAux(aux: Float64Array, auxLength: number): Float64Array {
  return aux.length === auxLength ? Float64Array.from(aux) : new Float64Array(auxLength);
}

/**
 * A gradient step on this iteration's batch: `move` changes θ (a copy) given ∇J and the rule's
 * auxiliary state (`ownAux`), which it updates in place; L1's proximal step follows. A rule without auxiliary state
 * (auxLength 0) passes the state's on unchanged, so a rule switched back resumes with it.
 */
export function firstOrderStep(
  objective: Objective,
  design: Design,
  settings: OptimizerSettings,
  state: OptimizerState,
  atTheta: Evaluation | undefined,
  auxLength: number,
  move: (theta: Float64Array, gradient: Float64Array, aux: Float64Array) => void,
): StepResult {
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
  const theta = Float64Array.from(state.theta);
  const aux = auxLength > 0 ? ownAux(state.aux, auxLength) : state.aux;
  move(theta, gradient, aux);
  applyProximalStep(objective.regularization, theta, settings.learningRate);
  return {
    state: { ...next, theta, aux, iteration: state.iteration + 1 },
    objective: value,
    gradient,
    batchSize: batch ? batch.end - batch.start : design.n,
  };
}
