import './plotAxis.css';
import type { Tick } from './ticks';

interface PlotAxisProps {
  /** Which side of the plot area the axis is on; ticks point away from the plot. */
  side: 'bottom' | 'left' | 'right';
  ticks: readonly Tick[];
  /** Length of the axis line in pixels (the plot area's width or height). */
  length: number;
  title: string;
  /** Distance from the axis line to the title's baseline (or centre, for vertical axes). */
  titleOffset: number;
  /** Placement of the axis line, e.g. "translate(48, 300)". */
  transform: string;
  className?: string;
}

const TICK = 5;
const GAP = 3;

/**
 * One axis of a figure in SVG: the line, its ticks and labels, and its title. Labels are React
 * text nodes, never HTML, so names from a user's CSV are shown as they are.
 */
export function PlotAxis({
  side,
  ticks,
  length,
  title,
  titleOffset,
  transform,
  className,
}: PlotAxisProps) {
  const horizontal = side === 'bottom';
  const sign = side === 'left' ? -1 : 1;
  return (
    <g className={className ? `plot-axis ${className}` : 'plot-axis'} transform={transform}>
      <line
        className="plot-axis-line"
        x1={0}
        y1={0}
        x2={horizontal ? length : 0}
        y2={horizontal ? 0 : length}
      />
      {ticks.map((tick) =>
        horizontal ? (
          <g key={tick.value} transform={`translate(${tick.position}, 0)`}>
            <line className="plot-axis-tick" y2={TICK} />
            <text className="plot-axis-label" y={TICK + GAP} dy="0.71em" textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ) : (
          <g key={tick.value} transform={`translate(0, ${tick.position})`}>
            <line className="plot-axis-tick" x2={sign * TICK} />
            <text
              className="plot-axis-label"
              x={sign * (TICK + GAP)}
              dy="0.32em"
              textAnchor={side === 'left' ? 'end' : 'start'}
            >
              {tick.label}
            </text>
          </g>
        ),
      )}
      {horizontal ? (
        <text className="plot-axis-title" x={length / 2} y={titleOffset} textAnchor="middle">
          {title}
        </text>
      ) : (
        <text
          className="plot-axis-title"
          transform={`translate(${sign * titleOffset}, ${length / 2}) rotate(${sign * 90})`}
          textAnchor="middle"
        >
          {title}
        </text>
      )}
    </g>
  );
}
