/**
 * Who moves the boundary: each point's weight in the gradient, ∇J = (1/N) Σ weight_i φ̃_i, drawn as
 * a halo, and which points the model gets wrong.
 *
 * The weight is p − y under the cross-entropy and (p − y)·p(1 − p) under squared error. The halos
 * use one fixed scale for both losses (|weight| = 1, its largest value, fills the largest halo),
 * so a confidently wrong point, whose weight is near ±1 under the cross-entropy and near 0 under
 * squared error, visibly shouts under one and falls silent under the other. A weight of 0 leaves
 * no halo beyond the point's own marker.
 */
import { classify, confusion } from '../../engine';

export interface MarkSizes {
  /** Radius of a point's marker, px. */
  readonly pointRadius: number;
  /** Radius of the halo of a point with |weight| = 1, px. */
  readonly haloMaxRadius: number;
}

/** Smaller marks as the points get denser, so 10,000 points still read as a cloud. */
export function markSizes(n: number): MarkSizes {
  if (n <= 200) return { pointRadius: 4.5, haloMaxRadius: 14 };
  if (n <= 1000) return { pointRadius: 3, haloMaxRadius: 10 };
  return { pointRadius: 1.6, haloMaxRadius: 6 };
}

/**
 * A halo's radius: from the point's own radius (weight 0: no halo) to `maxRadius` (|weight| ≥ 1),
 * growing with √|weight|. The square root is a bubble chart's (area, not radius, tracks the
 * value), and it keeps the small pulls of squared error (at most 4/27 ≈ 0.15) visible as a rim
 * instead of hiding them under the marker. 0 for a non-finite weight.
 */
export function haloRadius(weight: number, pointRadius: number, maxRadius: number): number {
  const magnitude = Math.abs(weight);
  if (!Number.isFinite(magnitude)) return 0;
  return pointRadius + (maxRadius - pointRadius) * Math.sqrt(Math.min(magnitude, 1));
}

export type Verdict = 'right' | 'wrong' | 'undecided';

/**
 * Whether the model classifies a point right: p > 0.5 (z > 0) says y = 1, p < 0.5 says y = 0. At
 * z = 0 exactly (every point at θ = 0) the model has not decided.
 */
export function verdict(z: number, y: number): Verdict {
  const predicted = classify(z);
  if (predicted === null) return 'undecided';
  return predicted === y ? 'right' : 'wrong';
}

export interface ClassificationSummary {
  readonly n: number;
  readonly wrong: number;
  readonly undecided: number;
}

/** How many points are misclassified, and how many sit exactly on p = 0.5. */
export function summarize(z: Float64Array, y: Float64Array): ClassificationSummary {
  const { n, wrong, undecided } = confusion(z, y);
  return { n, wrong, undecided };
}
