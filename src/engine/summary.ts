/**
 * The fit as a statistics package reports it: what R prints for
 * `summary(glm(y ~ …, family = binomial))`, in raw feature units.
 *
 * Notation as in docs/design.md: θ = [b, w], X̃ the design with its column of ones, p_i = σ(z_i),
 * S = diag(p_i(1 − p_i)). J is the MEAN negative log-likelihood, so its Hessian is
 * H = X̃ᵀSX̃ / N and the information matrix of the likelihood is N·H = X̃ᵀSX̃. At the maximum-
 * likelihood estimate θ̂ the covariance of the estimate is (X̃ᵀSX̃)⁻¹, and
 *
 *   std. error_k = √[(X̃ᵀSX̃)⁻¹]_kk,  z_k = θ̂_k / SE_k,  Pr(>|z|) = 2·Φ(−|z_k|),
 *   95% Wald interval θ̂_k ± 1.959964·SE_k,  odds ratio e^{θ̂_k} with interval e^{ends}.
 *
 * The deviance is twice the negative log-likelihood (for 0/1 labels the saturated model's
 * log-likelihood is 0): D = 2N·J(θ̂). The null deviance is that of the intercept-only model, whose
 * fit is p = ȳ in closed form. AIC = D + 2(p + 1).
 *
 * Conditioning: raw polynomial features can make X̃ᵀSX̃ singular to working precision (x⁶ next to
 * 1). So the information is formed on the design's columns standardized here (whatever the
 * feature map did), inverted there, and carried to raw units exactly by the linear map M between
 * the coefficients, θ_raw = M θ_std: Cov_raw = M Cov_std Mᵀ. Standard errors, like the estimates,
 * do not depend on how the columns were scaled to compute them.
 */
import type { Design } from './design';
import { logits } from './design';
import type { FeatureMap } from './features';
import { toRawCoefficients } from './features';
import { cholesky, choleskySolve } from './linalg';
import { NORMAL_QUANTILE_975, twoSidedP } from './normal';
import { crossEntropyTerm, sigmoid } from './numeric';
import type { Regularization } from './regularization';

/** One row of the coefficient table, all in raw feature units. */
export interface CoefficientSummary {
  readonly estimate: number;
  readonly standardError: number;
  /** estimate / standard error. */
  readonly z: number;
  /** Pr(>|z|), two-sided, under the standard normal. */
  readonly p: number;
  /** The 95% Wald interval, estimate ± 1.959964 · SE. */
  readonly lower: number;
  readonly upper: number;
  /** e^estimate: the factor on the odds per unit of the feature. */
  readonly oddsRatio: number;
  readonly oddsRatioLower: number;
  readonly oddsRatioUpper: number;
}

/** R's count of Fisher scoring iterations, reproduced by running its IRLS from its start. */
export interface FisherScoring {
  readonly iterations: number;
  /** False when R would stop at its 25-iteration limit and warn "algorithm did not converge". */
  readonly converged: boolean;
}

export interface MaximumLikelihoodSummary {
  readonly status: 'mle';
  /** Intercept first, then the features, as θ. */
  readonly coefficients: readonly CoefficientSummary[];
  /** (X̃ᵀSX̃)⁻¹ in raw units, row-major (p + 1)². */
  readonly covariance: Float64Array;
  readonly n: number;
  /** p + 1: the number of estimated parameters. */
  readonly parameters: number;
  readonly nullDeviance: number;
  /** N − 1. */
  readonly nullDf: number;
  readonly residualDeviance: number;
  /** N − (p + 1). */
  readonly residualDf: number;
  /** −D/2. */
  readonly logLikelihood: number;
  /** D + 2(p + 1). */
  readonly aic: number;
  /** null when R's IRLS could not be followed (its weighted least squares was singular). */
  readonly fisherScoring: FisherScoring | null;
}

export type ModelSummary =
  | MaximumLikelihoodSummary
  | {
      /** A penalized fit: estimates only, no standard errors. */
      readonly status: 'penalized';
      readonly kind: 'l1' | 'l2';
      readonly lambda: number;
      /** The penalized optimum in raw units, or null when it was not found. */
      readonly estimates: Float64Array | null;
      readonly message: string;
    }
  | {
      /** No maximum-likelihood estimate: separable data, or Newton found none. */
      readonly status: 'noMle';
      readonly message: string;
    }
  | {
      /** The information matrix is singular: a constant feature, or features that are collinear. */
      readonly status: 'singular';
      readonly message: string;
    };

export const PENALIZED_SUMMARY_MESSAGE =
  'A penalized fit has no usual standard errors: the penalty biases the estimates toward 0, and (X̃ᵀSX̃)⁻¹ no longer describes their spread, so no z values, p-values or Wald intervals are given. The estimates are those of the penalized optimum, in raw units.';

export const SINGULAR_SUMMARY_MESSAGE =
  'The information matrix X̃ᵀSX̃ is singular: a feature is constant or the features are collinear, so some coefficients are not identified and have no standard error (R prints NA for them).';

/** The column means and standard deviations of the design, for the internal standardization. */
function columnScales(design: Design): { mean: Float64Array; scale: Float64Array } {
  const { X, n, p } = design;
  const mean = new Float64Array(p);
  const scale = new Float64Array(p).fill(1);
  for (let k = 0; k < p; k++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += X[i * p + k];
    const mu = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (X[i * p + k] - mu) ** 2;
    const sd = Math.sqrt(ss / n);
    mean[k] = mu;
    scale[k] = sd > 0 && Number.isFinite(sd) ? sd : 1;
  }
  return { mean, scale };
}

/** X̃ with standardized columns: n rows of [1, (x_k − m_k)/s_k]. */
function standardizedDesign(design: Design, mean: Float64Array, scale: Float64Array): Float64Array {
  const { X, n, p } = design;
  const m = p + 1;
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    out[i * m] = 1;
    for (let k = 0; k < p; k++) out[i * m + k + 1] = (X[i * p + k] - mean[k]) / scale[k];
  }
  return out;
}

/**
 * The matrix of θ_raw = M θ' for coefficients θ' on features (f − μ)/s (toRawCoefficients):
 * b = b' − Σ w'_k μ_k/s_k, w_k = w'_k/s_k.
 */
function coefficientMap(mean: Float64Array, scale: Float64Array): Float64Array {
  const m = mean.length + 1;
  const M = new Float64Array(m * m);
  M[0] = 1;
  for (let k = 0; k < mean.length; k++) {
    M[k + 1] = -mean[k] / scale[k];
    M[(k + 1) * m + k + 1] = 1 / scale[k];
  }
  return M;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  return out;
}

function transpose(a: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) out[j * m + i] = a[i * m + j];
  return out;
}

/** Σ_i w_i x̃_i x̃_iᵀ for the rows x̃_i of an n×m matrix. */
function weightedGram(rows: Float64Array, n: number, m: number, w: Float64Array): Float64Array {
  const g = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    const r = i * m;
    for (let a = 0; a < m; a++) {
      const v = wi * rows[r + a];
      for (let b = 0; b <= a; b++) g[a * m + b] += v * rows[r + b];
    }
  }
  for (let a = 0; a < m; a++) for (let b = 0; b < a; b++) g[b * m + a] = g[a * m + b];
  return g;
}

/** The inverse of a symmetric positive definite matrix, or null when it is singular. */
function inverseSpd(a: Float64Array, m: number): Float64Array | null {
  const l = cholesky(a, m);
  if (!l) return null;
  const inv = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    const e = new Float64Array(m);
    e[j] = 1;
    const col = choleskySolve(l, m, e);
    for (let i = 0; i < m; i++) inv[i * m + j] = col[i];
  }
  // Symmetrize the rounding.
  for (let i = 0; i < m; i++)
    for (let j = 0; j < i; j++) {
      const v = (inv[i * m + j] + inv[j * m + i]) / 2;
      inv[i * m + j] = v;
      inv[j * m + i] = v;
    }
  return inv;
}

/** −2 log-likelihood of the intercept-only model, whose fitted probability is ȳ for every point. */
export function nullDeviance(y: Float64Array): number {
  const n = y.length;
  let k = 0;
  for (let i = 0; i < n; i++) k += y[i];
  if (k === 0 || k === n) return 0;
  const ybar = k / n;
  return -2 * (k * Math.log(ybar) + (n - k) * Math.log1p(-ybar));
}

/** D(θ) = 2 Σ_i [softplus(z_i) − y_i z_i] = 2N·J_CE(θ). */
export function deviance(design: Design, theta: Float64Array): number {
  const z = logits(design, theta);
  let sum = 0;
  for (let i = 0; i < design.n; i++) {
    sum += crossEntropyTerm(z[i], design.y[i] === 1, Math.exp(-Math.abs(z[i])));
  }
  return 2 * sum;
}

/** R's `.Machine$double.eps` and the logit link's clamps (family.c: THRESH = 30, MTHRESH = −30). */
const DOUBLE_EPS = 2.220446049250313e-16;

/** binomial()$linkinv: σ(η), clamped to [ε, 1 − ε] beyond |η| > 30. */
function rLinkInverse(eta: number): number {
  if (eta < -30) return DOUBLE_EPS;
  if (eta > 30) return 1 - DOUBLE_EPS;
  return sigmoid(eta);
}

/** binomial()$mu.eta: dμ/dη = e^η/(1 + e^η)², at least ε. */
function rMuEta(eta: number): number {
  const a = Math.abs(eta);
  if (a > 30) return DOUBLE_EPS;
  const e = Math.exp(-a);
  return Math.max(e / ((1 + e) * (1 + e)), DOUBLE_EPS);
}

/** binomial()$dev.resids summed: 2 Σ [y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))]. */
function rDeviance(y: Float64Array, mu: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += y[i] === 1 ? -Math.log(mu[i]) : -Math.log1p(-mu[i]);
  return 2 * sum;
}

/**
 * The number of Fisher scoring iterations R's `glm.fit` reports, found by following it: start
 * from μ_i = (y_i + 0.5)/2 (binomial()$initialize), η = logit(μ), and repeat the weighted least
 * squares step on the working response z = η + (y − μ)/μ'(η) with weights μ'(η)²/(μ(1 − μ)) until
 * |D − D_old| / (|D| + 0.1) < 1e-8 (glm.control's epsilon), at most 25 times (its maxit). For the
 * logit link Fisher scoring is Newton's method, so each iteration is one Newton step; the count
 * differs from the page's own Newton iterations only because R starts elsewhere.
 *
 * The steps run on standardized columns (`rows`, with its column of ones): the iterates of
 * η = X̃θ are the same for any affine rescaling of the features, and so are D and the count.
 * R's step-halving (used only when D is not finite) is not followed.
 */
export function fisherScoringIterations(
  rows: Float64Array,
  n: number,
  m: number,
  y: Float64Array,
): FisherScoring | null {
  const mu = new Float64Array(n);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    mu[i] = (y[i] + 0.5) / 2;
    eta[i] = Math.log(mu[i] / (1 - mu[i]));
  }
  let devOld = rDeviance(y, mu);
  const weights = new Float64Array(n);
  const MAX_ITERATIONS = 25;
  const EPSILON = 1e-8;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const rhs = new Float64Array(m);
    for (let i = 0; i < n; i++) {
      const d = rMuEta(eta[i]);
      const variance = mu[i] * (1 - mu[i]);
      const z = eta[i] + (y[i] - mu[i]) / d;
      const w = (d * d) / variance;
      weights[i] = w;
      for (let a = 0; a < m; a++) rhs[a] += w * z * rows[i * m + a];
    }
    const l = cholesky(weightedGram(rows, n, m, weights), m);
    if (!l) return null;
    const beta = choleskySolve(l, m, rhs);
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let a = 0; a < m; a++) e += beta[a] * rows[i * m + a];
      eta[i] = e;
      mu[i] = rLinkInverse(e);
    }
    const dev = rDeviance(y, mu);
    if (!Number.isFinite(dev)) return null;
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
      return { iterations: iteration, converged: true };
    }
    devOld = dev;
  }
  return { iterations: MAX_ITERATIONS, converged: false };
}

/**
 * The summary of the maximum-likelihood fit θ̂ (on the design's features, as the optimizer found
 * it: findOptimum with the cross-entropy and no penalty), in raw units through the feature map.
 */
export function summarizeMaximumLikelihood(
  design: Design,
  map: FeatureMap,
  theta: Float64Array,
): MaximumLikelihoodSummary | Extract<ModelSummary, { status: 'singular' }> {
  const { n, p, y } = design;
  const m = p + 1;
  const { mean, scale } = columnScales(design);
  const rows = standardizedDesign(design, mean, scale);

  // S = diag(p_i(1 − p_i)) at θ̂, then the information X̃ᵀSX̃ on the standardized columns.
  const z = logits(design, theta);
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pi = sigmoid(z[i]);
    s[i] = pi * (1 - pi);
  }
  const covarianceStd = inverseSpd(weightedGram(rows, n, m, s), m);
  if (!covarianceStd) return { status: 'singular', message: SINGULAR_SUMMARY_MESSAGE };

  // θ_raw = M_map M_std θ_std: first from the standardized columns to the design's features,
  // then through the feature map to the raw terms.
  const M = multiply(coefficientMap(map.mean, map.scale), coefficientMap(mean, scale), m);
  const covariance = multiply(multiply(M, covarianceStd, m), transpose(M, m), m);
  const estimates = toRawCoefficients(map, theta);

  const coefficients: CoefficientSummary[] = [];
  for (let k = 0; k < m; k++) {
    const estimate = estimates[k];
    const standardError = Math.sqrt(covariance[k * m + k]);
    const zk = estimate / standardError;
    const lower = estimate - NORMAL_QUANTILE_975 * standardError;
    const upper = estimate + NORMAL_QUANTILE_975 * standardError;
    coefficients.push({
      estimate,
      standardError,
      z: zk,
      p: twoSidedP(zk),
      lower,
      upper,
      oddsRatio: Math.exp(estimate),
      oddsRatioLower: Math.exp(lower),
      oddsRatioUpper: Math.exp(upper),
    });
  }

  const residualDeviance = deviance(design, theta);
  return {
    status: 'mle',
    coefficients,
    covariance,
    n,
    parameters: m,
    nullDeviance: nullDeviance(y),
    nullDf: n - 1,
    residualDeviance,
    residualDf: n - m,
    logLikelihood: -residualDeviance / 2,
    aic: residualDeviance + 2 * m,
    fisherScoring: fisherScoringIterations(rows, n, m, y),
  };
}

/** The cross-entropy optimum the summary describes, as findOptimum (or the worker) found it. */
export type SummarizedOptimum =
  | { readonly status: 'found'; readonly theta: Float64Array }
  | { readonly status: 'separable' | 'notFound'; readonly message: string };

/**
 * The model summary of a run: for the cross-entropy without a penalty, R's summary of the
 * maximum-likelihood fit; with L1 or L2 (λ > 0), the penalized estimates alone; where the MLE
 * does not exist, why. `optimum` is the cross-entropy's optimum with `regularization`.
 */
export function modelSummary(
  regularization: Regularization,
  design: Design,
  map: FeatureMap,
  optimum: SummarizedOptimum,
): ModelSummary {
  if (regularization.kind !== 'none' && regularization.lambda > 0) {
    return {
      status: 'penalized',
      kind: regularization.kind,
      lambda: regularization.lambda,
      estimates: optimum.status === 'found' ? toRawCoefficients(map, optimum.theta) : null,
      message: PENALIZED_SUMMARY_MESSAGE,
    };
  }
  if (optimum.status !== 'found') {
    return {
      status: 'noMle',
      message:
        optimum.status === 'separable'
          ? `No maximum-likelihood estimate exists, so there is nothing to summarize: ${optimum.message} R's glm stops at large finite numbers here, with the warning "fitted probabilities numerically 0 or 1 occurred"; its standard errors are huge and its p-values near 1, and neither means anything.`
          : `No maximum-likelihood estimate was found: ${optimum.message}`,
    };
  }
  return summarizeMaximumLikelihood(design, map, optimum.theta);
}
