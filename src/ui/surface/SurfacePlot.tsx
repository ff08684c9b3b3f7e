import type { ReactNode } from 'react';
import { memo } from 'react';
import { PlotAxis } from '../plot/PlotAxis';
import type { PlotLayout, PlaneScales } from './projection';
import { BASE_PLOT_FONT } from '../plot/figureType';
import { linearTicks } from '../plot/ticks';
import type { SurfacePointerHandlers } from './useSurfacePointer';

interface SurfacePlotProps {
  layout: PlotLayout;
  scales: PlaneScales;
  xTitle: string;
  yTitle: string;
  /** The figures' text size, px: the ticks are spaced and the titles placed for it. */
  fontSize: number;
  /** Clicks and drags on the plot area set θ there. */
  pointer: SurfacePointerHandlers;
  /** What is drawn in the plot area, in its pixels (the marks). */
  children: ReactNode;
}

/** Pixels per tick, roughly: enough room for labels like "−1.5". */
const PIXELS_PER_X_TICK = 64;
const PIXELS_PER_Y_TICK = 44;

/**
 * The SVG over the contour canvas: the plot area's frame, the two axes, and the plot area itself,
 * which takes the pointer and clips the marks.
 */
export function SurfacePlot({
  layout,
  scales,
  xTitle,
  yTitle,
  pointer,
  fontSize,
  children,
}: SurfacePlotProps) {
  const { plotWidth, plotHeight, margin } = layout;
  return (
    <svg
      className="surface-svg"
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
      focusable="false"
    >
      <SurfaceAxes
        layout={layout}
        scales={scales}
        xTitle={xTitle}
        yTitle={yTitle}
        fontSize={fontSize}
      />
      {/* A nested <svg> clips its content to the plot area, with no clip-path id. */}
      <svg
        className={pointer.dragging ? 'surface-plot surface-plot-dragging' : 'surface-plot'}
        x={margin.left}
        y={margin.top}
        width={plotWidth}
        height={plotHeight}
        onPointerDown={pointer.onPointerDown}
        onPointerMove={pointer.onPointerMove}
        onPointerUp={pointer.onPointerUp}
        onPointerCancel={pointer.onPointerUp}
      >
        <rect className="surface-hit" width={plotWidth} height={plotHeight} />
        {children}
      </svg>
    </svg>
  );
}

type SurfaceAxesProps = Pick<
  SurfacePlotProps,
  'layout' | 'scales' | 'xTitle' | 'yTitle' | 'fontSize'
>;

/**
 * The plot area's frame and the two axes. Memoized: they change with the view (a zoom, a range that
 * grows, a resize), not with the snapshots that move the marks, so a frame while playing neither
 * re-renders their ticks nor touches their SVG.
 */
const SurfaceAxes = memo(function SurfaceAxes({
  layout,
  scales,
  xTitle,
  yTitle,
  fontSize,
}: SurfaceAxesProps) {
  const k = fontSize / BASE_PLOT_FONT;
  const { plotWidth, plotHeight, margin } = layout;
  return (
    <>
      <rect
        className="surface-plot-frame"
        x={margin.left}
        y={margin.top}
        width={plotWidth}
        height={plotHeight}
      />
      <PlotAxis
        side="bottom"
        ticks={linearTicks(scales.x, plotWidth / (PIXELS_PER_X_TICK * k))}
        length={plotWidth}
        title={xTitle}
        titleOffset={32 * k}
        transform={`translate(${margin.left}, ${margin.top + plotHeight})`}
      />
      <PlotAxis
        side="left"
        ticks={linearTicks(scales.y, plotHeight / (PIXELS_PER_Y_TICK * k))}
        length={plotHeight}
        title={yTitle}
        titleOffset={40 * k}
        transform={`translate(${margin.left}, ${margin.top})`}
      />
    </>
  );
});
