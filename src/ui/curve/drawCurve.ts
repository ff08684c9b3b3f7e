/**
 * Paints the loss curve's lines on a canvas: each series is a few polylines already reduced to the
 * pixel columns (downsample.ts), so this is at most a few thousand lineTo calls per frame.
 */
import type { Polyline } from './downsample';

export interface CurveSeries {
  readonly lines: readonly Polyline[];
  /** Value ↦ pixel row of the plot area. */
  readonly y: (value: number) => number;
  readonly color: string;
  readonly width: number;
  /** Canvas line dash ([] for solid): the gradient norm is dashed, so it differs by more than hue. */
  readonly dash: readonly number[];
}

/** Pixel rows are clamped this far outside the plot: far enough to leave it, near enough to draw. */
const OVERSHOOT = 40;

export function drawCurve(
  context: CanvasRenderingContext2D,
  series: readonly CurveSeries[],
  x: (iteration: number) => number,
  width: number,
  height: number,
): void {
  context.clearRect(0, 0, width, height);
  context.lineJoin = 'round';
  context.lineCap = 'round';
  const clampY = (v: number) => Math.max(-OVERSHOOT, Math.min(height + OVERSHOOT, v));
  for (const s of series) {
    context.strokeStyle = s.color;
    context.lineWidth = s.width;
    context.setLineDash(s.dash as number[]);
    for (const line of s.lines) {
      context.beginPath();
      for (let k = 0; k < line.xs.length; k++) {
        const px = x(line.xs[k]);
        const py = clampY(s.y(line.ys[k]));
        if (k === 0) context.moveTo(px, py);
        else context.lineTo(px, py);
      }
      // A lone point (one finite value between gaps) is drawn as a dot.
      if (line.xs.length === 1) context.lineTo(x(line.xs[0]) + 0.01, clampY(s.y(line.ys[0])));
      context.stroke();
    }
  }
  context.setLineDash([]);
}
