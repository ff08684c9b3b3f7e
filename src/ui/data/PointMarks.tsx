/**
 * The points, as SVG (a few hundred at most) or on a canvas (thousands). Both depend only on the
 * data, the size and the theme, never on θ, so they are drawn once per data change, not per frame.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { PlotColors } from '../plot/plotColors';
import { drawPoints, sizeCanvas } from './canvasLayers';
import { trianglePath } from './marks';

/** Above this many points, they are drawn on a canvas instead of as SVG elements. */
export const SVG_POINT_LIMIT = 1000;

interface PointMarksProps {
  readonly positions: Float64Array;
  readonly labels: Float64Array;
  readonly radius: number;
  /** 1 for a held-out point (drawn hollow), row for row; null when nothing is held out. */
  readonly heldOut: Uint8Array | null;
}

/**
 * Circles for y = 0 and triangles for y = 1, coloured by class through the theme's variables;
 * held-out points are the same shapes, hollow (an outline in the class's colour).
 */
export const SvgPoints = memo(function SvgPoints({
  positions,
  labels,
  radius,
  heldOut,
}: PointMarksProps) {
  const marks = [];
  for (let i = 0; i < labels.length; i++) {
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    const held = heldOut?.[i] === 1 ? ' data-point-held-out' : '';
    marks.push(
      labels[i] === 1 ? (
        <path key={i} className={`data-point data-point-1${held}`} d={trianglePath(x, y, radius)} />
      ) : (
        <circle key={i} className={`data-point data-point-0${held}`} cx={x} cy={y} r={radius} />
      ),
    );
  }
  return (
    <g className="data-points" aria-hidden="true">
      {marks}
    </g>
  );
});

interface CanvasPointsProps extends PointMarksProps {
  readonly width: number;
  readonly height: number;
  readonly colors: PlotColors;
}

/** The same marks on a canvas of the plotting area's size, for thousands of points. */
export function CanvasPoints({
  positions,
  labels,
  radius,
  heldOut,
  width,
  height,
  colors,
}: CanvasPointsProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const context = ref.current && sizeCanvas(ref.current, width, height);
    if (context) drawPoints(context, positions, labels, radius, colors, heldOut);
  }, [positions, labels, radius, heldOut, width, height, colors]);
  return <canvas ref={ref} className="data-layer" aria-hidden="true" />;
}
