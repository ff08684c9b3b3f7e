/**
 * Does the unregularized maximum-likelihood estimate exist? Albert and Anderson (1984): for data
 * with a full-rank design it exists exactly when no θ ≠ 0 has s_i·θ·φ̃_i ≥ 0 for every point, with
 * s_i = 2y_i − 1 and at least one inequality strict. Such a θ is a direction in which the loss never
 * rises: complete separation (every inequality strict) or quasi-complete (some points on the
 * boundary), and along it the weights grow without bound.
 *
 * By Stiemke's lemma that θ exists exactly when there is no y with y_i > 0 and Σ y_i a_i = 0,
 * a_i = s_i φ̃_i. Scaling y ≥ 1 and writing y = 1 + u gives a linear feasibility problem
 *   Σ u_i a_i = −Σ a_i,  u ≥ 0,
 * with only p + 1 equations, which phase 1 of the simplex method decides in a few pivots. Gradient
 * descent cannot decide it: under quasi-complete separation the gradient vanishes like e^{−‖w‖}
 * and any tolerance is eventually met by weights that are not an optimum.
 */
import type { Design } from './design';

export interface SeparationResult {
  /** True when some θ ≠ 0 has s_i·θ·φ̃_i ≥ 0 for all points: no finite optimum without a penalty. */
  readonly separated: boolean;
  /** Such a θ, in the design's own units, when one was recovered from the simplex multipliers. */
  readonly direction: Float64Array | null;
}

/**
 * Phase-1 simplex on the tableau [A | I | c] (rows: the p + 1 equations, columns: u and the
 * artificial variables). Bland's rule (the lowest eligible index enters and leaves) rules out cycling
 * on the degenerate vertices that points on the boundary create.
 */
export function detectSeparation(design: Design): SeparationResult {
  const { X, y, n, p } = design;
  const m = p + 1;
  // The test is invariant under any invertible change of coordinates of φ̃ and any positive scaling
  // of the a_i: standardize the features and give every a_i unit length, so one tolerance fits all.
  const mean = new Float64Array(p);
  const scale = new Float64Array(p).fill(1);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += X[i * p + j];
    mean[j] = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (X[i * p + j] - mean[j]) ** 2;
    const sd = Math.sqrt(ss / n);
    if (sd > 0) scale[j] = sd;
  }
  const width = n + m;
  const T = new Float64Array(m * width);
  const rhs = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const sign = y[i] === 1 ? 1 : -1;
    let norm = 1;
    for (let j = 0; j < p; j++) norm += ((X[i * p + j] - mean[j]) / scale[j]) ** 2;
    const unit = sign / Math.sqrt(norm);
    T[i] = unit;
    for (let j = 0; j < p; j++)
      T[(j + 1) * width + i] = ((X[i * p + j] - mean[j]) / scale[j]) * unit;
  }
  // c = −Σ a_i; rows with c_r < 0 are negated so the artificial variables start feasible at c ≥ 0.
  const flip = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    let c = 0;
    for (let i = 0; i < n; i++) c -= T[r * width + i];
    flip[r] = c < 0 ? -1 : 1;
    if (c < 0) for (let i = 0; i < n; i++) T[r * width + i] = -T[r * width + i];
    rhs[r] = Math.abs(c);
    T[r * width + n + r] = 1;
  }
  const basis = Int32Array.from({ length: m }, (_, r) => n + r);
  // Phase-1 costs: 1 on the artificial variables. Reduced costs d_j = cost_j − Σ_r cost_B(r) T[r][j].
  const reduced = new Float64Array(width);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let r = 0; r < m; r++) s += T[r * width + j];
    reduced[j] = -s;
  }
  const tolerance = 1e-10;
  const maxPivots = 50 * width;
  for (let pivots = 0; pivots < maxPivots; pivots++) {
    let entering = -1;
    for (let j = 0; j < width; j++) {
      if (reduced[j] < -tolerance) {
        entering = j;
        break;
      }
    }
    if (entering < 0) break;
    let leaving = -1;
    let best = Infinity;
    for (let r = 0; r < m; r++) {
      const a = T[r * width + entering];
      if (a > tolerance) {
        const ratio = rhs[r] / a;
        if (
          ratio < best - 1e-12 ||
          (Math.abs(ratio - best) <= 1e-12 && basis[r] < basis[leaving])
        ) {
          best = ratio;
          leaving = r;
        }
      }
    }
    // Unbounded cannot happen in phase 1 (the objective is bounded below by 0); stop defensively.
    if (leaving < 0) break;
    pivot(T, rhs, reduced, m, width, leaving, entering);
    basis[leaving] = entering;
  }
  let infeasibility = 0;
  for (let r = 0; r < m; r++) if (basis[r] >= n) infeasibility += rhs[r];
  const separated = infeasibility > 1e-8 * Math.max(1, n);
  if (!separated) return { separated, direction: null };
  // The multipliers π'_r = cost_r − d_r of the artificial columns give θ′ = −π (in standardized
  // coordinates, undoing the row flips); map back to the design's coordinates and verify.
  const standardized = new Float64Array(m);
  for (let r = 0; r < m; r++) standardized[r] = -flip[r] * (1 - reduced[n + r]);
  const direction = new Float64Array(m);
  direction[0] = standardized[0];
  for (let j = 0; j < p; j++) {
    direction[j + 1] = standardized[j + 1] / scale[j];
    direction[0] -= (standardized[j + 1] * mean[j]) / scale[j];
  }
  return { separated, direction: isSeparatingDirection(design, direction) ? direction : null };
}

function pivot(
  T: Float64Array,
  rhs: Float64Array,
  reduced: Float64Array,
  m: number,
  width: number,
  row: number,
  column: number,
): void {
  const inverse = 1 / T[row * width + column];
  for (let j = 0; j < width; j++) T[row * width + j] *= inverse;
  rhs[row] *= inverse;
  T[row * width + column] = 1;
  for (let r = 0; r < m; r++) {
    if (r === row) continue;
    const factor = T[r * width + column];
    if (factor === 0) continue;
    for (let j = 0; j < width; j++) T[r * width + j] -= factor * T[row * width + j];
    T[r * width + column] = 0;
    rhs[r] -= factor * rhs[row];
  }
  const factor = reduced[column];
  for (let j = 0; j < width; j++) reduced[j] -= factor * T[row * width + j];
  reduced[column] = 0;
}

/** s_i·θ·φ̃_i ≥ 0 for every point (up to rounding) and > 0 for at least one. */
export function isSeparatingDirection(design: Design, theta: Float64Array): boolean {
  const { X, y, n, p } = design;
  let norm = 0;
  for (let j = 0; j < theta.length; j++) norm = Math.max(norm, Math.abs(theta[j]));
  if (!(norm > 0) || !Number.isFinite(norm)) return false;
  let strict = false;
  for (let i = 0; i < n; i++) {
    let z = theta[0];
    let size = Math.abs(theta[0]);
    for (let j = 0; j < p; j++) {
      z += theta[j + 1] * X[i * p + j];
      size += Math.abs(theta[j + 1] * X[i * p + j]);
    }
    const margin = y[i] === 1 ? z : -z;
    if (margin < -1e-9 * size) return false;
    if (margin > 1e-9 * size) strict = true;
  }
  return strict;
}
