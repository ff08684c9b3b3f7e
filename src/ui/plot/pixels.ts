/**
 * Pixel coordinates as SVG can take them. Chromium parses SVG numbers as 32-bit floats: a
 * coordinate of 5.7e299 (a diverging run's θ, projected) logs "<polygon> attribute points:
 * Expected number", and NaN or Infinity is no number at all. Every coordinate a figure writes
 * into an SVG attribute goes through here: clamped far outside any plot (the line still points
 * the right way), or, when it is not a number, the mark is left out.
 */

/** Far outside any plot, and exactly representable as a 32-bit float. */
export const FAR_PIXEL = 1e5;

/**
 * Not a number: NaN, or the `undefined` a d3 scale returns for NaN (its "unknown" value), which
 * the types do not show.
 */
const notANumber = (v: number) => typeof v !== 'number' || Number.isNaN(v);

/** v clamped to ±FAR_PIXEL; NaN stays NaN (see finitePixels). */
export function clampPixel(v: number): number {
  return v < -FAR_PIXEL ? -FAR_PIXEL : v > FAR_PIXEL ? FAR_PIXEL : v;
}

/** Whether every value is a number (±Infinity is clamped, NaN is not). */
export function finitePixels(...values: readonly number[]): boolean {
  return !values.some(notANumber);
}

/** "x,y" for SVG points lists, clamped, to a tenth of a pixel; null for NaN. */
export function pixelPair(x: number, y: number): string | null {
  if (notANumber(x) || notANumber(y)) return null;
  return `${clampPixel(x).toFixed(1)},${clampPixel(y).toFixed(1)}`;
}
