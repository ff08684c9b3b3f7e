/**
 * The standard normal tail, for the p-values and Wald intervals of the model summary (summary.ts).
 *
 * erfc is computed to full double precision in both regimes, relative to the result: a p-value of
 * 1e-40 keeps its digits instead of rounding to 0 as 1 − erf(x) would.
 */

/** 1/√π */
const INV_SQRT_PI = 0.5641895835477563;

/** Below this, erfc = 1 − erf from the series; above, the continued fraction. */
const SERIES_LIMIT = 0.8;

/**
 * e^{−x²} with x² split as h² + (x − h)(x + h), h = x rounded to 13 binary places, so h² is
 * exact: x² itself rounds by up to 1e-16·x², which for x = 20 would be an error of 4e-14 in the
 * exponent.
 */
function expMinusSquare(x: number): number {
  const h = Math.round(x * 8192) / 8192;
  return Math.exp(-h * h) * Math.exp(-(x - h) * (x + h));
}

/**
 * erf(x) for 0 ≤ x < 1 by the series of positive terms
 *   erf(x) = (2/√π) e^{−x²} Σ_{n≥0} 2ⁿ x^{2n+1} / (1·3·5···(2n+1)),
 * which has no cancellation.
 */
function erfSeries(x: number): number {
  const x2 = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 100; n++) {
    term *= x2 / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return 2 * INV_SQRT_PI * expMinusSquare(x) * sum;
}

/**
 * erfc(x) for x ≥ 0.8 by the continued fraction
 *   erfc(x) = (e^{−x²}/√π) · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))),
 * evaluated forward by the modified Lentz method.
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 5000; n++) {
    const a = n / 2;
    d = x + a * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (INV_SQRT_PI * expMinusSquare(x)) / f;
}

/** The complementary error function erfc(x) = 1 − erf(x), accurate to the last digits. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x === Infinity) return 0;
  // e^{−x²} underflows below the smallest double beyond x ≈ 27.3.
  if (x > 27.3) return 0;
  return x < SERIES_LIMIT ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

/** P(Z > z) for a standard normal Z: pnorm(z, lower.tail = FALSE) in R. */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Pr(|Z| > |z|): the two-sided p-value of a z statistic, 2·pnorm(−|z|) in R. */
export function twoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** The 97.5% quantile of the standard normal, qnorm(0.975) in R: the half-width of 95% Wald intervals. */
export const NORMAL_QUANTILE_975 = 1.959963984540054;
