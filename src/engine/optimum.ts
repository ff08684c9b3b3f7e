/**
 * The minimizer of J = data loss + penalty for both losses and every regularization, found by
 * Newton's method (dampedNewton.ts) to a stationarity below 1e-10, and the detection of separable
 * data, where it does not exist.
 *
 * - Cross-entropy: convex, so a stationary point is the global minimum. Without regularization it
 *   exists exactly when no hyperplane separates the classes, which separation.ts decides before
 *   Newton starts: on separable data the gradient also falls below any tolerance, at weights that
 *   only grow if one keeps going. With L2 or L1 (λ > 0) the penalty grows without bound in w and
 *   the minimizer always exists (given both classes).
 * - Squared error on the sigmoid: not convex, so what Newton finds is a local minimum (stationary,
 *   with a positive definite Hessian), started from the cross-entropy's optimum, which is usually
 *   in its basin. On separable data without regularization it has no minimizer either: the loss
 *   tends to 0 as the weights grow along a separating direction.
 * - L1: the answer has exact zeros, and "stationary" means the KKT conditions: ∂f/∂w_j + λ·sign(w_j)
 *   = 0 for a nonzero weight, |∂f/∂w_j| ≤ λ for a zero one (l1.ts).
 */
import type { Design } from './design';
import { logits } from './design';
import { dampedNewton } from './dampedNewton';
import type { Objective } from './losses';
import { initialState, step } from './optimizers';
import { NO_REGULARIZATION } from './regularization';
import type { SeparationResult } from './separation';
import { detectSeparation } from './separation';

export const OPTIMUM_GRADIENT_TOLERANCE = 1e-10;

export type OptimumResult =
  | {
      readonly status: 'found';
      readonly theta: Float64Array;
      /** J(θ*), penalty included. */
      readonly objective: number;
      /**
       * 'global' for the cross-entropy (convex); 'local' for squared error, whose surface is not
       * convex: another start might find another minimum.
       */
      readonly minimum: 'global' | 'local';
      /** ‖∇J‖, or with L1 the norm of the least-norm subgradient (zero exactly at the KKT points). */
      readonly gradientNorm: number;
      /** Newton iterations, those of the cross-entropy start included for squared error. */
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
  /**
   * detectSeparation(design), when the caller already has it: on 10,000 points with degree-6
   * features the test costs about as much as Newton itself.
   */
  readonly separation?: SeparationResult;
  /**
   * For squared error: the cross-entropy's optimum with the same penalty and the same tolerance and
   * iteration limit, when the caller already found it (its θ, and null when Newton did not converge
   * there), so it is not found a second time.
   */
  readonly crossEntropyStart?: { readonly theta: Float64Array | null; readonly iterations: number };
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
  const { kind, lambda } = objective.regularization;
  if (kind !== 'none' && !(lambda >= 0 && Number.isFinite(lambda))) {
    throw new Error(`λ must be a finite number ≥ 0, not ${lambda}.`);
  }
  const penalized = kind !== 'none' && lambda > 0;
  if (!penalized) {
    const separation = options.separation ?? detectSeparation(design);
    if (separation.separated) return separable(design, separation.direction);
  } else if (oneClass(design)) {
    return notFound(
      new Float64Array(design.p + 1),
      0,
      0,
      'Every point has the same label: the intercept grows without bound, the penalty does not hold it (the bias is not penalized), so there is no optimum.',
    );
  }

  // Squared error starts where the cross-entropy with the same penalty ends: the two agree on
  // which side each point belongs, so that is usually in the basin of squared error's minimum.
  let start: Float64Array = new Float64Array(design.p + 1);
  let startIterations = 0;
  if (objective.loss === 'squaredError' && options.crossEntropyStart) {
    const given = options.crossEntropyStart;
    if (given.theta) {
      start = Float64Array.from(given.theta);
      startIterations = given.iterations;
    }
  } else if (objective.loss === 'squaredError') {
    // The data were checked above: no separation test again (on 10,000 points with degree-6
    // features it takes longer than Newton itself).
    const crossEntropy = dampedNewton({ ...objective, loss: 'crossEntropy' }, design, start, {
      tolerance,
      maxIterations,
    });
    if (crossEntropy.outcome === 'converged') {
      start = crossEntropy.theta;
      startIterations = crossEntropy.iterations;
    }
  }
  const result = dampedNewton(objective, design, start, { tolerance, maxIterations });
  const iterations = startIterations + result.iterations;
  switch (result.outcome) {
    case 'converged':
      return {
        status: 'found',
        theta: result.theta,
        objective: result.objective,
        minimum: objective.loss === 'crossEntropy' ? 'global' : 'local',
        gradientNorm: result.stationarity,
        iterations,
      };
    case 'stalled':
      return notFound(result.theta, result.stationarity, iterations, 'Newton stalled');
    case 'notMinimum':
      return notFound(
        result.theta,
        result.stationarity,
        iterations,
        'Newton stopped at a stationary point that is not a minimum (the Hessian is not positive definite there)',
      );
    case 'iterationLimit':
      return notFound(
        result.theta,
        result.stationarity,
        iterations,
        result.stationarity < tolerance
          ? 'The loss keeps falling as the weights grow, though no boundary separates the classes: its infimum lies at infinity, so there is no finite minimum; L2 or L1 regularization gives one'
          : 'Newton did not converge',
      );
  }
}

function oneClass(design: Design): boolean {
  for (let i = 1; i < design.n; i++) if (design.y[i] !== design.y[0]) return false;
  return true;
}

/**
 * Separable data: complete when some θ puts every point strictly on its side. Newton's iterates on
 * completely separable data reach such a θ within a few steps, which tells the two cases apart.
 */
function separable(design: Design, direction: Float64Array | null): OptimumResult {
  // The cross-entropy's Newton steps find the certificate whatever the loss: separability is a
  // property of the data alone.
  const objective: Objective = { loss: 'crossEntropy', regularization: NO_REGULARIZATION };
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
      ? 'The classes are separable: a boundary classifies every point correctly, so the loss keeps falling toward 0 as the weights grow without bound. No finite optimum exists; L2 or L1 regularization gives one.'
      : 'The classes are separable except for points on the boundary itself (quasi-complete separation): the loss keeps falling as the weights grow without bound. No finite optimum exists; L2 or L1 regularization gives one.',
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
    message: `${what} (${iterations} Newton iterations; gradient norm ${gradientNorm.toPrecision(3)}).`,
  };
}
