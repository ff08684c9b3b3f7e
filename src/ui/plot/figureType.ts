/**
 * The size of the text drawn in the figures (tick values, axis names, legends), in CSS px. One
 * number, set on the page as `--plot-font-size` and read by the figures' layouts, so the margins
 * grow with the labels they hold. In presentation mode it follows the screen's width, so a 1080p
 * projector draws 20 px labels for the back of the room.
 */
import type { Margin } from './layout';

/** The size the figures' margins and tick spacings were designed at. */
export const BASE_PLOT_FONT = 12;

export function plotFontSize(presenting: boolean, viewportWidth: number): number {
  if (presenting) return clamp(Math.round(viewportWidth * 0.0105), 14, 28);
  // A little larger on large screens, never smaller than the design.
  return clamp(Math.round(viewportWidth * 0.0075), BASE_PLOT_FONT, 15);
}

/** A margin designed for BASE_PLOT_FONT, grown for labels of `fontSize`. */
export function scaleMargin(margin: Margin, fontSize: number): Margin {
  const k = fontSize / BASE_PLOT_FONT;
  return {
    top: Math.round(margin.top * k),
    right: Math.round(margin.right * k),
    bottom: Math.round(margin.bottom * k),
    left: Math.round(margin.left * k),
  };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}
