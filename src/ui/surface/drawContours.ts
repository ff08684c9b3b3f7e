/**
 * Paints filled contours on a canvas: each level's region J ≥ t over the one below it (the painter's
 * order gives the bands), then thin lines along the level boundaries.
 */
import type { ContourMultiPolygon } from 'd3-contour';

export interface ContourStyle {
  /** One fill per level, lowest first. */
  readonly fills: readonly string[];
  readonly line: string;
  readonly lineAlpha: number;
  readonly lineWidth: number;
}

function tracePolygon(
  context: CanvasRenderingContext2D,
  polygon: ContourMultiPolygon,
  toPixel: (gx: number, gy: number) => [number, number],
): void {
  context.beginPath();
  for (const rings of polygon.coordinates) {
    for (const ring of rings) {
      ring.forEach(([gx, gy], k) => {
        const [px, py] = toPixel(gx, gy);
        if (k === 0) context.moveTo(px, py);
        else context.lineTo(px, py);
      });
      context.closePath();
    }
  }
}

/**
 * Draws `levels` (d3-contour's output, in grid units) onto a context already scaled to CSS pixels,
 * after clearing `width` × `height`.
 */
export function drawContours(
  context: CanvasRenderingContext2D,
  levels: readonly ContourMultiPolygon[],
  toPixel: (gx: number, gy: number) => [number, number],
  style: ContourStyle,
  width: number,
  height: number,
): void {
  context.clearRect(0, 0, width, height);
  levels.forEach((level, k) => {
    tracePolygon(context, level, toPixel);
    context.fillStyle = style.fills[Math.min(k, style.fills.length - 1)];
    // Holes are rings inside rings of the same polygon: even-odd leaves them unfilled.
    context.fill('evenodd');
  });
  context.globalAlpha = style.lineAlpha;
  context.strokeStyle = style.line;
  context.lineWidth = style.lineWidth;
  // The lowest level covers the whole grid: its outline is the grid's edge, not a contour.
  levels.slice(1).forEach((level) => {
    tracePolygon(context, level, toPixel);
    context.stroke();
  });
  context.globalAlpha = 1;
}
