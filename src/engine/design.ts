/**
 * The problem as the optimizer sees it: the feature vectors φ(x_i) (after any feature map) and the
 * labels. Parameters are always laid out as θ = [b, w_1, …, w_d]: the intercept first, as
 * statistics packages report it.
 */
export interface Design {
  /** φ(x_i) row by row: n rows of p numbers, without a bias column. */
  readonly X: Float64Array;
  /** Labels y_i ∈ {0, 1}. */
  readonly y: Float64Array;
  readonly n: number;
  /** Number of features, d in the derivation's notation (where p is the probability); θ has p + 1 entries. */
  readonly p: number;
}

/** A window [start, end) of an index order: the points of one mini-batch. */
export interface Batch {
  readonly order: Uint32Array;
  readonly start: number;
  readonly end: number;
}

export function parameterCount(design: Design): number {
  return design.p + 1;
}

/** z_i = w·φ(x_i) + b for every point, into `out`. */
export function logits(
  design: Design,
  theta: Float64Array,
  out = new Float64Array(design.n),
): Float64Array {
  const { X, n, p } = design;
  const b = theta[0];
  for (let i = 0; i < n; i++) {
    const row = i * p;
    let z = b;
    for (let j = 0; j < p; j++) z += theta[j + 1] * X[row + j];
    out[i] = z;
  }
  return out;
}
