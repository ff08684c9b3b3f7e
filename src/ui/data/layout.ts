/**
 * The figure's box for a given width: margins for the axes, and a plotting area a little flatter
 * than square (square on narrow screens), so on a laptop the three panels and the training strip
 * share one screen.
 */

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface PlotLayout {
  /** The whole figure, axes included, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** The plotting area inside the margins: where the field, the points and the boundary go. */
  readonly plotWidth: number;
  readonly plotHeight: number;
}

/** Room for the tick labels ("−2.5") and the rotated axis name on the left, the axis name below. */
export const MARGIN: Margin = { top: 10, right: 12, bottom: 42, left: 52 };

/** Narrower than this, the figure scrolls rather than squeezing the points together. */
export const MIN_WIDTH = 220;

/** Height over width of the plotting area: square below `SQUARE_BELOW` px, flatter above. */
const WIDE_ASPECT = 0.86;
const SQUARE_BELOW = 360;

export function plotLayout(availableWidth: number, margin: Margin = MARGIN): PlotLayout {
  const width = Math.max(MIN_WIDTH, Math.floor(availableWidth));
  const plotWidth = width - margin.left - margin.right;
  const aspect = width < SQUARE_BELOW ? 1 : WIDE_ASPECT;
  const plotHeight = Math.round(plotWidth * aspect);
  return {
    width,
    height: plotHeight + margin.top + margin.bottom,
    margin,
    plotWidth,
    plotHeight,
  };
}
