/**
 * What the worker works out once per data set, features and objective: the optimum (or why there is
 * none) and the learning-rate landmarks 2/L0 and 2/L*.
 */
import type {
  Design,
  FeatureMap,
  LossKind,
  ModelSummary,
  Objective,
  OptimumResult,
  Regularization,
  SeparationResult,
} from '../engine';
import {
  detectSeparation,
  findOptimum,
  learningRateLandmarks,
  modelSummary,
  toRawCoefficients,
} from '../engine';

export type OptimumSummary =
  | {
      readonly status: 'found';
      /** θ* on the optimizer's features. */
      readonly theta: Float64Array;
      /** θ* in raw feature units. */
      readonly rawTheta: Float64Array;
      /** J(θ*), penalty included. */
      readonly objective: number;
      /**
       * 'global' for the cross-entropy, which is convex; 'local' for squared error, whose surface
       * is not: Newton found a minimum, started from the cross-entropy's optimum.
       */
      readonly minimum: 'global' | 'local';
    }
  | { readonly status: 'separable' | 'notFound'; readonly message: string };

export interface Landmarks {
  /** The loss they are for: each loss has its own. */
  readonly loss: LossKind;
  /** 2/L0: below it every full-batch step lowers the cross-entropy. */
  readonly descentGuaranteed: number;
  /** 2/L*: above it gradient descent cannot converge; null when there is no optimum. */
  readonly convergenceLimit: number | null;
}

export interface Analysis {
  /** The objective the optimum is for (the run's loss and regularization when it was computed). */
  readonly objective: Objective;
  readonly optimum: OptimumSummary;
  /** For the run's loss with its L2 term, for full-batch gradient descent (an L1 term aside). */
  readonly landmarks: Landmarks;
  /**
   * The fit as R's summary(glm) reports it: always the cross-entropy's (the likelihood's) with the
   * run's penalty, also when the run descends squared error.
   */
  readonly summary: ModelSummary;
}

/**
 * What the analyses of one design share, worked out once: the separation test, the optimum of each
 * objective and the model summary of each penalty. Switching the loss or the penalty of a run then
 * finds only what is new: squared error's analysis after the cross-entropy's is one Newton run from
 * the cross-entropy's optimum, where it was three separation tests, three cross-entropy Newton runs
 * and the summary's Fisher scoring again (issue 16). Every result is the one a fresh analysis gives.
 */
export class AnalysisCache {
  private separation: SeparationResult | null = null;
  private readonly optima = new Map<string, OptimumSummary>();
  /** Newton's iterations to each found cross-entropy optimum: a squared-error start reports them. */
  private readonly iterations = new Map<string, number>();
  private readonly summaries = new Map<string, ModelSummary>();

  constructor(
    readonly design: Design,
    readonly map: FeatureMap,
  ) {}

  optimum(objective: Objective): OptimumSummary {
    const key = objectiveKey(objective);
    const known = this.optima.get(key);
    if (known) return known;
    const { kind, lambda } = objective.regularization;
    const penalized = kind !== 'none' && lambda > 0;
    const crossEntropy: Objective = {
      loss: 'crossEntropy',
      regularization: objective.regularization,
    };
    // findOptimum would find the cross-entropy's optimum itself, as squared error's start.
    const start =
      objective.loss === 'squaredError' && (penalized || !this.separationOf().separated)
        ? this.optimum(crossEntropy)
        : null;
    const result = findOptimum(objective, this.design, {
      ...(penalized ? {} : { separation: this.separationOf() }),
      ...(start
        ? {
            crossEntropyStart: {
              theta: start.status === 'found' ? start.theta : null,
              iterations: this.iterations.get(objectiveKey(crossEntropy)) ?? 0,
            },
          }
        : {}),
    });
    if (result.status === 'found') this.iterations.set(key, result.iterations);
    const summary = summarize(result, this.map);
    this.optima.set(key, summary);
    return summary;
  }

  /** The summary of the cross-entropy's fit with this penalty (see modelSummary). */
  summary(regularization: Regularization): ModelSummary {
    const key = JSON.stringify([regularization.kind, regularization.lambda]);
    const known = this.summaries.get(key);
    if (known) return known;
    const likelihood = this.optimum({ loss: 'crossEntropy', regularization });
    const summary = modelSummary(regularization, this.design, this.map, likelihood);
    this.summaries.set(key, summary);
    return summary;
  }

  private separationOf(): SeparationResult {
    this.separation ??= detectSeparation(this.design);
    return this.separation;
  }
}

const objectiveKey = (objective: Objective): string =>
  JSON.stringify([objective.loss, objective.regularization.kind, objective.regularization.lambda]);

/**
 * The analysis of `objective` on the cache's design. Without a cache, a fresh one: the same
 * results, with nothing kept for the next objective.
 */
export function analyze(
  objective: Objective,
  design: Design,
  map: FeatureMap,
  cache: AnalysisCache = new AnalysisCache(design, map),
): Analysis {
  if (cache.design !== design || cache.map !== map) {
    throw new Error('The analysis cache belongs to another design.');
  }
  const summarizeOptimum = (goal: Objective): OptimumSummary => cache.optimum(goal);
  const optimum = summarizeOptimum(objective);
  // The landmarks belong to the run's loss (each has its own); an L1 term does not change the
  // smoothness of the part gradient descent differentiates.
  const smooth: Objective = {
    loss: objective.loss,
    regularization:
      objective.regularization.kind === 'l2'
        ? objective.regularization
        : { kind: 'none', lambda: 0 },
  };
  const sameObjective = objective.regularization.kind !== 'l1';
  const landmarkOptimum =
    optimum.status === 'found' && sameObjective ? optimum : summarizeOptimum(smooth);
  const landmarks = learningRateLandmarks(
    smooth,
    design,
    landmarkOptimum.status === 'found' ? landmarkOptimum.theta : null,
  );
  return {
    objective,
    optimum,
    // The summary describes the likelihood: with squared error, the cross-entropy's own optimum.
    summary: cache.summary(objective.regularization),
    landmarks: {
      loss: objective.loss,
      descentGuaranteed: landmarks.descentGuaranteed,
      convergenceLimit: landmarks.convergenceLimit,
    },
  };
}

function summarize(result: OptimumResult, map: FeatureMap): OptimumSummary {
  if (result.status === 'found') {
    return {
      status: 'found',
      theta: result.theta,
      rawTheta: toRawCoefficients(map, result.theta),
      objective: result.objective,
      minimum: result.minimum,
    };
  }
  return { status: result.status, message: result.message };
}
