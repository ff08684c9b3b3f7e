/**
 * What the worker works out once per data set, features and objective: the optimum (or why there is
 * none) and the learning-rate landmarks 2/L0 and 2/L*.
 */
import type { Design, FeatureMap, Objective } from '../engine';
import { findOptimum, learningRateLandmarks, toRawCoefficients } from '../engine';

export type OptimumSummary =
  | {
      readonly status: 'found';
      /** θ* on the optimizer's features. */
      readonly theta: Float64Array;
      /** θ* in raw feature units. */
      readonly rawTheta: Float64Array;
      readonly objective: number;
    }
  | { readonly status: 'separable' | 'notFound' | 'unavailable'; readonly message: string };

export interface Landmarks {
  /** 2/L0: below it every full-batch step lowers the cross-entropy. */
  readonly descentGuaranteed: number;
  /** 2/L*: above it gradient descent cannot converge; null when there is no optimum. */
  readonly convergenceLimit: number | null;
}

export interface Analysis {
  readonly optimum: OptimumSummary;
  /** For the cross-entropy with the current L2 term (the landmarks are the cross-entropy's). */
  readonly landmarks: Landmarks;
}

export function analyze(objective: Objective, design: Design, map: FeatureMap): Analysis {
  const optimum = summarizeOptimum(objective, design, map);
  // The landmarks belong to the cross-entropy; an L1 term does not change its smoothness.
  const crossEntropy: Objective = {
    loss: 'crossEntropy',
    regularization:
      objective.regularization.kind === 'l2'
        ? objective.regularization
        : { kind: 'none', lambda: 0 },
  };
  const landmarkOptimum =
    optimum.status === 'found' &&
    objective.loss === 'crossEntropy' &&
    objective.regularization.kind !== 'l1'
      ? optimum
      : summarizeOptimum(crossEntropy, design, map);
  const landmarks = learningRateLandmarks(
    crossEntropy,
    design,
    landmarkOptimum.status === 'found' ? landmarkOptimum.theta : null,
  );
  return {
    optimum,
    landmarks: {
      descentGuaranteed: landmarks.descentGuaranteed,
      convergenceLimit: landmarks.convergenceLimit,
    },
  };
}

function summarizeOptimum(objective: Objective, design: Design, map: FeatureMap): OptimumSummary {
  if (objective.loss !== 'crossEntropy' || objective.regularization.kind === 'l1') {
    return {
      status: 'unavailable',
      message:
        'The optimum is computed by Newton’s method for the cross-entropy with no penalty or L2.',
    };
  }
  const result = findOptimum(objective, design);
  if (result.status === 'found') {
    return {
      status: 'found',
      theta: result.theta,
      rawTheta: toRawCoefficients(map, result.theta),
      objective: result.objective,
    };
  }
  return { status: result.status, message: result.message };
}
