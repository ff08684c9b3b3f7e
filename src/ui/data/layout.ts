/**
 * The figure's box for a given width: margins for the axes, and a plotting area a little flatter
 * than square (square on narrow screens), so on a laptop the three panels and the training strip
 * share one screen.
 */

import type { Margin, PlotLayout } from '../plot/layout';
import { plotLayout as boxLayout } from '../plot/layout';

export type { Margin, PlotLayout };

/** Room for the tick labels ("−2.5") and the rotated axis name on the left, the axis name below. */
export const MARGIN: Margin = { top: 10, right: 12, bottom: 42, left: 52 };

/** Narrower than this, the figure scrolls rather than squeezing the points together (in the page's
 * flow; on the stage the figure shrinks to the room it has, down to half this). */
export const MIN_WIDTH = 220;

/** Height over width of the plotting area: square below `SQUARE_BELOW` px, flatter above. */
const WIDE_ASPECT = 0.86;
const SQUARE_BELOW = 360;

/**
 * The data figure's box for the panel's width: the height follows from the aspect. Given the
 * height available too (the stage), the figure is as large as fits both, keeping its aspect.
 */
export function plotLayout(
  availableWidth: number,
  margin: Margin = MARGIN,
  availableHeight = Infinity,
): PlotLayout {
  let width = Math.max(MIN_WIDTH, Math.floor(availableWidth));
  const aspectFor = (w: number) => (w < SQUARE_BELOW ? 1 : WIDE_ASPECT);
  const plotRoom = availableHeight - margin.top - margin.bottom;
  if (Number.isFinite(plotRoom)) {
    // The widest figure whose plotting area, at its aspect, is no taller than the room.
    const widest = (aspect: number) => Math.floor(plotRoom / aspect) + margin.left + margin.right;
    const fitted = widest(WIDE_ASPECT) >= SQUARE_BELOW ? widest(WIDE_ASPECT) : widest(1);
    width = Math.max(MIN_WIDTH / 2, Math.min(width, fitted));
  }
  const aspect = aspectFor(width);
  const plotHeight = Math.round((width - margin.left - margin.right) * aspect);
  return boxLayout(width, plotHeight + margin.top + margin.bottom, margin);
}
