/**
 * Paints filled contours on a canvas: each level's region J ≥ t over the one below it (the painter's
 * order gives the bands), then thin lines along the level boundaries.
 */
import type { ContourLevel, GridAffine } from './contours';

export interface ContourStyle {
  /** One fill per level, lowest first. */
  readonly fills: readonly string[];
  readonly line: string;
  readonly lineAlpha: number;
  readonly lineWidth: number;
}

/** The level's rings as one path, in plot pixels (flat arrays and an affine map: no allocation). */
function traceLevel(context: CanvasRenderingContext2D, level: ContourLevel, to: GridAffine): void {
  const { points, ringSizes } = level;
  const { x0, kx, y0, ky } = to;
  context.beginPath();
  let p = 0;
  for (let r = 0; r < ringSizes.length; r++) {
    const end = p + 2 * ringSizes[r];
    if (p === end) continue;
    context.moveTo(x0 + kx * points[p], y0 + ky * points[p + 1]);
    for (p += 2; p < end; p += 2) context.lineTo(x0 + kx * points[p], y0 + ky * points[p + 1]);
    context.closePath();
  }
}

/**
 * Draws `levels` (computed in the surface worker, in grid units) onto a context already scaled to
 * CSS pixels, after clearing `width` × `height`.
 */
export function drawContours(
  context: CanvasRenderingContext2D,
  levels: readonly ContourLevel[],
  to: GridAffine,
  style: ContourStyle,
  width: number,
  height: number,
): void {
  context.clearRect(0, 0, width, height);
  levels.forEach((level, k) => {
    traceLevel(context, level, to);
    context.fillStyle = style.fills[Math.min(k, style.fills.length - 1)];
    // Holes are rings inside rings of the same polygon: even-odd leaves them unfilled.
    context.fill('evenodd');
  });
  context.globalAlpha = style.lineAlpha;
  context.strokeStyle = style.line;
  context.lineWidth = style.lineWidth;
  // The lowest level covers the whole grid: its outline is the grid's edge, not a contour.
  levels.slice(1).forEach((level) => {
    traceLevel(context, level, to);
    context.stroke();
  });
  context.globalAlpha = 1;
}
