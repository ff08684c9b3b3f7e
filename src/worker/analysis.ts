/**
 * What the worker works out once per data set, features and objective: the optimum (or why there is
 * none) and the learning-rate landmarks 2/L0 and 2/L*.
 */
import type { Design, FeatureMap, LossKind, ModelSummary, Objective } from '../engine';
import { findOptimum, learningRateLandmarks, modelSummary, toRawCoefficients } from '../engine';

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

export function analyze(objective: Objective, design: Design, map: FeatureMap): Analysis {
  const optimum = summarizeOptimum(objective, design, map);
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
    optimum.status === 'found' && sameObjective ? optimum : summarizeOptimum(smooth, design, map);
  const landmarks = learningRateLandmarks(
    smooth,
    design,
    landmarkOptimum.status === 'found' ? landmarkOptimum.theta : null,
  );
  // The summary describes the likelihood: with squared error, the cross-entropy's own optimum.
  const likelihoodOptimum =
    objective.loss === 'crossEntropy'
      ? optimum
      : summarizeOptimum(
          { loss: 'crossEntropy', regularization: objective.regularization },
          design,
          map,
        );
  return {
    objective,
    optimum,
    summary: modelSummary(objective.regularization, design, map, likelihoodOptimum),
    landmarks: {
      loss: objective.loss,
      descentGuaranteed: landmarks.descentGuaranteed,
      convergenceLimit: landmarks.convergenceLimit,
    },
  };
}

function summarizeOptimum(objective: Objective, design: Design, map: FeatureMap): OptimumSummary {
  const result = findOptimum(objective, design);
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
