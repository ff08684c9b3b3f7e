import { useMemo } from 'react';
import type { PlaneScales } from './projection';
import type { PlanePoint } from './range';
import type { TracedPath } from './pathTrace';
import { clampPixel, finitePixels, pixelPair } from '../plot/pixels';

/** Points per settled block, as for run A's path. */
const BLOCK = 256;

/** Points [from, to) of the path as an SVG points list, those that are no number left out. */
function polylinePoints(path: TracedPath, from: number, to: number, scales: PlaneScales): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const pair = pixelPair(scales.x(path.xs[k]), scales.y(path.ys[k]));
    if (pair) out += `${pair} `;
  }
  return out;
}

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
 * (PathTracer), drawn like run A's (SurfaceMarks): a settled prefix in whole blocks, kept while
 * the path's epoch holds, and a short live tail, so a frame rewrites only the tail's points.
 */
export function RunBMarks({ path, iteration, current, scales }: RunBMarksProps) {
  let split = 0;
  while (split < path.xs.length && path.iterations[split] <= iteration) split++;
  // Up to index settled (inclusive) the points cannot change while path.epoch holds: it stays
  // below the last point, the only one the tracer rewrites.
  const settled = split >= 2 ? Math.floor((split - 2) / BLOCK) * BLOCK : 0;
  const settledPoints = useMemo(
    () => (settled > 0 ? polylinePoints(path, 0, settled + 1, scales) : ''),
    // path.xs and path.ys are new arrays on every update, with the same prefix while the epoch holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [path.epoch, settled, scales],
  );
  let points = polylinePoints(path, settled, split, scales);
  const shown = current && finitePixels(scales.x(current.x), scales.y(current.y)) ? current : null;
  if (shown) points += pixelPair(scales.x(shown.x), scales.y(shown.y));
  const cx = shown ? clampPixel(scales.x(shown.x)) : 0;
  const cy = shown ? clampPixel(scales.y(shown.y)) : 0;
  return (
    <g className="surface-marks-b">
      {settledPoints && <polyline className="surface-path surface-path-b" points={settledPoints} />}
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
