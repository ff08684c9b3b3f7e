/**
 * Drawing the data by hand, as pure functions: adding, moving and removing points of a
 * PointsSource, and a bounded undo/redo history of data sources. Every edit returns a new source
 * and leaves its argument untouched, so the history can keep the sources themselves and undo gives
 * back the very object that was there before.
 */
import type { DataSource, PointsSource } from './config';
import { MAX_POINTS } from './limits';

/** How many earlier data sources Undo can go back through. */
export const EDIT_HISTORY_LIMIT = 200;

/**
 * How many numbers (feature values and labels) the past may hold in all: 200 copies of 10,000
 * points would be 60 MB, so with large data the oldest entries go sooner.
 */
export const EDIT_HISTORY_BUDGET = 2_000_000;

/** Appended to the name of data once it has been edited: "Two blobs (edited)". */
export const EDITED_SUFFIX = ' (edited)';

/** `name` marked as edited, once: editing "a.csv (edited)" again keeps that name. */
export function editedName(name: string): string {
  return name.endsWith(EDITED_SUFFIX) ? name : name + EDITED_SUFFIX;
}

/**
 * The user's own copy of a data set's points (a generated preset's, say), under an edited name:
 * what the first edit of data that is not yet the user's own starts from.
 */
export function pointsOf(
  name: string,
  featureNames: readonly string[],
  features: ArrayLike<number>,
  labels: ArrayLike<number>,
): PointsSource {
  if (features.length !== labels.length * featureNames.length) {
    throw new RangeError(
      `${features.length} feature values do not make ${labels.length} points of ${featureNames.length} features.`,
    );
  }
  return {
    kind: 'points',
    name: editedName(name),
    featureNames: [...featureNames],
    features: Array.from(features),
    labels: Array.from(labels),
  };
}

export function pointCount(source: PointsSource): number {
  return source.labels.length;
}

/** How many points have label 1 and label 0. */
export function classCounts(source: PointsSource): { positives: number; negatives: number } {
  let positives = 0;
  for (const label of source.labels) if (label === 1) positives++;
  return { positives, negatives: source.labels.length - positives };
}

/** Whether one more point fits (a data source holds at most MAX_POINTS, as an imported file). */
export function canAddPoint(source: PointsSource): boolean {
  return source.labels.length < MAX_POINTS;
}

function checkPoint(source: PointsSource, x: readonly number[]): void {
  const d = source.featureNames.length;
  if (x.length !== d) throw new RangeError(`A point needs ${d} feature values, not ${x.length}.`);
  if (!x.every(Number.isFinite)) throw new RangeError('A point needs finite feature values.');
}

function checkIndex(source: PointsSource, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= source.labels.length) {
    throw new RangeError(`There is no point ${index} among ${source.labels.length}.`);
  }
}

/** The source with a point at x (raw feature values) of class `label` appended. */
export function addPoint(source: PointsSource, x: readonly number[], label: 0 | 1): PointsSource {
  checkPoint(source, x);
  if (!canAddPoint(source)) throw new RangeError(`A data set holds at most ${MAX_POINTS} points.`);
  return {
    ...source,
    name: editedName(source.name),
    features: [...source.features, ...x],
    labels: [...source.labels, label],
  };
}

/** The source with point `index` moved to x (its label kept). */
export function movePoint(source: PointsSource, index: number, x: readonly number[]): PointsSource {
  checkIndex(source, index);
  checkPoint(source, x);
  const d = x.length;
  const features = [...source.features];
  for (let j = 0; j < d; j++) features[index * d + j] = x[j];
  return { ...source, name: editedName(source.name), features };
}

/** The source without point `index` (the later points move down one index). */
export function removePoint(source: PointsSource, index: number): PointsSource {
  checkIndex(source, index);
  const d = source.featureNames.length;
  return {
    ...source,
    name: editedName(source.name),
    features: [...source.features.slice(0, index * d), ...source.features.slice((index + 1) * d)],
    labels: [...source.labels.slice(0, index), ...source.labels.slice(index + 1)],
  };
}

/** The source with no points at all (its feature names kept, so points can be added again). */
export function clearPoints(source: PointsSource): PointsSource {
  return { ...source, name: editedName(source.name), features: [], labels: [] };
}

/**
 * The data sources the user went through: `present` is the one shown, `past` the ones Undo goes
 * back to (the most recent last), `future` the ones Redo goes forward to (the next one last).
 */
export interface EditHistory {
  readonly past: readonly DataSource[];
  readonly present: DataSource;
  readonly future: readonly DataSource[];
}

export function startHistory(present: DataSource): EditHistory {
  return { past: [], present, future: [] };
}

/** The numbers a source holds (a preset: none, it is a handful of settings). */
function sizeOf(source: DataSource): number {
  return source.kind === 'points' ? source.features.length + source.labels.length : 0;
}

/**
 * `next` becomes the present; the old present goes onto the past and the future is forgotten, as
 * in any editor. The oldest entries are dropped beyond `limit` entries or `budget` numbers (the
 * latest one is always kept). Recording the present itself changes nothing.
 */
export function record(
  history: EditHistory,
  next: DataSource,
  limit = EDIT_HISTORY_LIMIT,
  budget = EDIT_HISTORY_BUDGET,
): EditHistory {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  let start = Math.max(0, past.length - limit);
  let size = 0;
  for (let k = start; k < past.length; k++) size += sizeOf(past[k]);
  while (start < past.length - 1 && size > budget) size -= sizeOf(past[start++]);
  return { past: past.slice(start), present: next, future: [] };
}

export const canUndo = (history: EditHistory): boolean => history.past.length > 0;
export const canRedo = (history: EditHistory): boolean => history.future.length > 0;

/** One step back; the history itself when there is nothing to undo. */
export function undo(history: EditHistory): EditHistory {
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [...history.future, history.present],
  };
}

/** One step forward again; the history itself when there is nothing to redo. */
export function redo(history: EditHistory): EditHistory {
  if (!canRedo(history)) return history;
  return {
    past: [...history.past, history.present],
    present: history.future[history.future.length - 1],
    future: history.future.slice(0, -1),
  };
}
