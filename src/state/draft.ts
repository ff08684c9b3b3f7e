/**
 * Points drawn by hand that cannot be trained yet (none, or one class): they never reach the run,
 * so the configuration in local storage does not hold them. Kept here, so a reload does not lose
 * a drawing in progress. Plain JSON, checked on the way back in as a link's points are
 * (pointsCodec.ts checkPoints); never throws.
 */
import type { PointsSource } from './config';
import type { StorageLike } from './persistence';
import { checkPoints } from './pointsCodec';

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
  const { kind, ...parts } = value as Record<string, unknown>;
  if (kind !== 'points') return null;
  const points = checkPoints({
    name: parts.name,
    featureNames: parts.featureNames,
    features: parts.features,
    labels: parts.labels,
  });
  return typeof points === 'string' ? null : points;
}
