import type { PlaneScales } from './projection';
import type { PlanePoint } from './range';
import type { TracedPath } from './pathTrace';
import { clampPixel, finitePixels, pixelPair } from '../plot/pixels';

interface RunBMarksProps {
  /** Run B's path, projected on the same two axes as run A's. */
  path: TracedPath;
  iteration: number;
  current: PlanePoint | null;
  scales: PlaneScales;
}

/**
 * Compare runs on one surface: run B's path up to the iteration it shows (dashed, in its colour)
 * and its current θ as a diamond, under run A's marks. Its path is at most a few thousand points
 * (PathTracer), redrawn as one polyline per frame.
 */
export function RunBMarks({ path, iteration, current, scales }: RunBMarksProps) {
  let points = '';
  for (let k = 0; k < path.xs.length && path.iterations[k] <= iteration; k++) {
    const pair = pixelPair(scales.x(path.xs[k]), scales.y(path.ys[k]));
    if (pair) points += `${pair} `;
  }
  const shown = current && finitePixels(scales.x(current.x), scales.y(current.y)) ? current : null;
  if (shown) points += pixelPair(scales.x(shown.x), scales.y(shown.y));
  const cx = shown ? clampPixel(scales.x(shown.x)) : 0;
  const cy = shown ? clampPixel(scales.y(shown.y)) : 0;
  return (
    <g className="surface-marks-b">
      {points && <polyline className="surface-path surface-path-b" points={points} />}
      {shown && (
        <path
          className="surface-current-b"
          d={`M${cx},${cy - 6.5}L${cx + 6.5},${cy}L${cx},${cy + 6.5}L${cx - 6.5},${cy}Z`}
        />
      )}
    </g>
  );
}
