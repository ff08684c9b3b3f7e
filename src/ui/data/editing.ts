/**
 * What drawing the data needs besides the edits themselves (src/state/pointEdits.ts): the data set
 * a source stands for, whether it can be trained, the parameters carried over to the edited data,
 * the data the panel shows while an edit is not (or not yet) the run's, and tidy coordinates.
 */
import type { Dataset, FeatureMap, FeatureSettings } from '../../engine';
import {
  buildDesign,
  fitFeatureMap,
  fromRawCoefficients,
  generatePreset,
  toRawCoefficients,
  validateDataset,
} from '../../engine';
import type { DataSource, Initialization, PointsSource } from '../../state/config';
import { pointsOf } from '../../state/pointEdits';
import type { PreparedRun } from '../../worker/run';
import { MAX_START_PARAMETER, prepareRun, RefusedError } from '../../worker/run';
import { PRESET_NAMES } from '../text/labels';

/** What the panel says while the drawn data cannot be trained. */
export const UNTRAINABLE = 'Add at least one point of each class to train.';

/** The data set a source stands for (a preset is generated, as the workers do). */
export function datasetOf(source: DataSource): Dataset {
  if (source.kind === 'preset') return generatePreset(source.preset, source);
  return {
    features: Float64Array.from(source.features),
    labels: Float64Array.from(source.labels),
    n: source.labels.length,
    d: source.featureNames.length,
    featureNames: source.featureNames,
  };
}

/** The points the first edit of `source` starts from: the user's own copy of what is shown. */
export function editableSource(source: DataSource, shown: Dataset): PointsSource {
  if (source.kind === 'points') return source;
  return pointsOf(PRESET_NAMES[source.preset], shown.featureNames, shown.features, shown.labels);
}

/** Whether two sources hold the same points (compared by value: a source crosses the worker). */
export function sameData(a: DataSource, b: DataSource): boolean {
  if (a === b) return true;
  if (a.kind === 'preset' || b.kind === 'preset') {
    return (
      a.kind === 'preset' &&
      b.kind === 'preset' &&
      a.preset === b.preset &&
      a.n === b.n &&
      a.noise === b.noise &&
      a.seed === b.seed
    );
  }
  return (
    a.name === b.name &&
    sameValues(a.featureNames, b.featureNames) &&
    sameValues(a.labels, b.labels) &&
    sameValues(a.features, b.features)
  );
}

function sameValues<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export type Preparation =
  | { readonly ok: true; readonly prepared: PreparedRun }
  | { readonly ok: false; readonly message: string };

/**
 * The run the workers would build on this data, or why they would refuse it. Too few points or a
 * single class is what drawing leads to (a clear, a removal), said as UNTRAINABLE; anything else
 * is the workers' own refusal.
 */
export function prepareEdit(source: DataSource, features: FeatureSettings): Preparation {
  const validation = validateDataset(datasetOf(source));
  if (!validation.ok) {
    const { kind, message } = validation.problem;
    return {
      ok: false,
      message: kind === 'tooFewPoints' || kind === 'oneClass' ? UNTRAINABLE : message,
    };
  }
  try {
    return { ok: true, prepared: prepareRun({ data: source, features }) };
  } catch (error) {
    if (error instanceof RefusedError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * θ on the features of map `from` carried to map `to` (the same terms, fitted to other data) so
 * that the model is the same function of the raw inputs: through the raw coefficients
 * b = b' − Σ w'_k μ_k/s_k, w_k = w'_k/s_k, and back. Null when the maps' terms differ or a
 * number does not survive (a diverged run).
 */
export function carryParameters(
  from: FeatureMap,
  theta: Float64Array,
  to: FeatureMap,
): number[] | null {
  const p = from.exponents.length;
  if (theta.length !== p + 1 || to.exponents.length !== p) return null;
  const sameTerms = from.exponents.every((ex, k) => ex.every((e, j) => e === to.exponents[k][j]));
  if (!sameTerms) return null;
  const carried = Array.from(fromRawCoefficients(to, toRawCoefficients(from, theta)));
  // Beyond ±1e8 the run counts as diverged and could not start there (run.ts startProblem).
  return carried.every((value) => Math.abs(value) < MAX_START_PARAMETER) ? carried : null;
}

/**
 * Where a run on edited data starts: at the parameters shown, carried over, so an edit moves the
 * boundary on from where it is instead of starting again. Without usable parameters (before the
 * first snapshot, after divergence) the initialization stays as set, unless it is a point of
 * another size, which would mean nothing here.
 */
export function editedInitialization(
  current: Initialization,
  shown: { readonly map: FeatureMap; readonly theta: Float64Array } | null,
  next: PreparedRun,
): Initialization {
  const carried = shown && carryParameters(shown.map, shown.theta, next.map);
  if (carried) return { kind: 'point', theta: carried };
  if (current.kind === 'point' && current.theta.length !== next.design.p + 1) {
    return { kind: 'zeros' };
  }
  return current;
}

/** What the panel draws: the data, and a map and design for it that the run's θ applies to. */
export interface ShownRun {
  readonly prepared: PreparedRun;
  /** The run's θ fits `prepared.map` (false while the shown data's run has not loaded yet). */
  readonly fitsTheta: boolean;
}

/**
 * The run on `source` as the panel shows it. When it is the run's own data, that run. Otherwise
 * (a point being dragged, an edit the worker has not loaded yet, data that cannot be trained) the
 * data are drawn with the run's feature map, so the boundary drawn is still the model of the
 * iteration shown, now over the edited points.
 */
export function shownRun(
  source: DataSource,
  run: PreparedRun | null,
  runSource: DataSource | null,
  features: FeatureSettings,
): ShownRun | null {
  if (run && runSource && sameData(source, runSource)) return { prepared: run, fitsTheta: true };
  if (!run && source.kind === 'preset') return null; // the first run is still loading
  const data = datasetOf(source);
  const fits = run !== null && run.map.inputCount === data.d;
  const map: FeatureMap = fits ? run.map : fitFeatureMap(data, features);
  // An edit in progress is drawn without its split: the worker draws the held-out points anew
  // (stratified on the edited labels) once it has loaded the edited data.
  const design = buildDesign(data, map);
  return {
    prepared: { data, map, design, training: design, test: null, heldOut: null },
    fitsTheta: fits,
  };
}

/**
 * A coordinate rounded to a thousandth of the axis' span (to the power of ten below it): a click
 * lands on a readable number ("2.35", not "2.3471862"), and the link stays short.
 */
export function tidyCoordinate(value: number, span: number): number {
  if (!(span > 0) || !Number.isFinite(value)) return value;
  const decimals = Math.max(0, 3 - Math.floor(Math.log10(span)));
  const step = 10 ** -decimals;
  // toFixed then Number: 2.35 rather than 2.3500000000000001 from a product of floats.
  return decimals <= 20 ? Number((Math.round(value / step) * step).toFixed(decimals)) : value;
}
