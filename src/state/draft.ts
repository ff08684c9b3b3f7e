/**
 * Points drawn by hand that cannot be trained yet (none, or one class): they never reach the run,
 * so the configuration in local storage does not hold them. Kept here, so a reload does not lose
 * a drawing in progress. Plain JSON, checked on the way back in; never throws.
 */
import type { PointsSource } from './config';
import type { StorageLike } from './persistence';
import { MAX_POINTS, shorten } from './link';

export const DRAFT_KEY = 'logistic-descent:draft';

export function saveDraft(storage: StorageLike | null, draft: PointsSource | null): void {
  try {
    if (draft) storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
    else if (storage?.getItem(DRAFT_KEY) !== null) storage?.setItem(DRAFT_KEY, '');
  } catch {
    // A full or disabled storage: the drawing lives on in the page until it is closed.
  }
}

export function loadDraft(storage: StorageLike | null): PointsSource | null {
  let text: string | null;
  try {
    text = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { kind, name, featureNames, features, labels } = value as Record<string, unknown>;
  const numbers = (list: unknown): list is number[] =>
    Array.isArray(list) && list.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (kind !== 'points' || typeof name !== 'string' || !Array.isArray(featureNames)) return null;
  const d = featureNames.length;
  if (d < 1 || d > 2 || !featureNames.every((f) => typeof f === 'string')) return null;
  if (!numbers(features) || !numbers(labels) || labels.length > MAX_POINTS) return null;
  if (features.length !== labels.length * d || !labels.every((y) => y === 0 || y === 1)) {
    return null;
  }
  return {
    kind: 'points',
    name: shorten(name),
    featureNames: featureNames.map((f: string) => shorten(f)),
    features,
    labels,
  };
}
