/**
 * The arrow from the current θ: the gradient step −η∇J projected on the two axes, drawn to scale
 * (it ends where a plain gradient-descent step would land). A step shorter than a few pixels would
 * vanish near convergence, so it is drawn at a minimum length and the caption says by how much it
 * was lengthened; a huge one (a diverging run) is shortened to the plot's size the same way.
 */
import type { PlaneScales } from './projection';
import type { PlanePoint } from './range';
import { FAR_PIXEL, pixelPair } from '../plot/pixels';

/** The shortest arrow drawn, in pixels: long enough for its head to read as a direction. */
export const MIN_ARROW_PIXELS = 22;

export interface StepArrow {
  /** Tail and head, in plot-area pixels. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Drawn length ÷ true length: 1 when drawn to scale, > 1 lengthened, < 1 shortened. */
  readonly scale: number;
}

/**
 * The arrow for the step `step` (= −η∇J on the two axes) from `current`, or null when there is no
 * step to show (∇J = 0 on these axes, or non-finite numbers).
 */
export function stepArrow(
  current: PlanePoint,
  step: PlanePoint,
  scales: PlaneScales,
  maxPixels: number,
  minPixels = MIN_ARROW_PIXELS,
): StepArrow | null {
  const x1 = scales.x(current.x);
  const y1 = scales.y(current.y);
  // Differences of the scale at 0 and at the step, not at θ and θ + step: a tiny step far from
  // the origin would round away.
  const dx = scales.x(step.x) - scales.x(0);
  const dy = scales.y(step.y) - scales.y(0);
  const length = Math.hypot(dx, dy);
  if (![x1, y1, dx, dy, length].every(Number.isFinite) || length === 0) return null;
  // From a θ far off the plot (a diverging run) there is no arrow to see, and SVG could not
  // even parse its coordinates (plot/pixels.ts).
  if (Math.abs(x1) > FAR_PIXEL || Math.abs(y1) > FAR_PIXEL) return null;
  let scale = 1;
  if (length < minPixels) scale = minPixels / length;
  else if (length > maxPixels && maxPixels >= minPixels) scale = maxPixels / length;
  return { x1, y1, x2: x1 + dx * scale, y2: y1 + dy * scale, scale };
}

/** The arrowhead's triangle at the arrow's head, as SVG polygon points. */
export function arrowHeadPoints(arrow: StepArrow, size = 8): string {
  const { x1, y1, x2, y2 } = arrow;
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  // Base of the head: `size` back along the arrow, half as wide on each side.
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const half = size / 2;
  const points = [
    [x2, y2],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
  return points.map(([x, y]) => pixelPair(x, y) ?? '0,0').join(' ');
}

/** Where the arrow's line stops, so its round end does not poke through the head's tip. */
export function arrowShaftEnd(arrow: StepArrow, size = 8): { x: number; y: number } {
  const { x1, y1, x2, y2 } = arrow;
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const back = Math.min(size * 0.8, length);
  return { x: x2 - ((x2 - x1) / length) * back, y: y2 - ((y2 - y1) / length) * back };
}
