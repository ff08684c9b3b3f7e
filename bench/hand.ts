/**
 * The baselines the engine is held to (docs/design.md, "Budgets"): the loops one would write by hand
 * for two features, over the same Float64Arrays, with the same per-point arithmetic as the engine
 * (one e = e^{-|z|} per point; loss and residual without cancellation).
 *
 * Everything comes in as parameters: a function that closed over module constants would let V8
 * fold them into the compiled loop, an advantage the engine (which receives its data as arguments)
 * never gets.
 */

export interface HandStep {
  /** The new θ = [b, w1, w2], freshly allocated as the engine's step allocates it. */
  readonly theta: Float64Array;
  /** The mean cross-entropy at the old θ, returned so V8 cannot drop its computation. */
  readonly loss: number;
}

/**
 * One full-batch gradient-descent step on the mean cross-entropy, X row-major n×2:
 * θ ← θ − η ∇J(θ), ∇J = (1/N) Σ (p_i − y_i) (1, x_i).
 */
export function handGradientStep(
  X: Float64Array,
  y: Float64Array,
  n: number,
  theta: Float64Array,
  eta: number,
): HandStep {
  const b = theta[0];
  const w1 = theta[1];
  const w2 = theta[2];
  let loss = 0;
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  for (let i = 0; i < n; i++) {
    const x1 = X[2 * i];
    const x2 = X[2 * i + 1];
    const yi = y[i];
    const z = b + w1 * x1 + w2 * x2;
    const e = Math.exp(-Math.abs(z));
    const q = 1 / (1 + e);
    loss += Math.max((1 - 2 * yi) * z, 0) + Math.log1p(e);
    // p − y: σ(z) for y = 0, −σ(−z) for y = 1; σ(|z|) = q and σ(−|z|) = e·q.
    const r = yi === 1 ? (z >= 0 ? -e * q : -q) : z >= 0 ? q : e * q;
    g0 += r;
    g1 += r * x1;
    g2 += r * x2;
  }
  // Mean gradient first, then the step: the engine's order of operations, so the two agree to the bit.
  const next = new Float64Array(3);
  next[0] = b - eta * (g0 / n);
  next[1] = w1 - eta * (g1 / n);
  next[2] = w2 - eta * (g2 / n);
  return { theta: next, loss: loss / n };
}

/**
 * The mean cross-entropy on a size×size grid of (w1, w2), each over [min, max] sampled at cell
 * centres, the bias held at b: row r is w2, column c is w1, as in the engine's lossSurface. The
 * straightforward double loop over cells and then points.
 */
export function handLossSurface(
  X: Float64Array,
  y: Float64Array,
  n: number,
  b: number,
  min: number,
  max: number,
  size: number,
): Float64Array {
  const values = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    const w2 = min + ((r + 0.5) * (max - min)) / size;
    for (let c = 0; c < size; c++) {
      const w1 = min + ((c + 0.5) * (max - min)) / size;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const z = b + w1 * X[2 * i] + w2 * X[2 * i + 1];
        const e = Math.exp(-Math.abs(z));
        sum += Math.max((1 - 2 * y[i]) * z, 0) + Math.log1p(e);
      }
      values[r * size + c] = sum / n;
    }
  }
  return values;
}
