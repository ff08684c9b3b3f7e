import { useMemo, useState } from 'react';
import type { PlaneScales } from './projection';
import type { PlanePoint } from './range';
import type { TracedPath } from './pathTrace';
import { clampPixel, finitePixels, pixelPair } from '../plot/pixels';
import { SettledBlocks, pointsList, settledEnd } from './pathBlocks';

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
 * (PathTracer), drawn like run A's (pathBlocks.ts): settled blocks, each kept while the path's
 * epoch holds, and a short live tail, so a frame rewrites only the tail's points.
 */
export function RunBMarks({ path, iteration, current, scales }: RunBMarksProps) {
  let split = 0;
  while (split < path.xs.length && path.iterations[split] <= iteration) split++;
  const settled = settledEnd(split);
  const [blocks] = useState(() => new SettledBlocks());
  const settledPoints = useMemo(
    () => blocks.get(path, settled, scales),
    // path.xs and path.ys are new arrays on every update, with the same prefix while the epoch holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [blocks, path.epoch, settled, scales],
  );
  let points = pointsList(path.xs, path.ys, settled, split, scales);
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
