/**
 * The one-feature view's lines: the fitted curve p(x) = σ(θ·φ(x)), the level p = 0.5 (and 0.25,
 * 0.75 when asked for), and the boundary x where p = 0.5, marked and labelled with its value.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Frame } from './frame';
import type { PlotLayout } from './layout';
import { formatTick, truncateLabel } from './ticks';
import { clampPixel, finitePixels } from '../plot/pixels';

interface SigmoidLinesProps {
  readonly frame: Frame;
  readonly layout: PlotLayout;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xs: Float64Array;
  readonly featureName: string;
  readonly showQuartiles: boolean;
}

/** An SVG path through (x_k, p_k). */
function curvePath(
  xs: Float64Array,
  ps: Float64Array,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
): string {
  const round = (v: number) => Math.round(clampPixel(v) * 100) / 100;
  let d = '';
  for (let k = 0; k < xs.length; k++) {
    const [px, py] = [x(xs[k]), y(ps[k])];
    if (!finitePixels(px, py)) continue;
    d += `${d === '' ? 'M' : 'L'}${round(px)},${round(py)}`;
  }
  return d;
}

export function SigmoidLines(props: SigmoidLinesProps) {
  const { frame, layout, x, y, xs, featureName, showQuartiles } = props;
  const w = layout.plotWidth;
  const h = layout.plotHeight;
  const level = (p: number, className: string) => (
    <line className={className} x1={0} x2={w} y1={y(p)} y2={y(p)} />
  );
  return (
    <g aria-hidden="true">
      {showQuartiles && (
        <g className="data-quartile">
          {level(0.25, '')}
          {level(0.75, '')}
        </g>
      )}
      {level(0.5, 'data-half-line')}
      {frame.crossings.map((c, k) => {
        const px = clampPixel(x(c));
        if (!finitePixels(px)) return null;
        const label = `${truncateLabel(featureName, 12)} = ${formatTick(c, 3)}`;
        // The label sits beside the line, on the side with more room.
        const right = px < w / 2;
        return (
          <g key={k} className="data-crossing">
            <line x1={px} x2={px} y1={0} y2={h} />
            <text
              className="data-line-label"
              x={px + (right ? 5 : -5)}
              y={y(0.5)}
              dy="-0.45em"
              textAnchor={right ? 'start' : 'end'}
            >
              {label}
            </text>
          </g>
        );
      })}
      {frame.curve && (
        <>
          <path className="data-boundary-casing" d={curvePath(xs, frame.curve, x, y)} />
          <path className="data-curve" d={curvePath(xs, frame.curve, x, y)} />
        </>
      )}
    </g>
  );
}
