/**
 * How close a sketch of the decision boundary is to the model's (predict, then see, in data
 * space). The model's boundary is the level line z = 0 that the data figure draws: the engine's
 * z = θ·φ(x) on the figure's grid (the same feature map and cells as the probability field),
 * traced by the same isolines. Each vertex of the sketch is measured to the nearest point of
 * those lines, in shares of the plot's width and height, so a distance reads as "a tenth of the
 * way across the plot" whatever the units of the features.
 */
import type { FeatureMap } from '../../engine';
import { logits } from '../../engine';
import type { Domain } from '../data/domain';
import { isolines } from '../data/isolines';
import { FIELD_CELLS_2D, fieldGrid } from '../data/probabilityField';

/** A point in the raw units of the two features: x1, x2. */
export type DataPoint = readonly [number, number];

/** What the plot shows of the plane: the sketch and the boundary are measured inside it. */
export interface PlotDomains {
  readonly x: Domain;
  readonly y: Domain;
}

export interface BoundaryLine {
  readonly points: readonly DataPoint[];
  /** A loop inside the plot (a ring around a region), not a line from edge to edge. */
  readonly closed: boolean;
}

/**
 * The model's boundary z = 0 inside the plot, in raw units: the lines the data figure draws for
 * p = 0.5 (σ(z) = 0.5 exactly where z = 0), found on the same grid.
 */
export function modelBoundary(
  map: FeatureMap,
  theta: Float64Array,
  domains: PlotDomains,
  cells = FIELD_CELLS_2D,
): BoundaryLine[] {
  const grid = fieldGrid(map, domains.x, domains.y, cells, cells);
  const z = logits(grid.design, theta);
  const [x0, x1] = domains.x;
  const [y0, y1] = domains.y;
  // Grid units: x from 0 (x0) to cols (x1); y from 0 (the top, y1) down to rows (y0).
  return isolines(z, cells, cells, 0).map(({ points, closed }) => ({
    points: points.map(([gx, gy]): DataPoint => [
      x0 + (gx / cells) * (x1 - x0),
      y1 - (gy / cells) * (y1 - y0),
    ]),
    closed,
  }));
}

/** A point in shares of the plot: 0 to 1 across its width and its height. */
function toShares(point: DataPoint, domains: PlotDomains): DataPoint {
  return [
    (point[0] - domains.x[0]) / (domains.x[1] - domains.x[0]),
    (point[1] - domains.y[0]) / (domains.y[1] - domains.y[0]),
  ];
}

/** The distance from p to the segment a–b. */
export function distanceToSegment(p: DataPoint, a: DataPoint, b: DataPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The distance from p to the nearest point of the polylines (Infinity when there are none). */
export function distanceToLines(p: DataPoint, lines: readonly (readonly DataPoint[])[]): number {
  let best = Infinity;
  for (const line of lines) {
    if (line.length === 1) best = Math.min(best, Math.hypot(p[0] - line[0][0], p[1] - line[0][1]));
    for (let k = 1; k < line.length; k++) {
      best = Math.min(best, distanceToSegment(p, line[k - 1], line[k]));
    }
  }
  return best;
}

/** The length of a polyline. */
export function pathLength(line: readonly DataPoint[]): number {
  let length = 0;
  for (let k = 1; k < line.length; k++) {
    length += Math.hypot(line[k][0] - line[k - 1][0], line[k][1] - line[k - 1][1]);
  }
  return length;
}

/**
 * A stroke closes on itself when its ends meet within a fifth of its length: a circle drawn by
 * hand with a small gap does, a line or a "C" (a three-quarter arc leaves a gap of 0.3 of its
 * length) does not. A stroke shorter than a twentieth of the plot is a dot, not a shape.
 */
export const CLOSING_GAP = 0.2;
export const SHORTEST_SHAPE = 0.05;

export function closesOnItself(line: readonly DataPoint[]): boolean {
  if (line.length < 3) return false;
  const length = pathLength(line);
  if (!(length >= SHORTEST_SHAPE)) return false;
  const first = line[0];
  const last = line[line.length - 1];
  return Math.hypot(last[0] - first[0], last[1] - first[1]) <= CLOSING_GAP * length;
}

export interface SketchMeasure {
  /** The mean distance from the sketch's vertices to the boundary, in shares of the plot. */
  readonly meanDistance: number;
  /** The largest such distance. */
  readonly maxDistance: number;
  readonly sketchClosed: boolean;
  /** The model's boundary has a closed loop inside the plot. */
  readonly boundaryClosed: boolean;
}

/**
 * The sketch against the boundary, in shares of the plot. Null when there is nothing to compare:
 * a sketch of fewer than two vertices, or no boundary inside the plot.
 */
export function measureSketch(
  sketch: readonly DataPoint[],
  boundary: readonly BoundaryLine[],
  domains: PlotDomains,
): SketchMeasure | null {
  if (sketch.length < 2 || boundary.length === 0) return null;
  const lines = boundary.map((line) => line.points.map((p) => toShares(p, domains)));
  const shares = sketch.map((p) => toShares(p, domains));
  let sum = 0;
  let max = 0;
  for (const p of shares) {
    const d = distanceToLines(p, lines);
    sum += d;
    max = Math.max(max, d);
  }
  const meanDistance = sum / shares.length;
  if (!Number.isFinite(meanDistance)) return null;
  return {
    meanDistance,
    maxDistance: max,
    sketchClosed: closesOnItself(shares),
    boundaryClosed: boundary.some((line) => line.closed),
  };
}

/** Mean distances (shares of the plot) up to which a sketch is very close, close, the right idea. */
export const VERY_CLOSE = 0.03;
export const CLOSE = 0.08;
export const RIGHT_IDEA = 0.2;

/** "about 15% of the way across the plot": a share of the plot, as a student reads it. */
function wayAcross(share: number): string {
  const percent = Math.max(1, Math.round(share * 100));
  return `about ${percent}% of the way across the plot`;
}

/** How close the sketch was, in words: its distance to the boundary, and whether it has its shape. */
export function sketchCloseness(measure: SketchMeasure | null): string {
  if (!measure)
    return 'The model’s boundary is not inside the plot, so there is nothing to compare.';
  const { meanDistance: d, sketchClosed, boundaryClosed } = measure;
  const distance =
    d <= VERY_CLOSE
      ? `Very close: on average your sketch is ${wayAcross(d)} from the boundary.`
      : d <= CLOSE
        ? `Close: on average your sketch is ${wayAcross(d)} from the boundary.`
        : d <= RIGHT_IDEA
          ? `The right idea, but off by ${wayAcross(d)} on average.`
          : `Far off: on average your sketch is ${wayAcross(d)} from the boundary.`;
  const shape =
    boundaryClosed && sketchClosed
      ? 'It closes on itself, like the boundary.'
      : boundaryClosed
        ? 'The boundary closes on itself; your sketch does not.'
        : sketchClosed
          ? 'Your sketch closes on itself; the boundary does not, it runs across the plot.'
          : 'Like the boundary, it runs across the plot without closing.';
  return `${distance} ${shape}`;
}
