/**
 * From a configuration to what the mathematics works on: the data set (validated), the fitted
 * feature map and the design. The training worker and the surface worker both start here, so they
 * see the same numbers.
 */
import type { Dataset, Design, FeatureMap } from '../engine';
import {
  buildDesign,
  fitFeatureMap,
  generatePreset,
  objectiveAndGradient,
  splitProblem,
  splitRows,
  stratifiedSplit,
  validateDataset,
} from '../engine';
import type { TrainingConfig } from '../state/config';
import { splitOf } from '../state/config';

/** A user-facing refusal: the input could not be used, and nothing was changed. */
export class RefusedError extends Error {}

export interface PreparedRun {
  /** Every point, training and held-out, as drawn. */
  readonly data: Dataset;
  /** Fitted to the training points alone: nothing of the held-out points leaks into training. */
  readonly map: FeatureMap;
  /** φ of every point, row for row with `data`. */
  readonly design: Design;
  /** The rows the optimizer sees: `design` itself when nothing is held out. */
  readonly training: Design;
  /** The held-out rows, or null when nothing is held out. */
  readonly test: Design | null;
  /** 1 for a held-out point, 0 for a training point, row for row with `data`; null: no split. */
  readonly heldOut: Uint8Array | null;
}

/** What a run is prepared from: the data, its split and the features. */
export type RunSource = Pick<TrainingConfig, 'data' | 'features' | 'split'>;

export function prepareRun(config: RunSource): PreparedRun {
  const data = makeDataset(config);
  const validation = validateDataset(data);
  if (!validation.ok) throw new RefusedError(validation.problem.message);
  const heldOut = splitMask(config, data);
  const trainingData = heldOut ? splitRows(data, heldOut, 0) : data;
  let map: FeatureMap;
  try {
    map = fitFeatureMap(trainingData, config.features);
  } catch (error) {
    throw new RefusedError(error instanceof Error ? error.message : String(error));
  }
  // A spread near the smallest numbers (points at 1e-320) makes the raw coefficients w'/s
  // overflow: the parameters table would show no numbers.
  if (map.settings.standardize && map.scale.some((s) => s < MIN_SCALE)) {
    throw new RefusedError(
      'Some feature values differ by too little to standardize (less than 1e-150): rescale the data, or turn standardization off.',
    );
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
  if (!heldOut) return { data, map, design, training: design, test: null, heldOut: null };
  return {
    data,
    map,
    design,
    training: buildDesign(trainingData, map),
    test: buildDesign(splitRows(data, heldOut, 1), map),
    heldOut,
  };
}

/** The held-out rows of the configuration's split, or null for none; refused as splitProblem says. */
function splitMask(config: RunSource, data: Dataset): Uint8Array | null {
  const { percent, seed } = splitOf(config);
  if (percent === 0) return null;
  const problem = splitProblem(data.labels, percent, seed);
  if (problem) throw new RefusedError(`${problem[0].toUpperCase()}${problem.slice(1)}.`);
  return stratifiedSplit(data.labels, percent / 100, seed);
}

/** The smallest spread a standardized feature may have: 1/s stays far from overflowing. */
const MIN_SCALE = 1e-150;

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

/** A parameter this large counts as diverged (trainer.ts): a run cannot start there. */
export const MAX_START_PARAMETER = 1e8;

/**
 * Why the run cannot start at its start point (a point given in a link, or typed), or null when
 * it can: a parameter beyond ±1e8, where the run would count as diverged at once, or a point
 * where the loss or its gradient overflows (θ = 1e308), from which no step can be taken. A point
 * of the wrong size is a separate question (startSizeProblem): a run whose features changed pads
 * or cuts its start point on purpose.
 */
export function startProblem(
  config: Pick<TrainingConfig, 'initialization' | 'objective'>,
  prepared: PreparedRun,
): string | null {
  const init = config.initialization;
  if (init.kind !== 'point') return null;
  const m = prepared.training.p + 1;
  const theta = new Float64Array(m);
  init.theta.slice(0, m).forEach((value, j) => (theta[j] = value));
  const shown = `θ = (${init.theta.map((value) => shortNumber(value)).join(', ')})`;
  if (!theta.every((value) => Math.abs(value) < MAX_START_PARAMETER)) {
    return `The start point ${shown} is too far out (a parameter beyond ±1e8 counts as diverged): no step can be taken from there.`;
  }
  const gradient = new Float64Array(m);
  const loss = objectiveAndGradient(config.objective, prepared.training, theta, gradient);
  if (!Number.isFinite(loss) || !gradient.every(Number.isFinite)) {
    return `The start point ${shown} is too far out: the loss there cannot be computed, so no step can be taken.`;
  }
  return null;
}

/** Why a start point given in a link does not fit the run (its size), or null. */
export function startSizeProblem(
  config: Pick<TrainingConfig, 'initialization'>,
  prepared: PreparedRun,
): string | null {
  const init = config.initialization;
  const m = prepared.design.p + 1;
  if (init.kind !== 'point' || init.theta.length === m) return null;
  return `The start point has ${init.theta.length} numbers, but this run has ${m} parameters (the intercept and ${m - 1} feature${m === 2 ? '' : 's'}).`;
}

function shortNumber(value: number): string {
  return Math.abs(value) >= 1e-3 && Math.abs(value) < 1e6
    ? String(Number(value.toPrecision(4)))
    : value.toExponential(2);
}
