/**
 * The reader's sketch of the boundary (predict, then see): a dashed polyline over the points, on
 * a pale casing so it reads over the field, the points and the model's boundary alike; and, while
 * the keyboard draws it, the cursor where Enter adds the next vertex.
 */
import type { ScreenGeometry } from './geometry';
import type { DataPoint } from '../story/sketchCloseness';
import { clampPixel, finitePixels } from '../plot/pixels';

export function SketchLine({
  line,
  cursor,
  screen,
}: {
  line: readonly DataPoint[] | null;
  cursor: DataPoint | null;
  screen: ScreenGeometry;
}) {
  const pixels = (line ?? [])
    .map(([x, y]) => [clampPixel(screen.x(x)), clampPixel(screen.y(y))] as const)
    .filter(([x, y]) => finitePixels(x, y));
  const d =
    pixels.length > 0
      ? `M${pixels.map(([x, y]) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join('L')}`
      : '';
  const cx = cursor ? screen.x(cursor[0]) : NaN;
  const cy = cursor ? screen.y(cursor[1]) : NaN;
  return (
    <g className="data-sketch-layer">
      {pixels.length === 1 && (
        <circle className="data-sketch-vertex" cx={pixels[0][0]} cy={pixels[0][1]} r={3} />
      )}
      {pixels.length > 1 && (
        <>
          <path className="data-sketch-casing" d={d} />
          <path className="data-sketch" d={d} />
        </>
      )}
      {cursor && finitePixels(cx, cy) && (
        <g className="data-sketch-cursor">
          <circle cx={cx} cy={cy} r={7} />
          <line x1={cx - 11} y1={cy} x2={cx + 11} y2={cy} />
          <line x1={cx} y1={cy - 11} x2={cx} y2={cy + 11} />
        </g>
      )}
    </g>
  );
}
