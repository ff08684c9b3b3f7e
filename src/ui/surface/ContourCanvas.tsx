import { useEffect, useRef } from 'react';
import type { PlotColors } from '../plot/plotColors';
import { gridAffine, levelColors } from './contours';
import { drawContours } from './drawContours';
import type { PlotLayout, PlaneScales } from './projection';
import type { SurfaceGrid } from './sliceSchedule';

interface ContourCanvasProps {
  grid: SurfaceGrid | null;
  layout: PlotLayout;
  scales: PlaneScales;
  colors: PlotColors;
}

/**
 * The filled contours of the loss surface, on a canvas over the plot area. The polygons come with
 * the grid from the surface worker; the page paints them, once per grid, and again only when the
 * view or the theme changes.
 */
export function ContourCanvas({ grid, layout, scales, colors }: ContourCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
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
    const { levels } = grid.contours;
    drawContours(
      context,
      levels,
      gridAffine(grid.request.spec, scales),
      {
        fills: levelColors(levels.length, colors.surfaceLow, colors.surfaceHigh),
        line: colors.contour,
        lineAlpha: 0.55,
        lineWidth: 0.75,
      },
      plotWidth,
      plotHeight,
    );
  }, [grid, scales, colors, plotWidth, plotHeight]);

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
