/**
 * The two losses on the sigmoid output, with their gradients and Hessians, as means over the points
 * (docs/design.md):
 *
 *   cross-entropy  J_CE = (1/N) Σ [softplus(z_i) − y_i z_i]       ∇J = (1/N) Σ (p_i − y_i) φ̃_i
 *   squared error  J_SE = (1/(2N)) Σ (p_i − y_i)²                 ∇J = (1/N) Σ (p_i − y_i) p_i(1 − p_i) φ̃_i
 *
 * with φ̃_i = (1, φ(x_i)) so the bias is the first component. Every per-point quantity comes from
 * one e = e^{-|z|} through the helpers in numeric.ts, which never cancel digits.
 */
import type { Batch, Design } from './design';
import type { Regularization } from './regularization';
import { crossEntropyTerm, residualTerm } from './numeric';
import { addSmoothPenaltyGradient, penalty, smoothPenaltyCurvature } from './regularization';

export type LossKind = 'crossEntropy' | 'squaredError';

/** What is minimized: a loss on the data plus a penalty on the weights. */
export interface Objective {
  readonly loss: LossKind;
  readonly regularization: Regularization;
}

/**
 * The mean data loss over the points (all of them, or one batch), and its gradient with respect to
 * θ = [b, w] written into `gradient` when given. One pass over the data.
 */
export function dataLossAndGradient(
  loss: LossKind,
  design: Design,
  theta: Float64Array,
  gradient: Float64Array | null,
  batch: Batch | null = null,
): number {
  return lossPass(loss, design, theta, gradient, batch);
}

/**
 * The objective J(θ) = data loss + penalty, and the gradient of its smooth part (the data loss plus
 * an L2 term; an L1 term is left to the proximal step) into `gradient` when given.
 */
export function objectiveAndGradient(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  gradient: Float64Array | null,
  batch: Batch | null = null,
): number {
  const value = dataLossAndGradient(objective.loss, design, theta, gradient, batch);
  if (gradient) addSmoothPenaltyGradient(objective.regularization, theta, gradient);
  return value + penalty(objective.regularization, theta);
}

/** J(θ) alone. */
export function objectiveValue(objective: Objective, design: Design, theta: Float64Array): number {
  return objectiveAndGradient(objective, design, theta, null);
}

/**
 * One pass over the points (all, or one batch): the mean loss, and the mean gradient into
 * `gradient` when given. The loop is written out for two features, the app's common case: with
 * p = 2, the general loop over a variable number of features ran at about 75% of the speed of a
 * hand-written loop in a side-by-side run at N = 1e5, the written-out one at 95–100%
 * (bench/engine.bench.ts measures the latter).
 */
function lossPass(
  loss: LossKind,
  design: Design,
  theta: Float64Array,
  gradient: Float64Array | null,
  batch: Batch | null,
): number {
  const sum =
    design.p === 2 && gradient
      ? twoFeaturePass(loss, design, theta, gradient, batch)
      : anyFeaturePass(loss, design, theta, gradient, batch);
  const count = batch ? batch.end - batch.start : design.n;
  if (gradient) for (let j = 0; j < gradient.length; j++) gradient[j] /= count;
  return loss === 'crossEntropy' ? sum / count : sum / (2 * count);
}

/** Σ of the point losses (Σ r² for squared error); Σ of the gradient terms into `gradient`. */
function anyFeaturePass(
  loss: LossKind,
  design: Design,
  theta: Float64Array,
  gradient: Float64Array | null,
  batch: Batch | null,
): number {
  const { X, y, p } = design;
  const order = batch ? batch.order : null;
  const start = batch ? batch.start : 0;
  const end = batch ? batch.end : design.n;
  const crossEntropy = loss === 'crossEntropy';
  const b = theta[0];
  if (gradient) gradient.fill(0);
  let sum = 0;
  for (let k = start; k < end; k++) {
    const i = order === null ? k : order[k];
    const row = i * p;
    let z = b;
    for (let j = 0; j < p; j++) z += theta[j + 1] * X[row + j];
    const e = Math.exp(-Math.abs(z));
    const positive = y[i] === 1;
    let g: number;
    if (crossEntropy) {
      sum += crossEntropyTerm(z, positive, e);
      if (!gradient) continue;
      g = residualTerm(z, positive, e, 1 / (1 + e));
    } else {
      const q = 1 / (1 + e);
      const r = residualTerm(z, positive, e, q);
      sum += r * r;
      if (!gradient) continue;
      // The factor p(1 − p) = e·q² that the cross-entropy cancels.
      g = r * e * q * q;
    }
    gradient[0] += g;
    for (let j = 0; j < p; j++) gradient[j + 1] += g * X[row + j];
  }
  return sum;
}

/** anyFeaturePass for p = 2, with the features and the gradient in registers. */
function twoFeaturePass(
  loss: LossKind,
  design: Design,
  theta: Float64Array,
  gradient: Float64Array,
  batch: Batch | null,
): number {
  const { X, y } = design;
  const order = batch ? batch.order : null;
  const start = batch ? batch.start : 0;
  const end = batch ? batch.end : design.n;
  const crossEntropy = loss === 'crossEntropy';
  const b = theta[0];
  const w1 = theta[1];
  const w2 = theta[2];
  let sum = 0;
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  for (let k = start; k < end; k++) {
    const i = order === null ? k : order[k];
    const x1 = X[2 * i];
    const x2 = X[2 * i + 1];
    const z = b + w1 * x1 + w2 * x2;
    const e = Math.exp(-Math.abs(z));
    const positive = y[i] === 1;
    const q = 1 / (1 + e);
    const r = residualTerm(z, positive, e, q);
    let g = r;
    if (crossEntropy) {
      sum += crossEntropyTerm(z, positive, e);
    } else {
      sum += r * r;
      g = r * e * q * q;
    }
    g0 += g;
    g1 += g * x1;
    g2 += g * x2;
  }
  gradient[0] = g0;
  gradient[1] = g1;
  gradient[2] = g2;
  return sum;
}

/** Per-point quantities at θ: what each point contributes to the gradient. */
export interface PointContributions {
  /** z_i = w·φ(x_i) + b. */
  readonly z: Float64Array;
  /** p_i = σ(z_i). */
  readonly p: Float64Array;
  /** p_i − y_i, computed without cancellation. */
  readonly residual: Float64Array;
  /**
   * The point's weight in the gradient: ∇J = (1/N) Σ weight_i φ̃_i. It is p_i − y_i under the
   * cross-entropy and (p_i − y_i)·p_i(1 − p_i) under squared error, the factor that silences
   * confidently wrong points.
   */
  readonly weight: Float64Array;
}

export function pointContributions(
  loss: LossKind,
  design: Design,
  theta: Float64Array,
): PointContributions {
  const { X, y, n, p } = design;
  const out = {
    z: new Float64Array(n),
    p: new Float64Array(n),
    residual: new Float64Array(n),
    weight: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const row = i * p;
    let z = theta[0];
    for (let j = 0; j < p; j++) z += theta[j + 1] * X[row + j];
    const e = Math.exp(-Math.abs(z));
    const q = 1 / (1 + e);
    const r = residualTerm(z, y[i] === 1, e, q);
    out.z[i] = z;
    out.p[i] = z >= 0 ? q : e * q;
    out.residual[i] = r;
    out.weight[i] = loss === 'crossEntropy' ? r : r * e * q * q;
  }
  return out;
}

/** Points per pass of the Hessian's accumulation (the loop in hessian is written for four). */
const HESSIAN_BATCH = 4;

/** h_i, one point's curvature along z (see hessian). */
function pointCurvature(z: number, positive: boolean, squaredError: boolean): number {
  const e = Math.exp(-Math.abs(z));
  const q = 1 / (1 + e);
  const s = e * q * q;
  if (!squaredError) return s;
  const r = residualTerm(z, positive, e, q);
  // 1 − 2p = σ(−z) − σ(z).
  const oneMinusTwoP = z >= 0 ? e * q - q : q - e * q;
  return s * s + r * s * oneMinusTwoP;
}

/**
 * The Hessian of the objective's smooth part, (p + 1)×(p + 1) row-major:
 * H = (1/N) Σ h_i φ̃_i φ̃_iᵀ + λ·diag(0, 1, …, 1) for L2, where the curvature of one point along z is
 *   h_i = p(1 − p)                               (cross-entropy, always ≥ 0: a convex loss)
 *   h_i = [p(1 − p)]² + (p − y)·p(1 − p)(1 − 2p)  (squared error, negative for confidently wrong
 *                                                  points: the surface is not convex)
 */
export function hessian(objective: Objective, design: Design, theta: Float64Array): Float64Array {
  const { X, y, n, p } = design;
  const m = p + 1;
  const H = new Float64Array(m * m);
  // HESSIAN_BATCH points at a time: each entry of H is loaded and stored once per batch rather than
  // once per point, which is what bounded the loop (a Newton run on 10,000 points at degree 6
  // spent most of its time here). Padding rows beyond n are zero with zero weight.
  const rows = new Float64Array(HESSIAN_BATCH * m);
  const weights = new Float64Array(HESSIAN_BATCH);
  const squaredError = objective.loss === 'squaredError';
  for (let start = 0; start < n; start += HESSIAN_BATCH) {
    const count = Math.min(HESSIAN_BATCH, n - start);
    if (count < HESSIAN_BATCH) {
      rows.fill(0);
      weights.fill(0);
    }
    for (let b = 0; b < count; b++) {
      const i = start + b;
      const row = b * m;
      rows[row] = 1;
      let z = theta[0];
      for (let j = 0; j < p; j++) {
        const x = X[i * p + j];
        rows[row + j + 1] = x;
        z += theta[j + 1] * x;
      }
      weights[b] = pointCurvature(z, y[i] === 1, squaredError);
    }
    const m2 = 2 * m;
    const m3 = 3 * m;
    // Only the lower triangle; mirrored below.
    for (let a = 0; a < m; a++) {
      const h0 = weights[0] * rows[a];
      const h1 = weights[1] * rows[m + a];
      const h2 = weights[2] * rows[m2 + a];
      const h3 = weights[3] * rows[m3 + a];
      const offset = a * m;
      for (let c = 0; c <= a; c++) {
        H[offset + c] += h0 * rows[c] + h1 * rows[m + c] + h2 * rows[m2 + c] + h3 * rows[m3 + c];
      }
    }
  }
  const curvature = smoothPenaltyCurvature(objective.regularization);
  for (let a = 0; a < m; a++) {
    for (let c = 0; c <= a; c++) {
      const v = H[a * m + c] / n;
      H[a * m + c] = v;
      H[c * m + a] = v;
    }
    if (a > 0) H[a * m + a] += curvature;
  }
  return H;
}
