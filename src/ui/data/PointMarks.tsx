/**
 * The points as SVG (a thousand at most; more are drawn on the frame's canvas, FrameCanvases.tsx).
 * They depend only on the data, the size and the theme, never on θ, so they are drawn once per
 * data change, not per frame.
 */
import { memo } from 'react';
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
