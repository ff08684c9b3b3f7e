import { useEffect, useMemo, useRef } from 'react';
import type { PlotColors } from '../plot/plotColors';
import type { GridExtent } from './contours';
import { contourThresholds, gridToPixel, levelColors, surfaceContours } from './contours';
import { drawContours } from './drawContours';
import type { PlotLayout, PlaneScales } from './projection';
import type { SurfaceGrid } from './sliceSchedule';

interface ContourCanvasProps {
  grid: SurfaceGrid | null;
  extent: GridExtent | null;
  layout: PlotLayout;
  scales: PlaneScales;
  colors: PlotColors;
}

/**
 * The filled contours of the loss surface, on a canvas over the plot area. The polygons are
 * computed once per grid; moving the view or changing the theme only repaints them.
 */
export function ContourCanvas({ grid, extent, layout, scales, colors }: ContourCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const levels = useMemo(
    () => (grid ? surfaceContours(grid.values, grid.size, contourThresholds(extent)) : []),
    [grid, extent],
  );
  const { plotWidth, plotHeight } = layout;

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(plotWidth * ratio);
    const height = Math.round(plotHeight * ratio);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (!grid) {
      context.clearRect(0, 0, plotWidth, plotHeight);
      return;
    }
    drawContours(
      context,
      levels,
      gridToPixel(grid.request.spec, scales),
      {
        fills: levelColors(levels.length, colors.surfaceLow, colors.surfaceHigh),
        line: colors.contour,
        lineAlpha: 0.55,
        lineWidth: 0.75,
      },
      plotWidth,
      plotHeight,
    );
  }, [grid, levels, scales, colors, plotWidth, plotHeight]);

  return (
    <canvas
      ref={canvasRef}
      className="surface-canvas"
      aria-hidden="true"
      style={{
        left: layout.margin.left,
        top: layout.margin.top,
        width: plotWidth,
        height: plotHeight,
      }}
    />
  );
}
