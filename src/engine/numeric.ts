/**
 * Scalar functions of the model, written so they never overflow and keep their
 * digits in both tails. Notation as in docs/design.md: z is a logit, p = σ(z).
 */

/** σ(z) = 1 / (1 + e^{-z}), evaluated through e^{-|z|} so it never overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * softplus(z) = log(1 + e^z) = max(z, 0) + log1p(e^{-|z|}).
 * Exact to the last digit for any finite z: softplus(1000) is 1000, softplus(-1000) is e^{-1000} = 0.
 */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/*
 * The per-point arithmetic of the losses, from e = e^{-|z|} and q = σ(|z|) = 1/(1 + e): then σ(z)
 * and σ(−z) are q and e·q in some order, and p(1 − p) = e·q². One exp serves the loss, the
 * residual and the variance. These are small enough that V8 inlines them into the hot loops.
 */

/**
 * A point's cross-entropy softplus(z) − y·z, written as softplus((1 − 2y)z) = max((1 − 2y)z, 0) +
 * log1p(e). The two are equal for y ∈ {0, 1}, but the second does not cancel: for y = 1 and z = 30
 * the first loses every digit of log1p(e^{-30}) ≈ 9.4e-14.
 */
export function crossEntropyTerm(z: number, positive: boolean, e: number): number {
  return Math.max(positive ? -z : z, 0) + Math.log1p(e);
}

/**
 * The residual p − y without cancellation: σ(z) for y = 0 and −σ(−z) for y = 1 (p − 1 would round
 * to 0 once p is within 1e-16 of 1).
 */
export function residualTerm(z: number, positive: boolean, e: number, q: number): number {
  return positive ? (z >= 0 ? -e * q : -q) : z >= 0 ? q : e * q;
}
