/**
 * The numbers the derivation on screen fills in, at one iteration: computed here, by the same
 * functions the optimizer uses, so the formula and the picture show the same values.
 *
 *   z_i = w·φ(x_i) + b,  p_i = σ(z_i),  σ'(z_i) = p_i(1 − p_i)
 *   ∂J/∂θ_j = (1/N) Σ_i g_i φ̃_ij + (λθ_j for L2 weights)
 *     with g_i = p_i − y_i (cross-entropy) or (p_i − y_i)·p_i(1 − p_i) (squared error)
 *   θ ← θ − η ∇J
 */
import type { Design } from './design';
import { norm2 } from './linalg';
import type { Objective } from './losses';
import { objectiveAndGradient, objectiveValue, pointContributions } from './losses';
import { crossEntropyTerm } from './numeric';
import { addSmoothPenaltyGradient, applyProximalStep, penalty } from './regularization';

/** One point's way through the model and into the gradient. */
export interface PointTerms {
  readonly index: number;
  readonly y: number;
  /** φ̃_i = (1, φ(x_i)): the bias's "feature" first. */
  readonly features: Float64Array;
  readonly z: number;
  readonly p: number;
  /** p − y. */
  readonly residual: number;
  /** σ'(z) = p(1 − p). */
  readonly slope: number;
  /** g_i, the point's weight in the gradient. */
  readonly weight: number;
  /** g_i·φ̃_i: the point's term in N·∇J (before dividing by N). */
  readonly term: Float64Array;
  /** The point's own loss: −[y log p + (1 − y) log(1 − p)] or (p − y)²/2. */
  readonly loss: number;
}

export interface DerivationNumbers {
  readonly n: number;
  /** J(θ): the mean loss plus the penalty. */
  readonly loss: number;
  /** The data part of ∇J: (1/N) Σ g_i φ̃_i. */
  readonly dataGradient: Float64Array;
  /** What the penalty adds (λθ_j for L2 weights, zeros otherwise). */
  readonly penaltyGradient: Float64Array;
  /** ∇J, the sum of the two. */
  readonly gradient: Float64Array;
  readonly gradientNorm: number;
  /** The highlighted point. */
  readonly point: PointTerms;
  /** θ − η∇J (then the L1 proximal step, if any): the next iterate of full-batch descent. */
  readonly next: Float64Array;
  /** Central finite differences of J, the check on the analytic gradient. */
  readonly finiteDifference: Float64Array;
  /** max_j |∇J_j − FD_j| / max(1, |∇J_j|). */
  readonly finiteDifferenceError: number;
}

/** The step of the central differences, scaled to each parameter. */
function differenceStep(value: number): number {
  return 1e-6 * Math.max(1, Math.abs(value));
}

export function derivationNumbers(
  objective: Objective,
  design: Design,
  theta: Float64Array,
  learningRate: number,
  pointIndex: number,
): DerivationNumbers {
  const { X, y, n, p } = design;
  const m = p + 1;
  const index = Math.min(Math.max(0, Math.trunc(pointIndex)), n - 1);
  const contributions = pointContributions(objective.loss, design, theta);

  const dataGradient = new Float64Array(m);
  const dataLoss = objectiveAndGradient(
    { ...objective, regularization: { kind: 'none', lambda: 0 } },
    design,
    theta,
    dataGradient,
  );
  const penaltyGradient = new Float64Array(m);
  addSmoothPenaltyGradient(objective.regularization, theta, penaltyGradient);
  const gradient = dataGradient.map((g, j) => g + penaltyGradient[j]);

  const features = new Float64Array(m);
  features[0] = 1;
  for (let j = 0; j < p; j++) features[j + 1] = X[index * p + j];
  const pi = contributions.p[index];
  const zi = contributions.z[index];
  const residual = contributions.residual[index];
  const weight = contributions.weight[index];
  const e = Math.exp(-Math.abs(zi));
  const q = 1 / (1 + e);
  const pointLoss =
    objective.loss === 'crossEntropy'
      ? crossEntropyTerm(zi, y[index] === 1, e)
      : 0.5 * residual * residual;

  const next = theta.map((t, j) => t - learningRate * gradient[j]);
  applyProximalStep(objective.regularization, next, learningRate);

  const finiteDifference = new Float64Array(m);
  let finiteDifferenceError = 0;
  for (let j = 0; j < m; j++) {
    const h = differenceStep(theta[j]);
    const plus = Float64Array.from(theta);
    const minus = Float64Array.from(theta);
    plus[j] += h;
    minus[j] -= h;
    // The smooth part only: with L1 the penalty's kink is not differentiable.
    const smooth: Objective =
      objective.regularization.kind === 'l1'
        ? { ...objective, regularization: { kind: 'none', lambda: 0 } }
        : objective;
    finiteDifference[j] =
      (objectiveValue(smooth, design, plus) - objectiveValue(smooth, design, minus)) / (2 * h);
    finiteDifferenceError = Math.max(
      finiteDifferenceError,
      Math.abs(gradient[j] - finiteDifference[j]) / Math.max(1, Math.abs(gradient[j])),
    );
  }

  return {
    n,
    loss: dataLoss + penalty(objective.regularization, theta),
    dataGradient,
    penaltyGradient,
    gradient,
    gradientNorm: norm2(gradient),
    point: {
      index,
      y: y[index],
      features,
      z: zi,
      p: pi,
      residual,
      // p(1 − p) = e·q², which keeps its digits when p is within 1e-16 of 0 or 1.
      slope: e * q * q,
      weight,
      term: features.map((f) => weight * f),
      loss: pointLoss,
    },
    next,
    finiteDifference,
    finiteDifferenceError,
  };
}
