/**
 * The minimizer of the cross-entropy (with or without L2), found by safeguarded Newton to a gradient
 * norm below 1e-10, and the detection of separable data, where it does not exist.
 *
 * Without regularization the minimizer exists exactly when no hyperplane separates the classes,
 * which separation.ts decides before Newton starts: on separable data the gradient also falls below
 * any tolerance, at weights that only grow if one keeps going. With L2 (λ > 0) the objective is
 * strongly convex in w and the minimizer always exists.
 */
import type { Design } from './design';
import { logits } from './design';
import { norm2 } from './linalg';
import type { Objective } from './losses';
import { objectiveAndGradient } from './losses';
import { initialState, settingsProblem, step } from './optimizers';
import { detectSeparation } from './separation';

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
      /**
       * True when a boundary puts every point strictly on its own side (complete separation);
       * false when some points must sit on the boundary itself (quasi-complete separation).
       */
      readonly complete: boolean;
      /** A θ along which the loss never rises (every point on its side or on the boundary). */
      readonly direction: Float64Array | null;
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
  const unregularized =
    objective.regularization.kind === 'none' || objective.regularization.lambda === 0;
  if (unregularized) {
    const separation = detectSeparation(design);
    if (separation.separated) return separable(objective, design, separation.direction);
  }

  let state = initialState(new Float64Array(design.p + 1));
  for (let iteration = 0; ; iteration++) {
    const gradient = new Float64Array(design.p + 1);
    const value = objectiveAndGradient(objective, design, state.theta, gradient);
    const gradientNorm = norm2(gradient);
    if (gradientNorm < tolerance) {
      return {
        status: 'found',
        theta: state.theta,
        objective: value,
        gradientNorm,
        iterations: iteration,
      };
    }
    if (iteration >= maxIterations) {
      return notFound(state.theta, gradientNorm, iteration, 'Newton did not converge');
    }
    const result = step(objective, design, settings, state);
    if (result.newton && result.newton.stepLength === 0) {
      // No step lowers J: θ is as good as the arithmetic can tell. Near the optimum that is success.
      if (gradientNorm < 1e3 * tolerance) {
        return {
          status: 'found',
          theta: state.theta,
          objective: value,
          gradientNorm,
          iterations: iteration,
        };
      }
      return notFound(state.theta, gradientNorm, iteration, 'Newton stalled');
    }
    state = result.state;
  }
}

/**
 * Separable data: complete when some θ puts every point strictly on its side. Newton's iterates on
 * completely separable data reach such a θ within a few steps, which tells the two cases apart.
 */
function separable(
  objective: Objective,
  design: Design,
  direction: Float64Array | null,
): OptimumResult {
  const settings = { rule: 'newton', learningRate: 1, batchSize: 0, momentum: 0, seed: 0 } as const;
  let state = initialState(new Float64Array(design.p + 1));
  let certificate: Float64Array | null =
    direction && separatesClasses(design, direction) ? direction : null;
  for (let k = 0; k < 30 && !certificate; k++) {
    state = step(objective, design, settings, state).state;
    if (separatesClasses(design, state.theta)) certificate = state.theta;
  }
  const complete = certificate !== null;
  return {
    status: 'separable',
    complete,
    direction: certificate ?? direction,
    message: complete
      ? 'The classes are separable: a boundary classifies every point correctly, so the loss keeps falling toward 0 as the weights grow without bound. No finite optimum exists; L2 regularization gives one.'
      : 'The classes are separable except for points on the boundary itself (quasi-complete separation): the loss keeps falling as the weights grow without bound. No finite optimum exists; L2 regularization gives one.',
  };
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
    message: `${what} after ${iterations} iterations (gradient norm ${gradientNorm.toPrecision(3)}).`,
  };
}
