/**
 * Everything the figure draws that changes with θ, computed once per snapshot: each point's z, p
 * and weight, the probability field, and the p = 0.5 boundary (with the p = 0.25 and 0.75 lines
 * when asked for), or, with one feature, the fitted curve and where it crosses 0.5.
 */
import type { LossKind, PointContributions } from '../../engine';
import { logits, pointContributions, sigmoid } from '../../engine';
import type { PreparedRun } from '../../worker/run';
import type { DataGeometry } from './geometry';
import type { Isoline } from './isolines';
import { isolines } from './isolines';
import { probabilities } from './probabilityField';
import type { ClassificationSummary } from './pull';
import { summarize } from './pull';
import { zeroCrossings } from './sigmoidView';

export interface Frame {
  readonly contributions: PointContributions;
  readonly summary: ClassificationSummary;
  /** p at each cell of the field's grid. */
  readonly field: Float64Array;
  /** Plane: the level lines p = 0.5, and p = 0.25 and 0.75 when asked for (else empty). */
  readonly boundary: readonly Isoline[];
  readonly lowQuartile: readonly Isoline[];
  readonly highQuartile: readonly Isoline[];
  /** Sigmoid: p at the curve's samples, and the x values where p = 0.5. */
  readonly curve: Float64Array | null;
  readonly crossings: readonly number[];
}

/** θ fits this design (one entry per parameter) and is finite, so the model can be evaluated. */
export function usableTheta(theta: Float64Array, parameterCount: number): boolean {
  if (theta.length !== parameterCount) return false;
  for (let k = 0; k < theta.length; k++) if (!Number.isFinite(theta[k])) return false;
  return true;
}

export function computeFrame(
  prepared: PreparedRun,
  geometry: DataGeometry,
  theta: Float64Array,
  loss: LossKind,
  withQuartiles: boolean,
): Frame {
  const contributions = pointContributions(loss, prepared.design, theta);
  const summary = summarize(contributions.z, prepared.design.y);
  const { grid } = geometry;
  const field = probabilities(grid.design, theta);
  const levels = (threshold: number) =>
    geometry.kind === 'plane' ? isolines(field, grid.cols, grid.rows, threshold) : [];
  let curve: Float64Array | null = null;
  let crossings: number[] = [];
  if (geometry.curve) {
    const z = logits(geometry.curve.design, theta);
    crossings = zeroCrossings(geometry.curve.xs, z);
    curve = z.map(sigmoid);
  }
  return {
    contributions,
    summary,
    field,
    boundary: levels(0.5),
    lowQuartile: withQuartiles ? levels(0.25) : [],
    highQuartile: withQuartiles ? levels(0.75) : [],
    curve,
    crossings,
  };
}
