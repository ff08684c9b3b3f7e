/**
 * The feature map φ: polynomial terms of the raw inputs up to a degree, then (optionally)
 * standardization of every term to mean 0 and population standard deviation 1.
 *
 * Standardizing after expanding keeps the map affine in the polynomial terms, so coefficients
 * learned on standardized features map back exactly to coefficients on the raw terms:
 *   z = b' + Σ w'_k (f_k − μ_k)/s_k = (b' − Σ w'_k μ_k/s_k) + Σ (w'_k/s_k) f_k.
 */
import type { Dataset } from './dataset';
import type { Design } from './design';

export const MAX_DEGREE = 6;

export interface FeatureSettings {
  /** Standardize every feature to mean 0 and population standard deviation 1. */
  readonly standardize: boolean;
  /** Highest total degree of the polynomial terms, 1 (the inputs themselves) to 6. */
  readonly degree: number;
}

export interface FeatureMap {
  readonly settings: FeatureSettings;
  /** d, the number of raw inputs. */
  readonly inputCount: number;
  /** For each feature, the exponent of each input: [2, 1] is x1²·x2. */
  readonly exponents: readonly (readonly number[])[];
  /** Readable names: "x1", "x1²", "x1·x2". */
  readonly names: readonly string[];
  /** μ_k of each polynomial term (0 when not standardizing). */
  readonly mean: Float64Array;
  /** s_k of each polynomial term (1 when not standardizing, and for a constant term). */
  readonly scale: Float64Array;
}

/**
 * All monomials of total degree 1..degree in d inputs, ordered by degree and then with the earlier
 * inputs' exponents first: x1, x2, x1², x1·x2, x2², x1³, …
 */
export function monomialExponents(d: number, degree: number): number[][] {
  const out: number[][] = [];
  for (let total = 1; total <= degree; total++) {
    const current = new Array<number>(d).fill(0);
    const place = (input: number, left: number): void => {
      if (input === d - 1) {
        current[input] = left;
        out.push(current.slice());
        return;
      }
      for (let e = left; e >= 0; e--) {
        current[input] = e;
        place(input + 1, left - e);
      }
    };
    place(0, total);
  }
  return out;
}

const SUPERSCRIPTS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** "x1²·x2" for exponents [2, 1] and names ["x1", "x2"]. */
export function monomialName(exponents: readonly number[], inputNames: readonly string[]): string {
  const parts: string[] = [];
  exponents.forEach((e, j) => {
    if (e === 0) return;
    const power = e === 1 ? '' : String(e).replace(/\d/g, (digit) => SUPERSCRIPTS[Number(digit)]);
    parts.push(inputNames[j] + power);
  });
  return parts.join('·');
}

function checkSettings(settings: FeatureSettings): void {
  if (!Number.isInteger(settings.degree) || settings.degree < 1 || settings.degree > MAX_DEGREE) {
    throw new RangeError(`The polynomial degree must be an integer from 1 to ${MAX_DEGREE}.`);
  }
}

/** Evaluates the polynomial terms (before standardization) of `rows` inputs into a new array. */
function polynomialTerms(
  exponents: readonly (readonly number[])[],
  inputs: Float64Array,
  rows: number,
  d: number,
): Float64Array {
  const p = exponents.length;
  const out = new Float64Array(rows * p);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < p; k++) {
      let v = 1;
      const ex = exponents[k];
      for (let j = 0; j < d; j++) for (let e = 0; e < ex[j]; e++) v *= inputs[i * d + j];
      out[i * p + k] = v;
    }
  }
  return out;
}

/**
 * The mean and population standard deviation of column k. Two passes (mean, then squared
 * deviations) keep the digits a one-pass formula loses, and the column is scaled by its largest
 * magnitude first, so values near 1e308 give a finite mean and deviation instead of overflowing.
 */
function meanAndDeviation(
  terms: Float64Array,
  k: number,
  p: number,
  n: number,
): { mu: number; sd: number } {
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(terms[i * p + k]));
  if (largest === 0 || !Number.isFinite(largest)) return { mu: 0, sd: 0 };
  let s = 0;
  for (let i = 0; i < n; i++) s += terms[i * p + k] / largest;
  const mu = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const dev = terms[i * p + k] / largest - mu;
    ss += dev * dev;
  }
  return { mu: mu * largest, sd: Math.sqrt(ss / n) * largest };
}

/** Fits the map's means and scales to a data set. */
export function fitFeatureMap(data: Dataset, settings: FeatureSettings): FeatureMap {
  checkSettings(settings);
  const exponents = monomialExponents(data.d, settings.degree);
  const p = exponents.length;
  const mean = new Float64Array(p);
  const scale = new Float64Array(p).fill(1);
  if (settings.standardize) {
    const terms = polynomialTerms(exponents, data.features, data.n, data.d);
    for (let k = 0; k < p; k++) {
      const { mu, sd } = meanAndDeviation(terms, k, p, data.n);
      mean[k] = mu;
      // A constant term becomes a column of zeros: its weight gets no gradient and stays put.
      scale[k] = sd > 0 && Number.isFinite(sd) ? sd : 1;
    }
  }
  return {
    settings,
    inputCount: data.d,
    exponents,
    names: exponents.map((ex) => monomialName(ex, data.featureNames)),
    mean,
    scale,
  };
}

/** φ(x) for `rows` raw inputs (row-major, d per row): the features the model sees. */
export function applyFeatureMap(map: FeatureMap, inputs: Float64Array, rows: number): Float64Array {
  const out = polynomialTerms(map.exponents, inputs, rows, map.inputCount);
  if (!map.settings.standardize) return out;
  const p = map.exponents.length;
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < p; k++) {
      // x/s − μ/s rather than (x − μ)/s: the difference of two values near ±1e308 overflows.
      out[i * p + k] = out[i * p + k] / map.scale[k] - map.mean[k] / map.scale[k];
    }
  }
  return out;
}

/** The design the optimizer works on: φ(x_i) and y_i. */
export function buildDesign(data: Dataset, map: FeatureMap): Design {
  return {
    X: applyFeatureMap(map, data.features, data.n),
    y: data.labels,
    n: data.n,
    p: map.exponents.length,
  };
}

/**
 * θ = [b', w'] on the map's features → [b, w] on the raw polynomial terms, the coefficients a
 * statistics package reports: w_k = w'_k / s_k and b = b' − Σ w'_k μ_k / s_k.
 */
export function toRawCoefficients(map: FeatureMap, theta: Float64Array): Float64Array {
  const raw = new Float64Array(theta.length);
  let intercept = theta[0];
  for (let k = 0; k < map.exponents.length; k++) {
    const w = theta[k + 1] / map.scale[k];
    raw[k + 1] = w;
    intercept -= w * map.mean[k];
  }
  raw[0] = intercept;
  return raw;
}

/** The inverse of toRawCoefficients: w'_k = w_k s_k and b' = b + Σ w_k μ_k. */
export function fromRawCoefficients(map: FeatureMap, raw: Float64Array): Float64Array {
  const theta = new Float64Array(raw.length);
  let intercept = raw[0];
  for (let k = 0; k < map.exponents.length; k++) {
    theta[k + 1] = raw[k + 1] * map.scale[k];
    intercept += raw[k + 1] * map.mean[k];
  }
  theta[0] = intercept;
  return theta;
}
