/**
 * The minimizer of the cross-entropy (with or without L2), found by safeguarded Newton to a gradient
 * norm below 1e-10, and the detection of separable data, where it does not exist.
 *
 * Without regularization the minimizer exists exactly when no hyperplane separates the classes.
 * If some θ classifies every point strictly correctly, scaling θ up drives the loss to 0 without
 * reaching it: the weights grow without bound. Newton finds such a θ within a few steps on
 * separable data, and that θ is a certificate: non-separable data cannot have one.
 */
import type { Design } from './design';
import { logits } from './design';
import { norm2 } from './linalg';
import type { Objective } from './losses';
import { objectiveAndGradient } from './losses';
import { initialState, settingsProblem, step } from './optimizers';

export const OPTIMUM_GRADIENT_TOLERANCE = 1e-10;

export type OptimumResult =
  | {
      readonly status: 'found';
      readonly theta: Float64Array;
      readonly objective: number;
      readonly gradientNorm: number;
      readonly iterations: number;
    }
  | {
      /** A hyperplane separates the classes: without regularization there is no minimizer. */
      readonly status: 'separable';
      /** A θ that classifies every point correctly, the certificate of separation. */
      readonly separatingTheta: Float64Array;
      readonly iterations: number;
      readonly message: string;
    }
  | {
      readonly status: 'notFound';
      readonly theta: Float64Array;
      readonly gradientNorm: number;
      readonly iterations: number;
      readonly message: string;
    };

export interface OptimumOptions {
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/** True when every point is strictly on its own side of w·φ(x) + b = 0. */
export function separatesClasses(design: Design, theta: Float64Array): boolean {
  const z = logits(design, theta);
  for (let i = 0; i < design.n; i++) {
    if (design.y[i] === 1 ? !(z[i] > 0) : !(z[i] < 0)) return false;
  }
  return true;
}

export function findOptimum(
  objective: Objective,
  design: Design,
  options: OptimumOptions = {},
): OptimumResult {
  const tolerance = options.tolerance ?? OPTIMUM_GRADIENT_TOLERANCE;
  const maxIterations = options.maxIterations ?? 200;
  const settings = { rule: 'newton', learningRate: 1, batchSize: 0, momentum: 0, seed: 0 } as const;
  const problem = settingsProblem(objective, settings);
  if (problem) throw new Error(problem);
  const unregularized = objective.regularization.kind === 'none' || objective.regularization.lambda === 0;

  let state = initialState(new Float64Array(design.p + 1));
  for (let iteration = 0; ; iteration++) {
    const gradient = new Float64Array(design.p + 1);
    const value = objectiveAndGradient(objective, design, state.theta, gradient);
    const gradientNorm = norm2(gradient);
    if (gradientNorm < tolerance) {
      return { status: 'found', theta: state.theta, objective: value, gradientNorm, iterations: iteration };
    }
    if (unregularized && separatesClasses(design, state.theta)) {
      return {
        status: 'separable',
        separatingTheta: state.theta,
        iterations: iteration,
        message:
          'The classes are separable: a boundary classifies every point correctly, so the loss keeps falling toward 0 as the weights grow without bound. No finite optimum exists; L2 regularization gives one.',
      };
    }
    if (iteration >= maxIterations) {
      return notFound(state.theta, gradientNorm, iteration, 'Newton did not converge');
    }
    const result = step(objective, design, settings, state);
    if (result.newton && result.newton.stepLength === 0) {
      // No step lowers J: θ is as good as the arithmetic can tell. Near the optimum that is success.
      if (gradientNorm < 1e3 * tolerance) {
        return { status: 'found', theta: state.theta, objective: value, gradientNorm, iterations: iteration };
      }
      return notFound(state.theta, gradientNorm, iteration, 'Newton stalled');
    }
    state = result.state;
  }
}

function notFound(
  theta: Float64Array,
  gradientNorm: number,
  iterations: number,
  what: string,
): OptimumResult {
  return {
    status: 'notFound',
    theta,
    gradientNorm,
    iterations,
    message: `${what} after ${iterations} iterations (gradient norm ${gradientNorm.toPrecision(3)}). The data may be quasi-separable: some weights grow without bound. L2 regularization gives a finite optimum.`,
  };
}
