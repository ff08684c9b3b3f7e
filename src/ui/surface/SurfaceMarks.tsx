import { useMemo, useState } from 'react';
import type { PlaneScales } from './projection';
import type { PlanePoint } from './range';
import type { StepArrow } from './gradientArrow';
import { arrowHeadPoints, arrowShaftEnd } from './gradientArrow';
import type { TracedPath } from './pathTrace';
import { clampPixel, finitePixels } from '../plot/pixels';
import { SettledBlocks, pointsList, settledEnd } from './pathBlocks';

interface SurfaceMarksProps {
  path: TracedPath;
  /** The iteration shown: the path after it (the "future" after a step back) is drawn faint. */
  iteration: number;
  current: PlanePoint | null;
  arrow: StepArrow | null;
  optimum: PlanePoint | null;
  scales: PlaneScales;
}

/** Path points are drawn as dots too while there are few of them (single steps read as steps). */
const MAX_DOTS = 60;
/** The points as an SVG points list (pathBlocks.ts). */
const polylinePoints = (xs: readonly number[], ys: readonly number[], scales: PlaneScales) =>
  pointsList(xs, ys, 0, xs.length, scales);

/** The five-pointed star of the optimum θ*, centred on (cx, cy). */
function starPath(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.45;
  let d = '';
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    d += `${k === 0 ? 'M' : 'L'}${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
  }
  return `${d}Z`;
}

/**
 * What the optimizer did on the surface, in SVG over the contours: its path (past solid, future
 * faint), the gradient step −η∇J as an arrow, the current θ, and the optimum θ* as a hollow star.
 */
export function SurfaceMarks({
  path,
  iteration,
  current,
  arrow,
  optimum,
  scales,
}: SurfaceMarksProps) {
  // Split at the iteration shown; the current point joins the two parts.
  let split = path.iterations.length;
  while (split > 0 && path.iterations[split - 1] > iteration) split--;
  // The past path as settled blocks and a short live tail (pathBlocks.ts): while playing only the
  // tail's SVG changes, not a polyline of thousands of points per frame.
  const settled = settledEnd(split);
  const [blocks] = useState(() => new SettledBlocks());
  const settledPoints = useMemo(
    () => blocks.get(path, settled, scales),
    // path.xs and path.ys are new arrays on every update, with the same prefix while the epoch holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [blocks, path.epoch, settled, scales],
  );
  const pastXs = path.xs.slice(settled, split);
  const pastYs = path.ys.slice(settled, split);
  const futureXs = current ? [current.x, ...path.xs.slice(split)] : path.xs.slice(split);
  const futureYs = current ? [current.y, ...path.ys.slice(split)] : path.ys.slice(split);
  if (current && split > 0) {
    pastXs.push(current.x);
    pastYs.push(current.y);
  }
  return (
    <g className="surface-marks">
      {futureXs.length > 1 && (
        <polyline
          className="surface-path surface-path-future"
          points={polylinePoints(futureXs, futureYs, scales)}
        />
      )}
      {settledPoints && <polyline className="surface-path" points={settledPoints} />}
      {pastXs.length > 1 && (
        <polyline className="surface-path" points={polylinePoints(pastXs, pastYs, scales)} />
      )}
      {path.xs.length <= MAX_DOTS &&
        path.xs.map((x, k) =>
          !finitePixels(scales.x(x), scales.y(path.ys[k])) ? null : (
            <circle
              key={k}
              className={k < split ? 'surface-path-dot' : 'surface-path-dot surface-path-future'}
              cx={clampPixel(scales.x(x))}
              cy={clampPixel(scales.y(path.ys[k]))}
              r={2}
            />
          ),
        )}
      {arrow && (
        <g className="surface-arrow">
          <line
            x1={arrow.x1}
            y1={arrow.y1}
            x2={arrowShaftEnd(arrow).x}
            y2={arrowShaftEnd(arrow).y}
          />
          <polygon points={arrowHeadPoints(arrow)} />
        </g>
      )}
      {current && finitePixels(scales.x(current.x), scales.y(current.y)) && (
        <circle
          className="surface-current"
          cx={clampPixel(scales.x(current.x))}
          cy={clampPixel(scales.y(current.y))}
          r={5}
        />
      )}
      {/* On top and hollow: as the run converges the current point is seen inside the star. */}
      {optimum && finitePixels(scales.x(optimum.x), scales.y(optimum.y)) && (
        <path
          className="surface-optimum"
          d={starPath(clampPixel(scales.x(optimum.x)), clampPixel(scales.y(optimum.y)), 9)}
        />
      )}
    </g>
  );
}
