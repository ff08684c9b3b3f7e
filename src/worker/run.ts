/**
 * From a configuration to what the mathematics works on: the data set (validated), the fitted
 * feature map and the design. The training worker and the surface worker both start here, so they
 * see the same numbers.
 */
import type { Dataset, Design, FeatureMap } from '../engine';
import { buildDesign, fitFeatureMap, generatePreset, validateDataset } from '../engine';
import type { TrainingConfig } from '../state/config';

/** A user-facing refusal: the input could not be used, and nothing was changed. */
export class RefusedError extends Error {}

export interface PreparedRun {
  readonly data: Dataset;
  readonly map: FeatureMap;
  readonly design: Design;
}

export function prepareRun(config: Pick<TrainingConfig, 'data' | 'features'>): PreparedRun {
  const data = makeDataset(config);
  const validation = validateDataset(data);
  if (!validation.ok) throw new RefusedError(validation.problem.message);
  let map: FeatureMap;
  try {
    map = fitFeatureMap(data, config.features);
  } catch (error) {
    throw new RefusedError(error instanceof Error ? error.message : String(error));
  }
  const design = buildDesign(data, map);
  // Finite inputs can still make infinite features: x⁶ of 1e60 overflows.
  if (!design.X.every(Number.isFinite)) {
    throw new RefusedError(
      `Some features of degree ${config.features.degree} are too large to compute (the values are huge): lower the degree or rescale the data.`,
    );
  }
  // Finite features can still overflow the sums of squares behind the gradient, the Hessian and
  // the landmarks (x² of 1e200 is Infinity): NaN would reach the page. Up to 1e150, even 100,000
  // points sum to under 1e306.
  if (design.X.some((value) => Math.abs(value) > MAX_FEATURE)) {
    throw new RefusedError(
      'Some feature values are too large to train on (beyond ±1e150): standardize the features or rescale the data.',
    );
  }
  return { data, map, design };
}

/** The largest feature value the sums of the mathematics can take without overflowing. */
const MAX_FEATURE = 1e150;

function makeDataset(config: Pick<TrainingConfig, 'data'>): Dataset {
  const source = config.data;
  if (source.kind === 'points') {
    const d = source.featureNames.length;
    return {
      features: Float64Array.from(source.features),
      labels: Float64Array.from(source.labels),
      n: source.labels.length,
      d,
      featureNames: source.featureNames,
    };
  }
  const { preset, n, noise, seed } = source;
  try {
    return generatePreset(preset, { n, noise, seed });
  } catch (error) {
    throw new RefusedError(error instanceof Error ? error.message : String(error));
  }
}
