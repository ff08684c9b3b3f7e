import { clampPixel, finitePixels } from '../plot/pixels';
import { formatCount } from '../text/format';

/** The held-out line's dash on the canvas (and in the legend): it differs by more than hue. */
export const HELD_OUT_DASH: readonly number[] = [8, 3, 2, 3];

/** The plot height, px, below which the mark goes without its words. */
const MIN_WORDED_HEIGHT = 60;

interface EarlyStoppingMarkProps {
  /** The column and row of the lowest held-out loss, in plot pixels. */
  readonly x: number;
  readonly y: number;
  readonly iteration: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
}

/**
 * Early stopping on the loss chart: a dotted rule at the iteration with the lowest held-out loss,
 * a ring on the held-out line there, and the words, on whichever side of the rule has room.
 */
export function EarlyStoppingMark({
  x: column,
  y: row,
  iteration,
  plotWidth,
  plotHeight,
}: EarlyStoppingMarkProps) {
  if (!finitePixels(column)) return null;
  const x = clampPixel(column);
  const ring = finitePixels(row) ? Math.max(4, Math.min(plotHeight - 4, row)) : null;
  const right = x < plotWidth / 2;
  // Words only where they fit under the lines (a chart squeezed on the stage keeps the rule and
  // the ring; its description says the same).
  const worded = plotHeight >= MIN_WORDED_HEIGHT;
  return (
    <g className="loss-chart-stop">
      <line x1={x} x2={x} y1={0} y2={plotHeight} />
      {ring !== null && <circle cx={x} cy={ring} r={6} />}
      {worded && (
        <text x={right ? x + 5 : x - 5} y={plotHeight - 6} textAnchor={right ? 'start' : 'end'}>
          early stop: lowest held-out loss, iteration {formatCount(iteration)}
        </text>
      )}
    </g>
  );
}
