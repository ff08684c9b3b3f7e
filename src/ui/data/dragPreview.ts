/**
 * A drag over many points, drawn without redrawing them: the data, the model's view of them and
 * the run stay as they were until the drop, and only the dragged point's mark follows the pointer
 * (with a trail back to where it was). On 10,000 points a move then costs a few SVG attributes
 * instead of the design, the frame and every canvas (issue 16).
 */
import type { Dataset } from '../../engine';
import type { DataGeometry, ScreenGeometry } from './geometry';
import { SVG_POINT_LIMIT } from './PointMarks';

/**
 * Above this many points a drag is previewed; at or below it (SVG points) the data, the boundary
 * and the pulls follow every move, which is cheap there and shows the point's effect as it moves.
 */
export const PREVIEWED_DRAG_POINTS = SVG_POINT_LIMIT;

/** The point being dragged and where, in raw feature values (one or two). */
export interface DraggedPoint {
  readonly index: number;
  readonly x: readonly number[];
}

/** The dragged point's mark in the plotting area's pixels: where it was and where it is now. */
export interface DragMark {
  readonly index: number;
  readonly label: number;
  /** Held out for testing: drawn hollow, as the point is. */
  readonly heldOut: boolean;
  readonly fromX: number;
  readonly fromY: number;
  readonly x: number;
  readonly y: number;
}

/**
 * Where the mark goes: the point's position in `screen` with its features moved, placed as
 * screenGeometry places every point (with one feature, its height is its label's and stays).
 */
export function dragMarkOf(
  dragged: DraggedPoint,
  screen: ScreenGeometry,
  geometry: DataGeometry,
  data: Dataset,
  heldOut: Uint8Array | null = null,
): DragMark | null {
  const { index, x } = dragged;
  if (index < 0 || index >= data.n) return null;
  const fromX = screen.positions[2 * index];
  const fromY = screen.positions[2 * index + 1];
  return {
    index,
    label: data.labels[index],
    heldOut: heldOut?.[index] === 1,
    fromX,
    fromY,
    x: screen.x(x[0]),
    y: geometry.kind === 'plane' ? screen.y(x[1]) : fromY,
  };
}

/** `data` with point `index` at `x`: what the dragged point's tooltip reads (a copy, n floats). */
export function withMovedPoint(data: Dataset, index: number, x: readonly number[]): Dataset {
  const features = data.features.slice();
  for (let j = 0; j < Math.min(x.length, data.d); j++) features[index * data.d + j] = x[j];
  return { ...data, features };
}
