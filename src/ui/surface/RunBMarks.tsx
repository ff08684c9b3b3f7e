import type { PlaneScales } from './projection';
import type { PlanePoint } from './range';
import type { TracedPath } from './pathTrace';

interface RunBMarksProps {
  /** Run B's path, projected on the same two axes as run A's. */
  path: TracedPath;
  iteration: number;
  current: PlanePoint | null;
  scales: PlaneScales;
}

/** Pixel coordinates are clamped here: SVG cannot draw a point at 10³⁰⁰. */
const FAR = 1e5;
const clampPixel = (v: number) => Math.max(-FAR, Math.min(FAR, v));

/**
 * Compare runs on one surface: run B's path up to the iteration it shows (dashed, in its colour)
 * and its current θ as a diamond, under run A's marks. Its path is at most a few thousand points
 * (PathTracer), redrawn as one polyline per frame.
 */
export function RunBMarks({ path, iteration, current, scales }: RunBMarksProps) {
  let points = '';
  for (let k = 0; k < path.xs.length && path.iterations[k] <= iteration; k++) {
    points += `${clampPixel(scales.x(path.xs[k])).toFixed(1)},${clampPixel(scales.y(path.ys[k])).toFixed(1)} `;
  }
  if (current) {
    points += `${clampPixel(scales.x(current.x)).toFixed(1)},${clampPixel(scales.y(current.y)).toFixed(1)}`;
  }
  const cx = current ? clampPixel(scales.x(current.x)) : 0;
  const cy = current ? clampPixel(scales.y(current.y)) : 0;
  return (
    <g className="surface-marks-b">
      {points && <polyline className="surface-path surface-path-b" points={points} />}
      {current && (
        <path
          className="surface-current-b"
          d={`M${cx},${cy - 6.5}L${cx + 6.5},${cy}L${cx},${cy + 6.5}L${cx - 6.5},${cy}Z`}
        />
      )}
    </g>
  );
}
