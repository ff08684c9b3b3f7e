import type { ReactNode } from 'react';
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
  const k = fontSize / BASE_PLOT_FONT;
  const { plotWidth, plotHeight, margin } = layout;
  return (
    <svg
      className="surface-svg"
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
      focusable="false"
    >
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
