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

/** Points per block: the per-block tables below stay in the CPU's cache. */
const BLOCK = 512;
/**
 * The factored exponentials e^{±c}·e^{±t} are used only while every exponent is below this in size,
 * so each factor is a normal double (e^{±300} ≈ 10^{±130}) and their product keeps every digit.
 */
const SAFE_EXPONENT = 300;
/** Below this, log1p(e) = e − e²/2 to double precision; above, e joins a product of (1 + e). */
const SMALL = 1e-8;
/** (1 + e) ≤ 2, so a product of this many stays far below the largest double (2^256 ≈ 1e77). */
const PRODUCT_LENGTH = 256;

/**
 * J(θ) for θ equal to `theta` except θ[x.parameter] and θ[y.parameter], which take the values of
 * each cell's centre. Row r (y ascending from y.min), column c (x ascending from x.min) is at
 * values[r·G + c].
 *
 * A grid over N points needs G²·N point losses, which at one exp and one log1p each is seconds for
 * 100 × 100 cells over 10,000 points. Two identities make it several times faster while keeping
 * every digit (the tests hold it to 1e-12 relative of the direct sum):
 * - With the label's sign folded in, s_i = (1 − 2y_i)z_i = c_i + θ_x u_i + θ_y v_i, and
 *   e^{−|s|} = e^{∓(c_i + θ_y v_i)} · e^{∓θ_x u_i}: one table of the first factor per row, one of the
 *   second per column, and each point loss needs a multiplication instead of an exp.
 * - Σ log1p(e_i) = log Π (1 + e_i): one log per PRODUCT_LENGTH points instead of one per point.
 *   Tiny e_i (which 1 + e would round away) are summed on their own as e − e²/2.
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

  // s_i = (1 − 2y_i)·z_i = c_i + θ_x u_i + θ_y v_i: the label's sign folded into c, u and v.
  const c = new Float64Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = theta[0];
    for (let j = 0; j < p; j++) z += theta[j + 1] * X[i * p + j];
    const sign = y[i] === 1 ? -1 : 1;
    const ui = feature(i, ax);
    const vi = feature(i, ay);
    u[i] = sign * ui;
    v[i] = sign * vi;
    c[i] = sign * (z - theta[ax] * ui - theta[ay] * vi);
  }
  sortByDirection(c, u, v);
  const xs = Float64Array.from({ length: G }, (_, k) => cellCenter(spec.x, G, k));
  const ys = Float64Array.from({ length: G }, (_, k) => cellCenter(spec.y, G, k));
  const crossEntropy = objective.loss === 'crossEntropy';

  const sums = new Float64Array(rows * G);
  const tables = new SurfaceTables(G);
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(start + BLOCK, n);
    tables.fillColumns(xs, u, start, end);
    for (let r = 0; r < rows; r++) {
      const rowSafe = tables.fillRow(ys[startRow + r], c, v, start, end);
      for (let k = 0; k < G; k++) {
        const safe = rowSafe && tables.columnSafe[k] === 1;
        sums[r * G + k] += crossEntropy
          ? crossEntropyBlock(tables, k, xs[k], u, start, end, safe)
          : squaredErrorBlock(tables, k, xs[k], u, start, end, safe);
      }
    }
  }

  const values = new Float64Array(rows * G);
  const cellTheta = Float64Array.from(theta);
  const scale = crossEntropy ? 1 / n : 1 / (2 * n);
  for (let r = 0; r < rows; r++) {
    cellTheta[ay] = ys[startRow + r];
    for (let k = 0; k < G; k++) {
      cellTheta[ax] = xs[k];
      values[r * G + k] = sums[r * G + k] * scale + penalty(objective.regularization, cellTheta);
    }
  }
  return values;
}

/**
 * Reorders the points (c, u and v together) by the direction of (u_i, v_i), then by c_i: points
 * next to each other then mostly share the sign of s_i = c_i + θ_x u_i + θ_y v_i in a cell, so the
 * hot loop's branch on that sign follows runs instead of the data's random order. The sums are the
 * same up to the order of additions.
 */
function sortByDirection(c: Float64Array, u: Float64Array, v: Float64Array): void {
  const n = c.length;
  const angle = new Float64Array(n);
  for (let i = 0; i < n; i++) angle[i] = Math.atan2(v[i], u[i]);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => angle[a] - angle[b] || c[a] - c[b],
  );
  const copy = (values: Float64Array) => {
    const before = Float64Array.from(values);
    for (let k = 0; k < n; k++) values[k] = before[order[k]];
  };
  copy(c);
  copy(u);
  copy(v);
}

/** The factored exponentials of one block of points (see lossSurface). */
class SurfaceTables {
  /** base_k = c_i + θ_y v_i for the block's points, and e^{−base}, e^{+base}. */
  readonly base = new Float64Array(BLOCK);
  readonly rowMinus = new Float64Array(BLOCK);
  readonly rowPlus = new Float64Array(BLOCK);
  /** e^{−θ_x u_i} and e^{+θ_x u_i}, BLOCK per column. */
  readonly columnMinus: Float64Array;
  readonly columnPlus: Float64Array;
  readonly columnSafe: Uint8Array;

  constructor(G: number) {
    this.columnMinus = new Float64Array(G * BLOCK);
    this.columnPlus = new Float64Array(G * BLOCK);
    this.columnSafe = new Uint8Array(G);
  }

  fillColumns(xs: Float64Array, u: Float64Array, start: number, end: number): void {
    let largest = 0;
    for (let i = start; i < end; i++) largest = Math.max(largest, Math.abs(u[i]));
    for (let k = 0; k < xs.length; k++) {
      const t = xs[k];
      this.columnSafe[k] = Math.abs(t) * largest < SAFE_EXPONENT ? 1 : 0;
      if (!this.columnSafe[k]) continue;
      for (let i = start; i < end; i++) {
        const exponent = t * u[i];
        this.columnMinus[k * BLOCK + i - start] = Math.exp(-exponent);
        this.columnPlus[k * BLOCK + i - start] = Math.exp(exponent);
      }
    }
  }

  /** Fills the row's tables; false when some exponent is too large to factor safely. */
  fillRow(ty: number, c: Float64Array, v: Float64Array, start: number, end: number): boolean {
    let safe = true;
    for (let i = start; i < end; i++) {
      const b = c[i] + ty * v[i];
      this.base[i - start] = b;
      if (Math.abs(b) >= SAFE_EXPONENT) safe = false;
    }
    if (!safe) return false;
    for (let k = 0; k < end - start; k++) {
      this.rowMinus[k] = Math.exp(-this.base[k]);
      this.rowPlus[k] = Math.exp(this.base[k]);
    }
    return true;
  }
}

/** Σ over the block of softplus(s_i) = max(s_i, 0) + log1p(e^{−|s_i|}) for column k. */
function crossEntropyBlock(
  tables: SurfaceTables,
  k: number,
  tx: number,
  u: Float64Array,
  start: number,
  end: number,
  safe: boolean,
): number {
  return safe
    ? crossEntropyBlockFactored(tables, k, tx, u, start, end)
    : crossEntropyBlockDirect(tables, tx, u, start, end);
}

/**
 * The factored case, the grid's hot loop (G² · N iterations): kept free of the unsafe case's
 * branch, and with the product's length counted per run of PRODUCT_LENGTH points, not per point.
 * Two products, for the even and the odd points, halve the chain of dependent multiplications.
 */
function crossEntropyBlockFactored(
  tables: SurfaceTables,
  k: number,
  tx: number,
  u: Float64Array,
  start: number,
  end: number,
): number {
  const { base, rowMinus, rowPlus, columnMinus, columnPlus } = tables;
  const offset = k * BLOCK - start;
  let linear = 0;
  let small = 0;
  let logs = 0;
  for (let from = start; from < end; from += PRODUCT_LENGTH) {
    const to = Math.min(from + PRODUCT_LENGTH, end);
    // Each product has at most PRODUCT_LENGTH / 2 factors below 2: far from overflowing.
    let even = 1;
    let odd = 1;
    let i = from;
    for (; i + 1 < to; i += 2) {
      const s0 = base[i - start] + tx * u[i];
      let e0: number;
      if (s0 >= 0) {
        linear += s0;
        e0 = rowMinus[i - start] * columnMinus[offset + i];
      } else {
        e0 = rowPlus[i - start] * columnPlus[offset + i];
      }
      if (e0 < SMALL) small += e0 - 0.5 * e0 * e0;
      else even *= 1 + e0;
      const j = i + 1;
      const s1 = base[j - start] + tx * u[j];
      let e1: number;
      if (s1 >= 0) {
        linear += s1;
        e1 = rowMinus[j - start] * columnMinus[offset + j];
      } else {
        e1 = rowPlus[j - start] * columnPlus[offset + j];
      }
      if (e1 < SMALL) small += e1 - 0.5 * e1 * e1;
      else odd *= 1 + e1;
    }
    if (i < to) {
      const s0 = base[i - start] + tx * u[i];
      let e0: number;
      if (s0 >= 0) {
        linear += s0;
        e0 = rowMinus[i - start] * columnMinus[offset + i];
      } else {
        e0 = rowPlus[i - start] * columnPlus[offset + i];
      }
      if (e0 < SMALL) small += e0 - 0.5 * e0 * e0;
      else even *= 1 + e0;
    }
    logs += Math.log(even * odd);
  }
  return linear + small + logs;
}

/** The unfactored case: some exponent too large to split into two normal doubles. */
function crossEntropyBlockDirect(
  tables: SurfaceTables,
  tx: number,
  u: Float64Array,
  start: number,
  end: number,
): number {
  const { base } = tables;
  let linear = 0;
  let small = 0;
  let logs = 0;
  let product = 1;
  let factors = 0;
  for (let i = start; i < end; i++) {
    const s = base[i - start] + tx * u[i];
    if (s >= 0) linear += s;
    const e = Math.exp(-Math.abs(s));
    if (e < SMALL) {
      small += e - 0.5 * e * e;
    } else {
      product *= 1 + e;
      if (++factors === PRODUCT_LENGTH) {
        logs += Math.log(product);
        product = 1;
        factors = 0;
      }
    }
  }
  return linear + small + logs + Math.log(product);
}

/** Σ over the block of (p_i − y_i)² = σ(s_i)² for column k. */
function squaredErrorBlock(
  tables: SurfaceTables,
  k: number,
  tx: number,
  u: Float64Array,
  start: number,
  end: number,
  safe: boolean,
): number {
  const { base, rowMinus, rowPlus, columnMinus, columnPlus } = tables;
  const offset = k * BLOCK - start;
  let sum = 0;
  for (let i = start; i < end; i++) {
    const s = base[i - start] + tx * u[i];
    const positive = s >= 0;
    const e = safe
      ? positive
        ? rowMinus[i - start] * columnMinus[offset + i]
        : rowPlus[i - start] * columnPlus[offset + i]
      : Math.exp(-Math.abs(s));
    const q = 1 / (1 + e);
    // σ(s) is q = σ(|s|) for s ≥ 0 and e·q otherwise: the residual p − y up to its sign.
    const r = positive ? q : e * q;
    sum += r * r;
  }
  return sum;
}
