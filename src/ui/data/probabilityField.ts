/**
 * The probability field p = σ(θ·φ(x)) on a grid of raw inputs, and its colours.
 *
 * The grid's cells follow d3-contour's convention: value k of a row sits at the centre of cell k,
 * so cell (i, j) of a cols × rows grid covers [i, i + 1] × [j, j + 1] in grid units and is drawn
 * at width / cols per unit. Row 0 is the top of the plot (the largest x2).
 *
 * φ of the grid depends only on the data (through the axes' domains and the feature map), so it is
 * built once per run; each frame costs one pass of z = θ·φ over the cells.
 */
import { rgb } from 'd3-color';
import type { Design, FeatureMap } from '../../engine';
import { applyFeatureMap, logits, sigmoid } from '../../engine';
import type { Domain } from './domain';

/** Cells per side of the two-feature field: 6,400 evaluations of the model per frame. */
export const FIELD_CELLS_2D = 80;
/** Cells along x of the one-feature field, one row tall (bands of colour across the plot). */
export const FIELD_CELLS_1D = 160;

export interface FieldGrid {
  readonly cols: number;
  readonly rows: number;
  /** φ of each cell's centre, row by row from the top, as a design for `logits`. */
  readonly design: Design;
}

/** The centre of cell k of `count` cells spanning a domain. */
function cellCentre([lo, hi]: Domain, k: number, count: number): number {
  return lo + ((k + 0.5) * (hi - lo)) / count;
}

/**
 * The raw inputs x at the centres of the cells, row-major (d numbers per cell): x1 grows along a
 * row, x2 falls from the top row down. With one feature (`yDomain` null) there is one row.
 */
export function cellCentres(
  xDomain: Domain,
  yDomain: Domain | null,
  cols: number,
  rows: number,
): Float64Array {
  const d = yDomain ? 2 : 1;
  const out = new Float64Array(cols * rows * d);
  for (let j = 0; j < rows; j++) {
    // Row 0 at the top: the largest x2.
    const x2 = yDomain ? cellCentre([yDomain[1], yDomain[0]], j, rows) : 0;
    for (let i = 0; i < cols; i++) {
      const cell = (j * cols + i) * d;
      out[cell] = cellCentre(xDomain, i, cols);
      if (yDomain) out[cell + 1] = x2;
    }
  }
  return out;
}

/** φ of the cells' centres, with the map the run's design was built with. */
export function fieldGrid(
  map: FeatureMap,
  xDomain: Domain,
  yDomain: Domain | null,
  cols: number,
  rows: number,
): FieldGrid {
  const n = cols * rows;
  const inputs = cellCentres(xDomain, yDomain, cols, rows);
  return { cols, rows, design: designOf(map, inputs, n) };
}

/** A design (φ of `rows` raw inputs, labels unused) to evaluate z = θ·φ on. */
export function designOf(map: FeatureMap, inputs: Float64Array, rows: number): Design {
  return {
    X: applyFeatureMap(map, inputs, rows),
    y: new Float64Array(rows),
    n: rows,
    p: map.exponents.length,
  };
}

/** p = σ(z) of every sample of a design at θ, into `out`. */
export function probabilities(
  design: Design,
  theta: Float64Array,
  out = new Float64Array(design.n),
): Float64Array {
  logits(design, theta, out);
  for (let k = 0; k < out.length; k++) out[k] = sigmoid(out[k]);
  return out;
}

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const FALLBACK_GREY: Rgb = { r: 128, g: 128, b: 128 };

/** A CSS colour (as the theme's custom properties hold them) as 0–255 channels. */
export function parseColor(css: string): Rgb {
  const color = rgb(css);
  if (!color.displayable()) return FALLBACK_GREY;
  return { r: Math.round(color.r), g: Math.round(color.g), b: Math.round(color.b) };
}

/**
 * RGBA pixels, one per cell, for p from class 0's colour (p = 0) through transparent (p = 0.5) to
 * class 1's (p = 1): the colour says which class the model leans to, the opacity
 * maxAlpha · |2p − 1| how sure it is. Non-finite p is left transparent.
 */
export function paintField(
  p: Float64Array,
  class0: Rgb,
  class1: Rgb,
  maxAlpha: number,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(p.length * 4);
  for (let k = 0; k < p.length; k++) {
    const value = p[k];
    if (!Number.isFinite(value)) continue;
    const color = value < 0.5 ? class0 : class1;
    const o = k * 4;
    pixels[o] = color.r;
    pixels[o + 1] = color.g;
    pixels[o + 2] = color.b;
    pixels[o + 3] = Math.round(255 * maxAlpha * Math.abs(2 * value - 1));
  }
  return pixels;
}
