/**
 * The axes of the figure in raw feature units: light grid lines behind the field, and ticks with
 * their values and the features' names in front of it. Feature names are user text (CSV headers):
 * shown as plain text, cut to fit, in full on hover.
 */
import type { ScaleLinear } from 'd3-scale';
import { memo } from 'react';
import { safeTicks } from '../plot/safeScale';
import type { PlotLayout } from './layout';
import { BASE_PLOT_FONT } from '../plot/figureType';
import { formatTick, truncateLabel } from './ticks';

export interface AxesProps {
  readonly layout: PlotLayout;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Fixed tick values for the vertical axis (the sigmoid view's 0, 0.25, …, 1). */
  readonly yTicks?: readonly number[];
  /** The figures' text size, px: ticks are spaced and names cut for it. */
  readonly fontSize: number;
}

/** Pixels per tick: about one tick label every 55 px across and 45 px up. */
const X_TICK_SPACING = 55;
const Y_TICK_SPACING = 45;
/** Average width of a label character at the axis font size, to cut long names. */
const CHAR_WIDTH = 7;

function tickValues({ layout, x, y, yTicks, fontSize }: AxesProps): { xs: number[]; ys: number[] } {
  const k = fontSize / BASE_PLOT_FONT;
  return {
    xs: safeTicks(x, Math.max(2, Math.floor(layout.plotWidth / (X_TICK_SPACING * k)))),
    ys: yTicks
      ? [...yTicks]
      : safeTicks(y, Math.max(2, Math.floor(layout.plotHeight / (Y_TICK_SPACING * k)))),
  };
}

/** Grid lines at the ticks, drawn under the probability field. Memoized: it changes with size only. */
export const GridLines = memo(function GridLines(props: AxesProps) {
  const { layout, x, y } = props;
  const { xs, ys } = tickValues(props);
  return (
    <g className="data-grid" aria-hidden="true">
      <rect className="data-grid-frame" width={layout.plotWidth} height={layout.plotHeight} />
      {xs.map((v) => (
        <line key={`x${v}`} x1={x(v)} x2={x(v)} y1={0} y2={layout.plotHeight} />
      ))}
      {ys.map((v) => (
        <line key={`y${v}`} x1={0} x2={layout.plotWidth} y1={y(v)} y2={y(v)} />
      ))}
    </g>
  );
});

/** Ticks, tick values and axis names, drawn over the plot's margins. Memoized like GridLines. */
export const AxisMarks = memo(function AxisMarks(props: AxesProps) {
  const { layout, x, y, xLabel, yLabel, fontSize } = props;
  const charWidth = (CHAR_WIDTH * fontSize) / BASE_PLOT_FONT;
  const { xs, ys } = tickValues(props);
  const { plotWidth: w, plotHeight: h, margin } = layout;
  return (
    <g className="data-axes" aria-hidden="true">
      <g transform={`translate(0, ${h})`}>
        <line className="data-axis-line" x1={0} x2={w} />
        {xs.map((v) => (
          <g key={v} transform={`translate(${x(v)}, 0)`}>
            <line className="data-axis-tick" y2={5} />
            <text className="data-tick-label" y={8} dy="0.71em" textAnchor="middle">
              {formatTick(v)}
            </text>
          </g>
        ))}
        <text className="data-axis-label" x={w / 2} y={margin.bottom - 6} textAnchor="middle">
          <title>{xLabel}</title>
          {truncateLabel(xLabel, Math.floor(w / charWidth))}
        </text>
      </g>
      <line className="data-axis-line" y1={0} y2={h} />
      {ys.map((v) => (
        <g key={v} transform={`translate(0, ${y(v)})`}>
          <line className="data-axis-tick" x2={-5} />
          <text className="data-tick-label" x={-8} dy="0.32em" textAnchor="end">
            {formatTick(v)}
          </text>
        </g>
      ))}
      <text
        className="data-axis-label"
        transform={`translate(${-margin.left}, ${h / 2}) rotate(-90)`}
        dy="1em"
        textAnchor="middle"
      >
        <title>{yLabel}</title>
        {truncateLabel(yLabel, Math.floor(h / charWidth))}
      </text>
    </g>
  );
});
