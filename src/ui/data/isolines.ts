/**
 * Level lines of the probability grid (p = 0.5 is the decision boundary) as open polylines, from
 * d3-contour's filled polygons.
 *
 * d3-contour closes each region along the edges of the grid (it treats the outside as below every
 * threshold). Those edge runs are not level lines, so they are cut away here: the points d3 puts
 * on the grid's border (x = 0, x = cols, y = 0 or y = rows) only ever come from that closing,
 * since points interpolated between cell centres lie at least half a cell inside. What is left
 * stops half a cell short of the border, so each open end is extended straight to the border.
 */
import { contours } from 'd3-contour';
import { clampPixel, finitePixels } from '../plot/pixels';

/** A point in grid units: [0, cols] × [0, rows], y down. */
export type GridPoint = readonly [number, number];
export type Polyline = readonly GridPoint[];

export interface Isoline {
  readonly points: Polyline;
  /** A closed loop inside the grid (a ring around a region), not a line from border to border. */
  readonly closed: boolean;
}

/** Longest stretch an open end is extended to reach the border, in cells. */
const MAX_EXTENSION = 1.5;

/** The level lines of `values` (cols × rows, row-major) at `threshold`, in grid units. */
export function isolines(
  values: ArrayLike<number>,
  cols: number,
  rows: number,
  threshold: number,
): Isoline[] {
  const [shape] = contours().size([cols, rows]).thresholds([threshold])(values as number[]);
  const out: Isoline[] = [];
  const onBorder = ([x, y]: GridPoint) => x <= 0 || x >= cols || y <= 0 || y >= rows;
  for (const polygon of shape.coordinates) {
    for (const ring of polygon) {
      // d3 repeats the first point at the end.
      const points = ring.slice(0, -1) as unknown as GridPoint[];
      const start = points.findIndex(onBorder);
      if (start === -1) {
        out.push({ points: [...points, points[0]], closed: true });
        continue;
      }
      // Walk the ring once from a border point; each run of inner points is one open line.
      let run: GridPoint[] = [];
      for (let k = 1; k <= points.length; k++) {
        const point = points[(start + k) % points.length];
        if (onBorder(point)) {
          if (run.length >= 2) out.push({ points: extendToBorder(run, cols, rows), closed: false });
          run = [];
        } else {
          run.push(point);
        }
      }
    }
  }
  return out;
}

/** The line with both ends carried on in their last direction until they meet the border. */
export function extendToBorder(line: Polyline, cols: number, rows: number): Polyline {
  const n = line.length;
  const head = extendEnd(line[1], line[0], cols, rows);
  const tail = extendEnd(line[n - 2], line[n - 1], cols, rows);
  return [head, ...line, tail];
}

/** From `end`, along the direction from `before` to `end`, to the border (at most MAX_EXTENSION). */
function extendEnd(before: GridPoint, end: GridPoint, cols: number, rows: number): GridPoint {
  const dx = end[0] - before[0];
  const dy = end[1] - before[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return end;
  const ux = dx / length;
  const uy = dy / length;
  // Distance along (ux, uy) to each border line ahead; the nearest is where the line leaves.
  let t = MAX_EXTENSION;
  if (ux > 0) t = Math.min(t, (cols - end[0]) / ux);
  if (ux < 0) t = Math.min(t, -end[0] / ux);
  if (uy > 0) t = Math.min(t, (rows - end[1]) / uy);
  if (uy < 0) t = Math.min(t, -end[1] / uy);
  return [end[0] + t * ux, end[1] + t * uy];
}

/** An SVG path through the lines, grid units scaled to pixels by (width / cols, height / rows). */
export function isolinePath(lines: readonly Isoline[], scaleX: number, scaleY: number): string {
  const round = (v: number) => Math.round(clampPixel(v) * 100) / 100;
  return lines
    .map(({ points, closed }) => {
      const coords = points
        .filter(([x, y]) => finitePixels(x * scaleX, y * scaleY))
        .map(([x, y]) => `${round(x * scaleX)},${round(y * scaleY)}`);
      return coords.length < 2 ? '' : `M${coords.join('L')}${closed ? 'Z' : ''}`;
    })
    .join('');
}

/**
 * Where a label for the level goes: on the longest line, `fraction` of the way along those of its
 * vertices that pass `fits` (room for the text inside the plot). Null when no vertex fits.
 */
export function labelAnchor(
  lines: readonly Isoline[],
  fraction = 0.5,
  fits: (point: GridPoint) => boolean = () => true,
): GridPoint | null {
  let best: Polyline | null = null;
  for (const { points } of lines) if (!best || points.length > best.length) best = points;
  const candidates = best ? best.filter(fits) : [];
  if (candidates.length === 0) return null;
  return candidates[Math.round(fraction * (candidates.length - 1))];
}
