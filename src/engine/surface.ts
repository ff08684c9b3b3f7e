/**
 * The loss surface: J on a G×G grid over two parameters, the others held at their current values.
 * The worker computes it; the parameter-space panel contours it.
 *
 * Each cell is sampled at its centre, so a grid of G cells spans [min, max] exactly and d3.contours
 * (which treats values as cell samples) scales by width/G.
 */
import type { Design } from './design';
import type { Objective } from './losses';
import { penalty } from './regularization';

export interface SurfaceAxis {
  /** Index into θ = [b, w_1, …, w_d]: 0 is the bias. */
  readonly parameter: number;
  readonly min: number;
  readonly max: number;
}

export interface SurfaceSpec {
  /** The parameter along the grid's columns. */
  readonly x: SurfaceAxis;
  /** The parameter along the grid's rows. */
  readonly y: SurfaceAxis;
  /** G: cells per side. */
  readonly size: number;
}

/** The parameter value at the centre of cell `index` (0 … size − 1) along an axis. */
export function cellCenter(axis: SurfaceAxis, size: number, index: number): number {
  return axis.min + ((index + 0.5) * (axis.max - axis.min)) / size;
}

function checkSpec(spec: SurfaceSpec, parameterCount: number): void {
  const { x, y, size } = spec;
  for (const axis of [x, y]) {
    if (
      !Number.isInteger(axis.parameter) ||
      axis.parameter < 0 ||
      axis.parameter >= parameterCount
    ) {
      throw new RangeError(`No parameter ${axis.parameter}: θ has ${parameterCount} entries.`);
    }
    if (!(axis.max > axis.min) || !Number.isFinite(axis.min) || !Number.isFinite(axis.max)) {
      throw new RangeError('A surface axis needs finite bounds with min < max.');
    }
  }
  if (x.parameter === y.parameter)
    throw new RangeError('The two axes must be different parameters.');
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError('The grid size must be a positive integer.');
}

/**
 * Below this e^{−|s|}, a side's next start is computed by its own exp rather than as ρ/e (which
 * loses digits as e nears the smallest doubles).
 */
const SMALL = 1e-8;
/**
 * Points whose factors (1 + e) ≤ 2 join one product before its log is taken: 2^512 ≈ 1e154 stays far
 * below the largest double.
 */
const PRODUCT_LENGTH = 512;

/**
 * J(θ) for θ equal to `theta` except θ[x.parameter] and θ[y.parameter], which take the values of
 * each cell's centre. Row r (y ascending from y.min), column c (x ascending from x.min) is at
 * values[r·G + c].
 *
 * A grid over N points needs G²·N point losses, which at one exp and one log1p each is seconds for
 * 100 × 100 cells over 10,000 points. Along a row the grid needs neither (the tests hold it to
 * 1e-12 relative of the direct sum):
 * - With the label's sign folded in, s_i = (1 − 2y_i)z_i = base_i + θ_x u_i, base_i = c_i + θ_y v_i,
 *   is linear along the row, so it changes sign at most once, at a column found by division. On
 *   each side of it e^{−|s_i|} falls by the factor ρ_i = e^{−|Δx·u_i|} per column away from the
 *   sign change: one exp per point and side, then a multiplication per cell. Every e stays ≤ 1,
 *   so nothing overflows whatever the parameters.
 * - Σ log1p(e_i) = log1p(Π (1 + e_i) − 1): one log1p per PRODUCT_LENGTH points instead of one
 *   per point, with the product kept as its excess over 1 so that no e is rounded away.
 * - Σ max(s_i, 0) needs no pass over the cells: the points with s_i ≥ 0 at a column are those
 *   whose positive side starts at or before it, so running sums of base_i and u_i give it.
 * The loops over cells have no branches. Each row is computed on its own, so a band of rows equals the same rows of the whole grid.
 */
export function lossSurface(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  spec: SurfaceSpec,
): Float64Array {
  return lossSurfaceRows(objective, design, theta, spec, 0, spec.size);
}

/**
 * Rows [startRow, endRow) of lossSurface's grid, row-major: a long grid computed in bands can be
 * shown as it fills in, and abandoned when the slice changes.
 */
export function lossSurfaceRows(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  spec: SurfaceSpec,
  startRow: number,
  endRow: number,
): Float64Array {
  const { X, y, n, p } = design;
  checkSpec(spec, p + 1);
  const G = spec.size;
  if (!(
    Number.isInteger(startRow) &&
    Number.isInteger(endRow) &&
    0 <= startRow &&
    startRow <= endRow &&
    endRow <= G
  )) {
    throw new RangeError(`Rows ${startRow}–${endRow} are not within the grid's ${G}.`);
  }
  const rows = endRow - startRow;
  const ax = spec.x.parameter;
  const ay = spec.y.parameter;
  const feature = (i: number, parameter: number): number =>
    parameter === 0 ? 1 : X[i * p + parameter - 1];

  const xs = Float64Array.from({ length: G }, (_, k) => cellCenter(spec.x, G, k));
  const step = (spec.x.max - spec.x.min) / G;
  // s_i = (1 − 2y_i)·z_i = c_i + θ_x u_i + θ_y v_i: the label's sign folded into c, u and v.
  const c = new Float64Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  const rho = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = theta[0];
    for (let j = 0; j < p; j++) z += theta[j + 1] * X[i * p + j];
    const sign = y[i] === 1 ? -1 : 1;
    const ui = feature(i, ax);
    const vi = feature(i, ay);
    u[i] = sign * ui;
    v[i] = sign * vi;
    c[i] = sign * (z - theta[ax] * ui - theta[ay] * vi);
    rho[i] = Math.exp(-Math.abs(step * u[i]));
  }

  const values = new Float64Array(rows * G);
  // Each point's columns right of its sign change go into `right` in column order, those left of
  // it into `left` mirrored (index G − 1 − k), so that every loop over columns runs upwards.
  const xsLeft = Float64Array.from(xs).reverse();
  const right = new HalfRowSums(G);
  const left = new HalfRowSums(G);
  const cellTheta = Float64Array.from(theta);
  const crossEntropy = objective.loss === 'crossEntropy';
  const scale = crossEntropy ? 1 / n : 1 / (2 * n);
  for (let r = 0; r < rows; r++) {
    const ty = cellCenter(spec.y, G, startRow + r);
    right.reset();
    left.reset();
    for (let from = 0; from < n; from += PRODUCT_LENGTH) {
      const to = Math.min(from + PRODUCT_LENGTH, n);
      for (let i = from; i < to; i++) {
        const base = c[i] + ty * v[i];
        const ui = u[i];
        const split = signChange(xs, base, ui);
        // s has one sign left of the split and the other from it on (u = 0: all right, one sign).
        const rightPositive = ui > 0 || (ui === 0 && base >= 0);
        if (!crossEntropy) {
          if (split > 0) addSquaredError(left, xsLeft, base, ui, rho[i], G - split, !rightPositive);
          if (split < G) addSquaredError(right, xs, base, ui, rho[i], split, rightPositive);
          continue;
        }
        // Each side starts next to the sign change, where e = e^{−|s|} is nearest 1. The right
        // side's start follows from the left's as ρ/e (s moves by Δx·u between them): one exp.
        let rightStart = 0;
        if (split > 0) {
          const e = startValue(base + xs[split - 1] * ui, !rightPositive);
          addCrossEntropy(left, xsLeft, base, ui, rho[i], e, G - split, !rightPositive);
          // ρ/e loses digits when e is tiny (only for |Δx·u| beyond ~18): the exp then.
          if (split < G) {
            rightStart = e >= SMALL ? rho[i] / e : startValue(base + xs[split] * ui, rightPositive);
          }
        } else {
          rightStart = startValue(base + xs[0] * ui, rightPositive);
        }
        if (split < G)
          addCrossEntropy(right, xs, base, ui, rho[i], rightStart, split, rightPositive);
      }
      if (crossEntropy) {
        right.foldProducts();
        left.foldProducts();
      }
    }
    if (crossEntropy) {
      right.finishLinear(xs);
      left.finishLinear(xsLeft);
    }
    cellTheta[ay] = ty;
    for (let k = 0; k < G; k++) {
      cellTheta[ax] = xs[k];
      const mirror = G - 1 - k;
      const sum = right.linear[k] + left.linear[mirror] + (right.logs[k] + left.logs[mirror]);
      values[r * G + k] = sum * scale + penalty(objective.regularization, cellTheta);
    }
  }
  return values;
}

/**
 * The first column k where s = base + xs[k]·u has the sign it keeps to the right: s ≥ 0 for u > 0,
 * s < 0 for u < 0 (0 for u = 0, where s is the same everywhere). Estimated by solving s = 0, then
 * moved until the computed s agree, so each side's sign is the one its cells have.
 */
function signChange(xs: Float64Array, base: number, u: number): number {
  const G = xs.length;
  if (u === 0) return 0;
  const first = xs[0];
  const spacing = G > 1 ? xs[1] - xs[0] : 1;
  const estimate = Math.ceil((-base / u - first) / spacing);
  let k = estimate > 0 ? Math.min(G, estimate) : 0;
  if (u > 0) {
    while (k > 0 && base + xs[k - 1] * u >= 0) k--;
    while (k < G && base + xs[k] * u < 0) k++;
  } else {
    while (k > 0 && base + xs[k - 1] * u < 0) k--;
    while (k < G && base + xs[k] * u >= 0) k++;
  }
  return k;
}

/** e^{−|s|} for s on a side whose sign is `positive`, computed as if it were: at most 1 there. */
function startValue(s: number, positive: boolean): number {
  return Math.exp(positive ? -s : s);
}

/** Per-column sums of one row, for one side of the points' sign changes, while points are added. */
class HalfRowSums {
  /**
   * Σ s_i over the points with s_i ≥ 0 (cross-entropy), or Σ σ(s_i)² (squared error). The first
   * is written by finishLinear from the sums of base_i and u_i of the points whose positive side
   * starts at each column: a point's positive side runs to the end, so the running sums at column
   * k hold exactly the points with s_i ≥ 0 there, and Σ s_i = Σ base_i + x_k·Σ u_i.
   */
  readonly linear: Float64Array;
  readonly baseFrom: Float64Array;
  readonly slopeFrom: Float64Array;
  /**
   * Π (1 + e) − 1 over the points since the last fold, as t ← t + e·(1 + t): every e counts to the
   * last digit however small (1 + e would round a tiny e away), and log1p(t) keeps them.
   */
  readonly excess: Float64Array;
  /** Σ log of the folded products. */
  readonly logs: Float64Array;

  constructor(G: number) {
    this.linear = new Float64Array(G);
    this.baseFrom = new Float64Array(G);
    this.slopeFrom = new Float64Array(G);
    this.excess = new Float64Array(G);
    this.logs = new Float64Array(G);
  }

  reset(): void {
    this.linear.fill(0);
    this.baseFrom.fill(0);
    this.slopeFrom.fill(0);
    this.excess.fill(0);
    this.logs.fill(0);
  }

  foldProducts(): void {
    for (let k = 0; k < this.excess.length; k++) {
      this.logs[k] += Math.log1p(this.excess[k]);
      this.excess[k] = 0;
    }
  }

  /** Σ s_i over the positive sides, column by column of `xs` (this side's column order). */
  finishLinear(xs: Float64Array): void {
    let base = 0;
    let slope = 0;
    for (let k = 0; k < xs.length; k++) {
      base += this.baseFrom[k];
      slope += this.slopeFrom[k];
      this.linear[k] = base + xs[k] * slope;
    }
  }
}

/**
 * Adds softplus(s) = max(s, 0) + log1p(e^{−|s|}) to columns start … G − 1 of `sums`, along which
 * |s| grows from e^{−|s|} = e at `start`: e shrinks by ρ per column. `positive`: s ≥ 0 there, and
 * the point's s joins the linear sums from `start` on. The loop takes two columns at a time: two
 * chains of multiplications by ρ², not one by ρ, whose latency bounded it.
 */
function addCrossEntropy(
  sums: HalfRowSums,
  xs: Float64Array,
  base: number,
  u: number,
  rho: number,
  e: number,
  start: number,
  positive: boolean,
): void {
  const G = xs.length;
  const { excess } = sums;
  if (positive) {
    sums.baseFrom[start] += base;
    sums.slopeFrom[start] += u;
  }
  const rho2 = rho * rho;
  let next = e * rho;
  let k = start;
  for (; k + 1 < G; k += 2) {
    excess[k] += e * (1 + excess[k]);
    excess[k + 1] += next * (1 + excess[k + 1]);
    e *= rho2;
    next *= rho2;
  }
  if (k < G) excess[k] += e * (1 + excess[k]);
}

/** σ(s)², the squared residual, for columns start … G − 1 as in addCrossEntropy, into `linear`. */
function addSquaredError(
  sums: HalfRowSums,
  xs: Float64Array,
  base: number,
  u: number,
  rho: number,
  start: number,
  positive: boolean,
): void {
  const G = xs.length;
  const { linear } = sums;
  let e = startValue(base + xs[start] * u, positive);
  // Two columns at a time, as in addCrossEntropy.
  const rho2 = rho * rho;
  let next = e * rho;
  let k = start;
  for (; k + 1 < G; k += 2) {
    linear[k] += squaredResidual(e, positive);
    linear[k + 1] += squaredResidual(next, positive);
    e *= rho2;
    next *= rho2;
  }
  if (k < G) linear[k] += squaredResidual(e, positive);
}

/** σ(s)² from e = e^{−|s|}: σ(s) is q = σ(|s|) for s ≥ 0 and e·q otherwise (|p − y|). */
function squaredResidual(e: number, positive: boolean): number {
  const q = 1 / (1 + e);
  const r = positive ? q : e * q;
  return r * r;
}
