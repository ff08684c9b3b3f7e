/**
 * What the guide says, checked on its own runs. Every scene of every chapter has a claim here, and
 * every chapter's text has its own: each runs the scene's configuration through the worker's
 * Trainer (the engine's step, objective and analysis underneath, exactly as the page runs it) and
 * asserts what the caption or the paragraph says happens. The only numbers typed in are the texts'
 * own ("fewer than 10 steps", "thousands", "λ = 0.3"); every value compared with them is computed
 * from a run, or by the engine's functions at the run's parameters.
 *
 * A new scene without a claim fails the first test, so a text cannot drift from its run unnoticed.
 */
import { describe, expect, it } from 'vitest';
import type { Design, FeatureMap, LossKind } from '../../src/engine';
import {
  applyFeatureMap,
  confusionAtThreshold,
  findOptimum,
  hessian,
  logits,
  newtonDirection,
  norm2,
  objectiveAndGradient,
  objectiveValue,
  pointContributions,
  rocCurve,
  symmetricEigenvalues,
  toRawCoefficients,
} from '../../src/engine';
import type { TrainingConfig } from '../../src/state/config';
import type { Chapter } from '../../src/story/chapters';
import { CHAPTERS, chapterById } from '../../src/story/chapters';
import type { SceneLandmarks } from '../../src/story/scenes';
import { sceneConfig, stepsInto } from '../../src/story/scenes';
import { accuracy } from '../../src/ui/curve/accuracy';
import { dataDomains } from '../../src/ui/data/geometry';
import type { DataPoint } from '../../src/ui/story/sketchCloseness';
import { measureSketch, modelBoundary, sketchCloseness } from '../../src/ui/story/sketchCloseness';
import { formatNumber } from '../../src/ui/text/format';
import type { Landmarks } from '../../src/worker/analysis';
import { analyze } from '../../src/worker/analysis';
import type { Snapshot, StopReason } from '../../src/worker/protocol';
import { prepareRun } from '../../src/worker/run';
import { Trainer } from '../../src/worker/trainer';

/** Far more iterations than any scene's run needs to converge (the slowest takes about 4,400). */
const LONG_RUN = 30_000;

/** Milliseconds a claim may take on a busy machine (most take well under one second). */
const CLAIM_TIMEOUT = 30_000;

/** A run from the scene's start: one snapshot per iteration, up to its stop or `limit`. */
interface Trace {
  readonly snapshots: readonly Snapshot[];
  readonly stop: StopReason | null;
  readonly last: Snapshot;
  /** Iterations after which the loss was higher than before. */
  readonly rises: readonly number[];
}

/** A scene of a chapter, resolved the way the page resolves it: its configuration and its data. */
class SceneRun {
  readonly config: TrainingConfig;
  readonly design: Design;
  readonly map: FeatureMap;
  /** The landmarks of the chapter's data (the page computes them from the chapter's run). */
  readonly landmarks: Landmarks;
  private traces = new Map<number, Trace>();

  constructor(
    readonly chapter: Chapter,
    readonly index: number,
  ) {
    const prepared = prepareRun(chapter.config);
    this.design = prepared.design;
    this.map = prepared.map;
    this.landmarks = analyze(chapter.config.objective, prepared.design, prepared.map).landmarks;
    this.config = resolve(chapter, index, this.landmarks);
  }

  /** The scene's run, played from its start until it stops or `limit` iterations. */
  trace(limit = LONG_RUN): Trace {
    const cached = this.traces.get(limit);
    if (cached) return cached;
    const result = play(this.config, limit);
    this.traces.set(limit, result);
    return result;
  }

  /** The snapshot the scene stands on after its single steps (0 for a start, play or change). */
  stoodOn(): Snapshot {
    return this.trace(stepsInto(this.chapter.scenes, this.index)).last;
  }

  /** The same data and start with other settings, for the comparisons a text makes. */
  variant(change: (config: TrainingConfig) => TrainingConfig, limit = LONG_RUN): Trace {
    return play(change(this.config), limit);
  }
}

function resolve(chapter: Chapter, index: number, landmarks: SceneLandmarks): TrainingConfig {
  const resolved = sceneConfig(chapter, index, landmarks);
  if (!resolved.ok) throw new Error(resolved.reason);
  return resolved.config;
}

function play(config: TrainingConfig, limit: number): Trace {
  const trainer = new Trainer(config, 1);
  const snapshots = [trainer.snapshot(false, 1)];
  const rises: number[] = [];
  while (trainer.iteration < limit && !snapshots.at(-1)!.stop) {
    trainer.stepForward();
    const snapshot = trainer.snapshot(false, 1);
    if (snapshot.loss > snapshots.at(-1)!.loss) rises.push(snapshot.iteration);
    snapshots.push(snapshot);
  }
  const last = snapshots.at(-1)!;
  return { snapshots, stop: last.stop, last, rises };
}

const withLearningRate = (eta: number) => (config: TrainingConfig) => ({
  ...config,
  optimizer: { ...config.optimizer, learningRate: eta },
});

const withLoss = (loss: LossKind, eta: number) => (config: TrainingConfig) => ({
  ...withLearningRate(eta)(config),
  objective: { ...config.objective, loss },
});

/** (1/N) Σ g_i φ̃_i with the engine's per-point weights g_i at θ: the gradient as the text writes it. */
function meanOfTerms(design: Design, theta: Float64Array, loss: LossKind): Float64Array {
  const { weight } = pointContributions(loss, design, theta);
  const { X, n, p } = design;
  const out = new Float64Array(p + 1);
  for (let i = 0; i < n; i++) {
    out[0] += weight[i] / n;
    for (let j = 0; j < p; j++) out[j + 1] += (weight[i] * X[i * p + j]) / n;
  }
  return out;
}

function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12) {
  expect(actual.length).toBe(expected.length);
  for (let j = 0; j < actual.length; j++) {
    expect(Math.abs(actual[j] - expected[j])).toBeLessThanOrEqual(
      tolerance * Math.max(1, Math.abs(expected[j])),
    );
  }
}

const weights = (snapshot: Snapshot) => snapshot.theta.subarray(1);

/** The eigenvalues of the cross-entropy's Hessian at the optimum of `design`, smallest first. */
function curvaturesAtOptimum(design: Design): Float64Array {
  const objective = {
    loss: 'crossEntropy' as const,
    regularization: { kind: 'none' as const, lambda: 0 },
  };
  const optimum = findOptimum(objective, design);
  if (optimum.status !== 'found') throw new Error(optimum.status);
  return symmetricEigenvalues(hessian(objective, design, optimum.theta), design.p + 1).sort();
}

/** λ_max/λ_min of the Hessian at the optimum. */
function conditionNumber(design: Design): number {
  const eigenvalues = curvaturesAtOptimum(design);
  return eigenvalues[eigenvalues.length - 1] / eigenvalues[0];
}

/** The factor by which the gradient norm shrank per iteration over the run's last `span` steps. */
function measuredRate(trace: Trace, span: number): number {
  const { snapshots } = trace;
  const last = snapshots.at(-1)!;
  const earlier = snapshots[snapshots.length - 1 - span];
  return (last.gradientNorm / earlier.gradientNorm) ** (1 / span);
}

/**
 * The hard-margin separator of the augmented points (1, φ(x_i)): the θ of least norm with
 * s_i θ·φ̃_i ≥ 1 (s_i = ±1), by coordinate ascent on its dual, max Σα − ½‖Σ α_i s_i φ̃_i‖², α ≥ 0.
 * Independent of the engine: what a support-vector machine without a separate bias finds.
 */
function maximumMarginSeparator(design: Design): Float64Array {
  const { X, y, n, p } = design;
  const m = p + 1;
  const rows = Array.from({ length: n }, (_, i) => [1, ...X.subarray(i * p, i * p + p)]);
  const alpha = new Float64Array(n);
  const theta = new Float64Array(m);
  for (let sweep = 0; sweep < 100_000; sweep++) {
    let change = 0;
    for (let i = 0; i < n; i++) {
      const s = y[i] ? 1 : -1;
      const row = rows[i];
      const margin = s * row.reduce((sum, v, j) => sum + v * theta[j], 0);
      const squared = row.reduce((sum, v) => sum + v * v, 0);
      const next = Math.max(0, alpha[i] + (1 - margin) / squared);
      const delta = next - alpha[i];
      for (let j = 0; j < m; j++) theta[j] += delta * s * row[j];
      alpha[i] = next;
      change = Math.max(change, Math.abs(delta));
    }
    if (change < 1e-14) return theta;
  }
  throw new Error('the dual did not converge');
}

/** The angle between two vectors, in degrees. */
function angle(a: Float64Array, b: Float64Array): number {
  const cosine = a.reduce((sum, v, j) => sum + v * b[j], 0) / (norm2(a) * norm2(b));
  return (Math.acos(Math.min(1, cosine)) * 180) / Math.PI;
}

/** The published Challenger fit (R's glm; test/fixtures/README.md), which the text quotes. */
const CHALLENGER_GLM = [15.0429016477, -0.232162744219];

/** The start scene: the chapter's configuration at iteration 0, the weights where it starts. */
const START_CLAIM: Claim = {
  says: 'the chapter’s run stands at iteration 0, from zero weights: every p is 0.5',
  check: (run) => {
    expect(run.config).toBe(run.chapter.config);
    const start = run.stoodOn();
    expect(start.iteration).toBe(0);
    expect(Array.from(start.theta).every((t) => t === 0)).toBe(true);
    const { p } = pointContributions(run.config.objective.loss, run.design, start.theta);
    expect(p.every((value) => value === 0.5)).toBe(true);
  },
};

interface Claim {
  /** What the scene's caption (or the chapter's text) says, in short. */
  readonly says: string;
  readonly check: (run: SceneRun) => void;
}

/** Each chapter's scenes, in order: one claim per scene. */
const SCENE_CLAIMS: Readonly<Record<string, readonly Claim[]>> = {
  sigmoid: [
    START_CLAIM,
    {
      says: 'the first step tilts the S upwards (w > 0: the positives lie to the right), and it converges',
      check: (run) => {
        const { snapshots, stop } = run.trace();
        expect(snapshots[1].rawTheta[1]).toBeGreaterThan(0);
        expect(stop?.kind).toBe('converged');
      },
    },
  ],
  likelihood: [
    START_CLAIM,
    {
      says: 'the confidently wrong points pull harder than any point near the boundary',
      check: (run) => {
        const { last, stop } = run.trace();
        expect(stop?.kind).toBe('converged');
        const { z, residual } = pointContributions('crossEntropy', run.design, last.theta);
        const pull = (i: number) => Math.abs(residual[i]);
        const indices = Array.from(z, (_, i) => i);
        const wrong = indices.filter((i) => Math.abs(residual[i]) > 0.9);
        const near = indices.filter((i) => Math.abs(z[i]) < 0.5);
        expect(wrong.length).toBeGreaterThan(0);
        expect(near.length).toBeGreaterThan(0);
        expect(Math.min(...wrong.map(pull))).toBeGreaterThan(Math.max(...near.map(pull)));
      },
    },
  ],
  gradient: [
    START_CLAIM,
    {
      says: 'the gradient is the mean of every point’s (p − y)·φ̃, not their sum',
      check: (run) => {
        const [before, after] = run.trace(1).snapshots;
        expectAllClose(before.gradient, meanOfTerms(run.design, before.theta, 'crossEntropy'));
        expectAllClose(after.gradient, meanOfTerms(run.design, after.theta, 'crossEntropy'));
      },
    },
    {
      says: 'after another step the errors are smaller, and so is the gradient',
      check: (run) => {
        const [, first, second] = run.trace(2).snapshots;
        const meanError = (snapshot: Snapshot) => {
          const { residual } = pointContributions('crossEntropy', run.design, snapshot.theta);
          return residual.reduce((sum, r) => sum + Math.abs(r), 0) / residual.length;
        };
        expect(run.stoodOn()).toBe(second);
        expect(meanError(second)).toBeLessThan(meanError(first));
        expect(second.gradientNorm).toBeLessThan(first.gradientNorm);
      },
    },
    {
      says: 'it converges',
      check: (run) => expect(run.trace().stop?.kind).toBe('converged'),
    },
  ],
  'one-step': [
    START_CLAIM,
    {
      says: 'one step is θ − η∇J, with ∇J the mean of the points’ (p − y)·φ̃',
      check: (run) => {
        const [before, after] = run.trace(1).snapshots;
        const eta = run.config.optimizer.learningRate;
        const mean = meanOfTerms(run.design, before.theta, 'crossEntropy');
        expectAllClose(
          after.theta,
          before.theta.map((t, j) => t - eta * mean[j]),
        );
      },
    },
    {
      says: 'the second step’s arrow, −∇J(θ1), is shorter than the first’s, −∇J(θ0)',
      check: (run) => {
        const [first, second] = run.trace(2).snapshots;
        expect(run.stoodOn().iteration).toBe(2);
        expect(second.gradientNorm).toBeLessThan(first.gradientNorm);
      },
    },
    {
      says: 'a third step',
      check: (run) => expect(run.stoodOn().iteration).toBe(3),
    },
    {
      says: 'it converges',
      check: (run) => expect(run.trace().stop?.kind).toBe('converged'),
    },
  ],
  'learning-rate': [
    START_CLAIM,
    {
      says: 'far below 2/L0 every step lowers the loss, slowly, and it converges',
      check: (run) => {
        const { stop, rises, last } = run.trace();
        expect(run.config.optimizer.learningRate).toBeLessThan(
          run.landmarks.descentGuaranteed / 10,
        );
        expect(stop?.kind).toBe('converged');
        expect(rises).toEqual([]);
        const faster = run.variant(withLearningRate(0.95 * run.landmarks.descentGuaranteed)).last;
        expect(last.iteration).toBeGreaterThan(10 * faster.iteration);
      },
    },
    {
      says: 'just below 2/L0 every step still lowers the loss, in far fewer iterations',
      check: (run) => {
        const { stop, rises } = run.trace();
        const eta = run.config.optimizer.learningRate;
        expect(eta).toBeLessThan(run.landmarks.descentGuaranteed);
        expect(stop?.kind).toBe('converged');
        expect(rises).toEqual([]);
      },
    },
    {
      says: 'just below 2/L*, above 2/L0, the loss rises on some of the first steps and still converges',
      check: (run) => {
        const { stop, rises } = run.trace();
        const eta = run.config.optimizer.learningRate;
        expect(eta).toBeGreaterThan(run.landmarks.descentGuaranteed);
        expect(eta).toBeLessThan(run.landmarks.convergenceLimit!);
        expect(stop?.kind).toBe('converged');
        expect(rises.length).toBeGreaterThanOrEqual(2);
        expect(rises[0]).toBeLessThanOrEqual(5);
        expect(Math.max(...rises)).toBeLessThan(50);
      },
    },
    {
      says: 'past 2/L* the loss keeps rising and falling and never settles, and stays bounded',
      check: (run) => {
        const { stop, snapshots, rises } = run.trace(3000);
        expect(run.config.optimizer.learningRate).toBeGreaterThan(run.landmarks.convergenceLimit!);
        expect(stop).toBeNull();
        // Rising every few steps to the end, and never near the optimum's loss.
        const lateRises = rises.filter((k) => k > 2900);
        expect(lateRises.length).toBeGreaterThan(20);
        const optimum = run.variant(withLearningRate(run.landmarks.descentGuaranteed / 2)).last;
        const tail = snapshots.slice(-100);
        expect(Math.min(...tail.map((s) => s.loss))).toBeGreaterThan(optimum.loss + 1e-3);
        // Bounded: the second half of the run goes no further out than the first.
        const size = (s: Snapshot) => norm2(s.theta);
        const early = Math.max(...snapshots.slice(0, 1500).map(size));
        const late = Math.max(...snapshots.slice(1500).map(size));
        expect(late).toBeLessThanOrEqual(early * 1.01);
        expect(tail.at(-1)!.warnings.join(' ')).toMatch(/oscillat/);
      },
    },
  ],
  'squared-error': [
    START_CLAIM,
    {
      says: 'squared error silences the confidently wrong points, and converges slowly',
      check: (run) => {
        const { stop, last } = run.trace();
        expect(run.config.objective.loss).toBe('squaredError');
        expect(stop?.kind).toBe('converged');
        expect(last.iteration).toBeGreaterThan(1000);
        const { residual, weight } = pointContributions('squaredError', run.design, last.theta);
        const wrong = Array.from(residual, (_, i) => i).filter((i) => Math.abs(residual[i]) > 0.9);
        expect(wrong.length).toBeGreaterThan(0);
        // Silent: each pulls less than a tenth of the strongest pull of any point.
        const strongest = Math.max(...Array.from(weight, Math.abs));
        for (const i of wrong) expect(Math.abs(weight[i])).toBeLessThan(strongest / 10);
      },
    },
    {
      says: 'the cross-entropy at its own η needs far fewer iterations, and the outliers pull its boundary towards them',
      check: (run) => {
        const crossEntropy = run.trace();
        expect(run.config.objective.loss).toBe('crossEntropy');
        expect(crossEntropy.stop?.kind).toBe('converged');
        const squared = play(run.chapter.config, LONG_RUN);
        expect(crossEntropy.last.iteration * 10).toBeLessThan(squared.last.iteration);
        // The points squared error gets confidently wrong lie closer to the cross-entropy's
        // boundary than to its own: distance |z|/‖w‖ in the same standardized features.
        const { residual } = pointContributions('squaredError', run.design, squared.last.theta);
        const outliers = Array.from(residual, (_, i) => i).filter(
          (i) => Math.abs(residual[i]) > 0.9,
        );
        const distance = (theta: Float64Array) => {
          const z = logits(run.design, theta);
          const w = norm2(theta.subarray(1));
          return outliers.reduce((sum, i) => sum + Math.abs(z[i]) / w, 0) / outliers.length;
        };
        expect(distance(crossEntropy.last.theta)).toBeLessThan(distance(squared.last.theta));
      },
    },
  ],
  stochastic: [
    START_CLAIM,
    {
      says: 'batches of 10: the loss goes up on some steps, never settles, and stays near the optimum',
      check: (run) => {
        const { stop, rises, snapshots } = run.trace(3000);
        expect(run.config.optimizer.batchSize).toBe(10);
        expect(stop).toBeNull();
        expect(rises.length).toBeGreaterThan(100);
        const full = run.variant((config) => ({
          ...config,
          optimizer: { ...config.optimizer, batchSize: 0 },
        })).last;
        const tail = snapshots.slice(-500);
        const distances = tail.map((s) => norm2(s.theta.map((t, j) => t - full.theta[j])));
        expect(Math.min(...distances)).toBeGreaterThan(1e-4);
        expect(Math.max(...distances)).toBeLessThan(0.5);
      },
    },
    {
      says: 'the full batch: the loss falls on every step, and it converges',
      check: (run) => {
        const { stop, rises } = run.trace();
        expect(stop?.kind).toBe('converged');
        expect(rises).toEqual([]);
      },
    },
  ],
  separable: [
    START_CLAIM,
    {
      says: 'without regularization the weights grow at every step while the loss creeps to 0',
      check: (run) => {
        const { snapshots, stop } = run.trace(5000);
        expect(stop).toBeNull();
        for (let k = 1; k < snapshots.length; k++) {
          expect(norm2(weights(snapshots[k]))).toBeGreaterThan(norm2(weights(snapshots[k - 1])));
          expect(snapshots[k].loss).toBeLessThan(snapshots[k - 1].loss);
        }
        expect(snapshots.at(-1)!.loss).toBeLessThan(1e-3);
        expect(findOptimum(run.config.objective, run.design).status).toBe('separable');
      },
    },
    {
      says: 'L2: an optimum exists, and the run converges to it',
      check: (run) => {
        const { stop, last } = run.trace();
        expect(stop?.kind).toBe('converged');
        const optimum = findOptimum(run.config.objective, run.design);
        if (optimum.status !== 'found') throw new Error(optimum.status);
        // ‖∇J‖ below the tolerance 1e-6 with the flattest curvature about λ: within 1e-4.
        expectAllClose(last.theta, optimum.theta, 1e-4);
      },
    },
    {
      says: 'L1: the weight of x2 is exactly 0 and that of x1 is not, in the table too',
      check: (run) => {
        const { stop, last } = run.trace();
        expect(run.config.objective.regularization.kind).toBe('l1');
        expect(stop?.kind).toBe('converged');
        expect(last.theta[2]).toBe(0);
        expect(last.rawTheta[2]).toBe(0);
        expect(formatNumber(last.rawTheta[2])).toBe('0');
        expect(Math.abs(last.rawTheta[1])).toBeGreaterThan(0.1);
        expect(formatNumber(last.rawTheta[1])).not.toMatch(/^−?0(\.0*)?$/);
        // Newton's optimum, found independently of the run, has the same zero.
        const optimum = findOptimum(run.config.objective, run.design);
        if (optimum.status !== 'found') throw new Error(optimum.status);
        expect(optimum.theta[2]).toBe(0);
        expect(optimum.theta[1]).not.toBe(0);
      },
    },
  ],
  polynomial: [
    START_CLAIM,
    {
      says: 'the boundary is a conic that is nearly a circle',
      check: (run) => {
        const { stop, last } = run.trace();
        expect(stop?.kind).toBe('converged');
        const names = run.map.names;
        expect(names).toEqual(['x1', 'x2', 'x1²', 'x1·x2', 'x2²']);
        // The quadratic part [[a, c/2], [c/2, e]] of b + w·φ(x) in raw units: an ellipse when its
        // eigenvalues share a sign, a circle when they are equal.
        const [, , , a, c, e] = last.rawTheta;
        const [low, high] = symmetricEigenvalues(Float64Array.from([a, c / 2, c / 2, e]), 2);
        expect(low * high).toBeGreaterThan(0);
        const axisRatio = Math.sqrt(
          Math.min(Math.abs(low), Math.abs(high)) / Math.max(Math.abs(low), Math.abs(high)),
        );
        expect(axisRatio).toBeGreaterThan(0.9);
      },
    },
  ],
  newton: [
    START_CLAIM,
    {
      says: 'one Newton step is θ − H⁻¹∇J, the full step',
      check: (run) => {
        const [before, after] = run.trace(1).snapshots;
        const m = before.theta.length;
        const H = hessian(run.config.objective, run.design, before.theta);
        const { direction, damping } = newtonDirection(H, m, before.gradient);
        expect(damping).toBe(0);
        expectAllClose(
          after.theta,
          before.theta.map((t, j) => t - direction[j]),
        );
      },
    },
    {
      says: 'a second step',
      check: (run) => {
        const [, first, second] = run.trace(2).snapshots;
        expect(run.stoodOn()).toBe(second);
        expect(second.loss).toBeLessThan(first.loss);
      },
    },
    {
      says: 'Newton converges in fewer than 10 steps, gradient descent at η = 1 needs thousands',
      check: (run) => {
        const newton = run.trace();
        expect(newton.stop?.kind).toBe('converged');
        expect(newton.last.iteration).toBeLessThan(10);
        const descent = run.variant((config) => ({
          ...config,
          optimizer: { ...config.optimizer, rule: 'gradientDescent', learningRate: 1 },
        }));
        expect(descent.stop?.kind).toBe('converged');
        expect(descent.last.iteration).toBeGreaterThan(1000);
      },
    },
  ],
  conditioning: [
    START_CLAIM,
    {
      says: 'raw temperatures at η ≈ 1/L0: after the first steps the loss barely moves, the intercept stays near 0',
      check: (run) => {
        expect(run.config.features.standardize).toBe(false);
        const eta = run.config.optimizer.learningRate;
        const reciprocal = run.landmarks.descentGuaranteed / 2;
        expect(eta).toBeLessThanOrEqual(reciprocal);
        expect(eta).toBeGreaterThan(0.95 * reciprocal);
        expect(eta.toFixed(4)).toBe('0.0008');
        const { snapshots, stop } = run.trace(10_000);
        expect(stop).toBeNull();
        const optimum = findOptimum(run.config.objective, run.design);
        if (optimum.status !== 'found') throw new Error(optimum.status);
        // From iteration 10 to 10,000 the loss falls by under 5% of the way still to go.
        const gap = (s: Snapshot) => s.loss - optimum.objective;
        expect(gap(snapshots[10]) - gap(snapshots[10_000])).toBeLessThan(0.05 * gap(snapshots[10]));
        expect(Math.abs(snapshots[10_000].rawTheta[0])).toBeLessThan(1);
      },
    },
    {
      says: 'standardized, η = 4 = 1/L0: converged in 33 iterations, to R’s coefficients in °F',
      check: (run) => {
        expect(run.config.features.standardize).toBe(true);
        const standardized = prepareRun(run.config);
        const landmarks = analyze(
          run.config.objective,
          standardized.design,
          standardized.map,
        ).landmarks;
        expect(run.config.optimizer.learningRate).toBeCloseTo(landmarks.descentGuaranteed / 2, 10);
        const { stop, last } = run.trace();
        expect(stop?.kind).toBe('converged');
        expect(last.iteration).toBe(33);
        expectAllClose(last.rawTheta, CHALLENGER_GLM, 1e-5);
        expect(last.rawTheta[0].toFixed(2)).toBe('15.04');
      },
    },
    {
      says: 'Newton on raw temperatures converges in a handful of steps, each the standardized Newton step mapped back',
      check: (run) => {
        expect(run.config.optimizer.rule).toBe('newton');
        expect(run.config.features.standardize).toBe(false);
        const raw = run.trace();
        expect(raw.stop?.kind).toBe('converged');
        expect(raw.last.iteration).toBeLessThan(10);
        const standardized = run.variant((config) => ({
          ...config,
          features: { standardize: true, degree: 1 },
        }));
        expect(standardized.last.iteration).toBe(raw.last.iteration);
        raw.snapshots.forEach((snapshot, k) =>
          expectAllClose(snapshot.rawTheta, standardized.snapshots[k].rawTheta, 1e-9),
        );
        expectAllClose(raw.last.rawTheta, CHALLENGER_GLM, 1e-6);
      },
    },
  ],
  'reading-the-fit': [
    START_CLAIM,
    {
      says: 'the fit reaches R’s coefficients, and its summary has R’s standard errors and deviance',
      check: (run) => {
        const { stop, last } = run.trace();
        expect(stop?.kind).toBe('converged');
        expectAllClose(last.rawTheta, CHALLENGER_GLM, 1e-5);
        const { summary } = analyze(run.config.objective, run.design, run.map);
        if (summary.status !== 'mle') throw new Error(summary.status);
        const [intercept, slope] = summary.coefficients;
        expect(intercept.estimate.toFixed(4)).toBe('15.0429');
        expect(slope.estimate.toFixed(4)).toBe('-0.2322');
        expect(intercept.standardError.toFixed(4)).toBe('7.3786');
        expect(slope.standardError.toFixed(4)).toBe('0.1082');
        expect(summary.residualDeviance.toFixed(3)).toBe('20.315');
        expect(summary.residualDf).toBe(21);
        expect(slope.oddsRatio.toFixed(2)).toBe('0.79');
        expect(slope.oddsRatioLower.toFixed(2)).toBe('0.64');
        expect(slope.oddsRatioUpper.toFixed(2)).toBe('0.98');
      },
    },
  ],
  rates: [
    START_CLAIM,
    {
      says: 'η = 10: the gradient norm shrinks by ρ = max|1 − ηλᵢ| = 1 − 10μ* ≈ 0.988 per step',
      check: (run) => {
        const [mu, , L] = curvaturesAtOptimum(run.design);
        const eta = run.config.optimizer.learningRate;
        const rho = Math.max(Math.abs(1 - eta * mu), Math.abs(1 - eta * L));
        expect(rho).toBe(Math.abs(1 - eta * mu));
        expect(rho.toFixed(3)).toBe('0.988');
        const trace = run.trace();
        expect(trace.stop?.kind).toBe('converged');
        expect(Math.abs(measuredRate(trace, 100) - rho)).toBeLessThan(1e-3);
        // The question: "about 600 iterations".
        expect(Math.round(trace.last.iteration / 100) * 100).toBe(600);
      },
    },
    {
      says: 'η = 27.1 ≈ 2/(μ* + L*): ρ = (κ − 1)/(κ + 1) ≈ 0.966, in less than half the iterations of η = 10',
      check: (run) => {
        const [mu, , L] = curvaturesAtOptimum(run.design);
        const eta = run.config.optimizer.learningRate;
        expect(eta.toFixed(1)).toBe((2 / (mu + L)).toFixed(1));
        const kappa = L / mu;
        const best = (kappa - 1) / (kappa + 1);
        expect(best.toFixed(3)).toBe('0.966');
        const trace = run.trace();
        expect(trace.stop?.kind).toBe('converged');
        expect(Math.abs(measuredRate(trace, 50) - best)).toBeLessThan(2e-3);
        const slower = play(run.chapter.config, LONG_RUN);
        expect(2 * trace.last.iteration).toBeLessThan(slower.last.iteration);
      },
    },
    {
      says: 'momentum at its sweet spot, η beyond 2/L*: near the optimum ρ ≈ √β ≈ 0.77, under half the iterations again',
      check: (run) => {
        const [mu, , L] = curvaturesAtOptimum(run.design);
        const kappa = L / mu;
        const { learningRate: eta, momentum: beta, rule } = run.config.optimizer;
        expect(rule).toBe('momentum');
        const sweetBeta = ((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)) ** 2;
        const sweetEta = 4 / (Math.sqrt(L) + Math.sqrt(mu)) ** 2;
        expect(Math.abs(beta - sweetBeta)).toBeLessThan(0.01);
        expect(Math.round(sweetEta)).toBe(eta);
        expect(eta).toBeGreaterThan(2 / L);
        expect(Math.sqrt(beta).toFixed(2)).toBe('0.77');
        const trace = run.trace();
        expect(trace.stop?.kind).toBe('converged');
        // Linearized at θ*, each eigen-direction λ follows the 2×2 map [[1 + β − ηλ, −β], [1, 0]];
        // its spectral radius is the rate: √β at the sweet spot, for every λ.
        const radius = Math.max(
          ...Array.from(curvaturesAtOptimum(run.design), (lambda) => {
            const a = 1 + beta - eta * lambda;
            const discriminant = a * a - 4 * beta;
            return discriminant < 0 ? Math.sqrt(beta) : (Math.abs(a) + Math.sqrt(discriminant)) / 2;
          }),
        );
        expect(radius.toFixed(2)).toBe('0.77');
        // Measured on the run (near the double root the decay carries a slowly growing factor):
        // far below gradient descent's best 0.966.
        expect(measuredRate(trace, 40)).toBeLessThan(0.85);
        const best = run.variant((config) => ({
          ...config,
          optimizer: { ...config.optimizer, rule: 'gradientDescent', learningRate: 27.1 },
        }));
        expect(2 * trace.last.iteration).toBeLessThan(best.last.iteration);
      },
    },
    {
      says: 'momentum with β = 0.9 and η past 2(1 + β)/L* ≈ 52 never settles, and stays bounded',
      check: (run) => {
        const [, , L] = curvaturesAtOptimum(run.design);
        const { learningRate: eta, momentum: beta } = run.config.optimizer;
        const limit = (2 * (1 + beta)) / L;
        expect(limit.toFixed(0)).toBe('52');
        expect(eta).toBeGreaterThan(limit);
        const { stop, snapshots } = run.trace(3000);
        expect(stop).toBeNull();
        const tail = snapshots.slice(-500);
        expect(Math.min(...tail.map((s) => s.gradientNorm))).toBeGreaterThan(1e-3);
      },
    },
    {
      says: 'separable data: each tenfold more iterations adds about the same to ‖w‖, and θ turns toward the maximum-margin separator',
      check: (run) => {
        // The scene's own data (run.design is the chapter's).
        const { design } = prepareRun(run.config);
        expect(findOptimum(run.config.objective, design).status).toBe('separable');
        const { snapshots, stop } = run.trace(10_000);
        expect(stop).toBeNull();
        const at = [10, 100, 1000, 10_000].map((t) => snapshots[t]);
        const size = at.map((s) => norm2(weights(s)));
        const added = [size[1] - size[0], size[2] - size[1], size[3] - size[2]];
        // Like log t: after the first decades the additions per decade are alike (within 20%),
        // and nothing like linear growth: a hundredfold more iterations, not even thrice the norm.
        for (const a of added) expect(a).toBeGreaterThan(0);
        expect(added[2] / added[1]).toBeLessThan(1.2);
        expect(size[3]).toBeLessThan(3 * size[1]);
        // ‖θ‖γ − log t stays bounded as t grows tenfold, with γ the largest margin: the
        // asymptotic slope ln 10/γ per decade bounds each addition.
        const separator = maximumMarginSeparator(design);
        const margin = 1 / norm2(separator);
        for (const a of added) expect(a).toBeLessThan(Math.LN10 / margin);
        // The direction: closer to the separator's with every decade, within 5° at 10,000.
        const angles = at.map((s) => angle(s.theta, separator));
        for (let k = 1; k < angles.length; k++) expect(angles[k]).toBeLessThan(angles[k - 1]);
        expect(angles[3]).toBeLessThan(5);
      },
    },
  ],
  'same-update': [
    START_CLAIM,
    {
      says: 'every step is θ − η·mean((p − y)·φ̃), and it converges',
      check: (run) => {
        const { snapshots, stop } = run.trace();
        expect(stop?.kind).toBe('converged');
        const eta = run.config.optimizer.learningRate;
        for (const k of [0, 1, 10, 100]) {
          const mean = meanOfTerms(run.design, snapshots[k].theta, 'crossEntropy');
          expectAllClose(
            snapshots[k + 1].theta,
            snapshots[k].theta.map((t, j) => t - eta * mean[j]),
          );
        }
      },
    },
  ],
};

/** What each chapter's paragraphs state beyond its scenes. */
const TEXT_CLAIMS: Readonly<Record<string, readonly Claim[]>> = {
  sigmoid: [
    {
      says: 'the boundary, where p = 0.5, is at x = −b/w with the raw coefficients',
      check: (run) => {
        const { last } = run.trace();
        const [b, w] = last.rawTheta;
        const midpoint = Float64Array.of(-b / w);
        const [feature] = applyFeatureMap(run.map, midpoint, 1);
        const z = last.theta[0] + last.theta[1] * feature;
        expect(Math.abs(z)).toBeLessThan(1e-12);
        // and it moves when w changes with b fixed (b ≠ 0 here).
        expect(b).not.toBe(0);
      },
    },
  ],
  likelihood: [
    {
      says: 'J is the negative mean log-likelihood; −log 0.01 ≈ 4.6 and −log 0.4 ≈ 0.9',
      check: (run) => {
        const { last } = run.trace();
        const { p } = pointContributions('crossEntropy', run.design, last.theta);
        const { y, n } = run.design;
        let logLikelihood = 0;
        for (let i = 0; i < n; i++) logLikelihood += y[i] ? Math.log(p[i]) : Math.log(1 - p[i]);
        expect(Math.abs(last.loss + logLikelihood / n)).toBeLessThan(1e-12);
        // One point with y = 1 scored so that p is 0.01, then 0.4: its loss, from the engine.
        const lossAt = (probability: number) =>
          objectiveValue(
            run.config.objective,
            { X: new Float64Array(1), y: Float64Array.of(1), n: 1, p: 1 },
            Float64Array.of(Math.log(probability / (1 - probability)), 0),
          );
        expect(lossAt(0.01).toFixed(1)).toBe('4.6');
        expect(lossAt(0.4).toFixed(1)).toBe('0.9');
      },
    },
  ],
  gradient: [
    {
      says: 'ascent on log L takes the same steps as descent on J only with η divided by N',
      check: (run) => {
        const [before, after] = run.trace(1).snapshots;
        const eta = run.config.optimizer.learningRate;
        const { n } = run.design;
        // ∇ log L by central differences of the log-likelihood the engine's p give.
        const logLikelihood = (theta: Float64Array) => {
          const { p } = pointContributions('crossEntropy', run.design, theta);
          let sum = 0;
          for (let i = 0; i < n; i++) sum += run.design.y[i] ? Math.log(p[i]) : Math.log(1 - p[i]);
          return sum;
        };
        const ascent = (rate: number) =>
          before.theta.map((t, j) => {
            const h = 1e-6;
            const up = Float64Array.from(before.theta);
            const down = Float64Array.from(before.theta);
            up[j] += h;
            down[j] -= h;
            return t + (rate * (logLikelihood(up) - logLikelihood(down))) / (2 * h);
          });
        expectAllClose(ascent(eta / n), after.theta, 1e-7);
        expect(norm2(ascent(eta).map((t, j) => t - after.theta[j]))).toBeGreaterThan(0.1);
      },
    },
  ],
  'one-step': [
    {
      says: 'the gradient is the mean of the errors times the features',
      check: (run) => {
        const { snapshots } = run.trace(3);
        for (const s of snapshots)
          expectAllClose(s.gradient, meanOfTerms(run.design, s.theta, 'crossEntropy'));
      },
    },
  ],
  'learning-rate': [
    {
      says: 'the landmarks are in order, and the data is not separable (so the bouncing is bounded)',
      check: (run) => {
        expect(run.landmarks.convergenceLimit).not.toBeNull();
        expect(run.landmarks.descentGuaranteed).toBeLessThan(run.landmarks.convergenceLimit!);
        expect(findOptimum(run.config.objective, run.design).status).toBe('found');
      },
    },
  ],
  'squared-error': [
    {
      says: 'its fit classifies more points correctly than the cross-entropy’s on this data',
      check: (run) => {
        const squared = play(run.chapter.config, LONG_RUN).last;
        const crossEntropy = run.variant(withLoss('crossEntropy', 4)).last;
        const correct = (theta: Float64Array) => accuracy(run.design, theta).correct;
        expect(correct(squared.theta)).toBeGreaterThan(correct(crossEntropy.theta));
      },
    },
    {
      says: 'its surface is not convex, and has plateaus where descent crawls',
      check: (run) => {
        const objective = { ...run.chapter.config.objective, loss: 'squaredError' as const };
        const optimum = play(run.chapter.config, LONG_RUN).last.theta;
        // Along the line from θ* through −θ* the midpoint of some chord lies above it.
        const at = (s: number) =>
          objectiveValue(
            objective,
            run.design,
            optimum.map((t) => s * t),
          );
        let violation = false;
        for (let s = -3; s <= 1 && !violation; s += 0.25) {
          violation = at(s) > (at(s - 0.25) + at(s + 0.25)) / 2 + 1e-12;
        }
        expect(violation).toBe(true);
        // Far on the wrong side the loss is high and the gradient all but vanishes.
        const far = optimum.map((t) => -3 * t);
        const gradient = new Float64Array(far.length);
        const loss = objectiveAndGradient(objective, run.design, far, gradient);
        expect(loss).toBeGreaterThan(0.3);
        expect(norm2(gradient)).toBeLessThan(1e-2);
      },
    },
    {
      says: 'each loss at a good η of its own: squared error the faster the larger up to 100, the cross-entropy below 2/L0; at equal η squared error falls further behind',
      check: (run) => {
        const iterations = (eta: number) =>
          play(withLearningRate(eta)(run.chapter.config), LONG_RUN).last.iteration;
        expect(run.chapter.config.optimizer.learningRate).toBe(100);
        const chosen = iterations(100);
        expect(iterations(50)).toBeGreaterThan(chosen);
        expect(iterations(75)).toBeGreaterThan(chosen);
        expect(4).toBeLessThan(run.landmarks.descentGuaranteed);
        const equal = play(withLearningRate(4)(run.chapter.config), 5 * chosen);
        expect(equal.stop).toBeNull();
      },
    },
  ],
  stochastic: [
    {
      says: 'an epoch is one pass over the points, and the same seed replays the run exactly',
      check: (run) => {
        const { n } = run.design;
        const batch = run.config.optimizer.batchSize;
        const a = run.trace(3000).snapshots;
        expect(a[n / batch].epoch).toBe(1);
        expect(a[n / batch - 1].epoch).toBe(0);
        const b = play(run.config, 300).snapshots;
        expect(Array.from(b[300].theta)).toEqual(Array.from(a[300].theta));
      },
    },
  ],
  separable: [
    {
      says: 'the bias is never penalized: L1 leaves it free',
      check: (run) => {
        const l1 = new SceneRun(run.chapter, run.chapter.scenes.length - 1);
        const { last } = l1.trace();
        expect(last.theta[0]).not.toBe(0);
      },
    },
  ],
  polynomial: [
    {
      says: 'no line separates the circles, and η is below 2/L0 for the polynomial features',
      check: (run) => {
        const linear = prepareRun({ ...run.config, features: { standardize: true, degree: 1 } });
        expect(findOptimum(run.config.objective, linear.design).status).toBe('found');
        expect(run.config.optimizer.learningRate).toBeLessThan(run.landmarks.descentGuaranteed);
        // The comment in chapters.ts: a few thousand iterations, where η = 1 takes over 17,000.
        expect(run.trace().last.iteration).toBeLessThan(5000);
        expect(run.variant(withLearningRate(1)).last.iteration).toBeGreaterThan(17_000);
      },
    },
    {
      says: 'the answer to sketch: a closed curve around the inner class, nearly a circle, which a circle sketched on it matches',
      check: (run) => {
        const { last } = run.trace();
        const prepared = prepareRun(run.config);
        const { x, y } = dataDomains(prepared.data);
        const domains = { x, y: y! };
        // The boundary the data figure draws: one loop inside the plot.
        const boundary = modelBoundary(run.map, last.theta, domains);
        expect(boundary).toHaveLength(1);
        expect(boundary[0].closed).toBe(true);
        // Around the inner class (y = 1): z > 0 at its centre and at most of its points.
        const { data } = prepared;
        let cx = 0;
        let cy = 0;
        let ones = 0;
        for (let i = 0; i < data.n; i++) {
          if (data.labels[i] !== 1) continue;
          cx += data.features[2 * i];
          cy += data.features[2 * i + 1];
          ones++;
        }
        const centre = Float64Array.of(cx / ones, cy / ones);
        const zAt = (point: Float64Array) =>
          logits(
            {
              X: applyFeatureMap(run.map, point, 1),
              y: new Float64Array(1),
              n: 1,
              p: run.design.p,
            },
            last.theta,
          )[0];
        expect(zAt(centre)).toBeGreaterThan(0);
        const z = logits(run.design, last.theta);
        let inside = 0;
        for (let i = 0; i < data.n; i++) if (data.labels[i] === 1 && z[i] > 0) inside++;
        expect(inside / ones).toBeGreaterThan(0.8);
        // A circle of the loop's mean radius about the class's centre is a good sketch of it.
        const loop = boundary[0].points;
        const radius =
          loop.reduce((sum, [px, py]) => sum + Math.hypot(px - centre[0], py - centre[1]), 0) /
          loop.length;
        const circle: DataPoint[] = Array.from({ length: 48 }, (_, k) => {
          const angle = (2 * Math.PI * k) / 47;
          return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)];
        });
        expect(sketchCloseness(measureSketch(circle, boundary, domains))).toMatch(
          /^Very close: .* It closes on itself, like the boundary\.$/,
        );
      },
    },
  ],
  newton: [
    {
      says: 'H = X̃ᵀSX̃/N with S = diag(p(1 − p)) is the engine’s Hessian',
      check: (run) => {
        const theta = run.trace(2).snapshots[2].theta;
        const { X, n, p } = run.design;
        const m = p + 1;
        const { p: probability } = pointContributions('crossEntropy', run.design, theta);
        const matrix = new Float64Array(m * m);
        for (let i = 0; i < n; i++) {
          const row = [1, ...X.subarray(i * p, i * p + p)];
          const s = probability[i] * (1 - probability[i]);
          for (let a = 0; a < m; a++) {
            for (let c = 0; c < m; c++) matrix[a * m + c] += (row[a] * s * row[c]) / n;
          }
        }
        expectAllClose(hessian(run.config.objective, run.design, theta), matrix, 1e-12);
      },
    },
  ],
  conditioning: [
    {
      says: 'cond(H*) is about 8e5 raw and about 2 standardized; the temperatures lie near 70',
      check: (run) => {
        const raw = conditionNumber(run.design);
        const standardized = conditionNumber(
          prepareRun({ ...run.config, features: { standardize: true, degree: 1 } }).design,
        );
        expect(raw.toExponential(0)).toBe('8e+5');
        expect(Math.round(standardized)).toBe(2);
        const { x } = { x: run.config.data.kind === 'points' ? run.config.data.features : [] };
        expect(Math.min(...x)).toBe(53);
        expect(Math.max(...x)).toBe(81);
        expect(Math.round(x.reduce((a, b) => a + b, 0) / x.length)).toBe(70);
      },
    },
    {
      says: 'at η = 1/L0 on raw temperatures the intercept is still below 2 after 100,000 iterations; R finds 15.04',
      check: (run) => {
        // The Trainer as the page runs it, without a snapshot per step (100,000 of them).
        const trainer = new Trainer(run.config, 1);
        while (trainer.iteration < 100_000) trainer.stepForward();
        const last = trainer.snapshot(false, 1);
        expect(last.stop).toBeNull();
        expect(last.rawTheta[0]).toBeLessThan(2);
        const optimum = findOptimum(run.config.objective, run.design);
        if (optimum.status !== 'found') throw new Error(optimum.status);
        expectAllClose(optimum.theta, CHALLENGER_GLM, 1e-9);
      },
    },
    {
      says: 'the raw coefficients are (w/s, b − w·x̄/s) of the standardized ones',
      check: (run) => {
        const standardized = prepareRun({
          ...run.config,
          features: { standardize: true, degree: 1 },
        });
        const x = run.design.X;
        const mean = x.reduce((a, b) => a + b, 0) / x.length;
        const s = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length);
        const theta = Float64Array.of(-1.1, -1.6);
        const [b, w] = theta;
        expectAllClose(
          toRawCoefficients(standardized.map, theta),
          [b - (w * mean) / s, w / s],
          1e-12,
        );
      },
    },
  ],
  'reading-the-fit': [
    {
      says: 'e^(−0.232) ≈ 0.79 per °F at any temperature, e^(2.32) ≈ 10 for ten degrees',
      check: (run) => {
        const optimum = findOptimum(run.config.objective, run.design);
        if (optimum.status !== 'found') throw new Error(optimum.status);
        const [b, w] = toRawCoefficients(run.map, optimum.theta);
        expect(b.toFixed(2)).toBe('15.04');
        expect(w.toFixed(3)).toBe('-0.232');
        // The odds at x + 1 over the odds at x, from the model's own p, at several temperatures.
        const odds = (x: number) => {
          const p = 1 / (1 + Math.exp(-(b + w * x)));
          return p / (1 - p);
        };
        for (const x of [53, 66, 81]) expect(odds(x + 1) / odds(x)).toBeCloseTo(Math.exp(w), 10);
        expect(Math.exp(w).toFixed(2)).toBe('0.79');
        expect(Math.round(odds(60) / odds(70))).toBe(10);
      },
    },
    {
      says: 'at t = 0.5 it catches 4 of 7 with no false alarm, at t = 0.2 6 with 8 false alarms of 16; AUC 0.78',
      check: (run) => {
        const { last } = run.trace();
        const z = logits(run.design, last.theta);
        expect(confusionAtThreshold(z, run.design.y, 0.5)).toEqual({
          truePositives: 4,
          falseNegatives: 3,
          falsePositives: 0,
          trueNegatives: 16,
        });
        expect(confusionAtThreshold(z, run.design.y, 0.2)).toEqual({
          truePositives: 6,
          falseNegatives: 1,
          falsePositives: 8,
          trueNegatives: 8,
        });
        expect(rocCurve(z, run.design.y)!.auc.toFixed(2)).toBe('0.78');
      },
    },
    {
      says: 'at 31 °F, below every flight in the data, the fit gives p ≈ 0.9996',
      check: (run) => {
        const { last } = run.trace();
        const temperatures = run.config.data.kind === 'points' ? run.config.data.features : [];
        expect(Math.min(...temperatures)).toBeGreaterThan(31);
        const [b, w] = last.rawTheta;
        expect((1 / (1 + Math.exp(-(b + w * 31)))).toFixed(4)).toBe('0.9996');
      },
    },
  ],
  rates: [
    {
      says: 'κ ≈ 58; the best fixed step ≈ 27.1 just below 2/L* ≈ 27.6; each step removes about 3%',
      check: (run) => {
        const [mu, , L] = curvaturesAtOptimum(run.design);
        const kappa = L / mu;
        expect(Math.round(kappa)).toBe(58);
        expect((2 / (mu + L)).toFixed(1)).toBe('27.1');
        expect((2 / L).toFixed(1)).toBe('27.6');
        expect(run.landmarks.convergenceLimit).toBeCloseTo(2 / L, 10);
        expect(Math.round(100 * (1 - (kappa - 1) / (kappa + 1)))).toBe(3);
        expect((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)).toBeCloseTo(0.77, 2);
        expect(((kappa - 1) / (kappa + 1)).toFixed(2)).toBe('0.97');
      },
    },
    {
      says: 'momentum (β = 0.9) converges just below 2(1 + β)/L*, where gradient descent cannot',
      check: (run) => {
        const [, , L] = curvaturesAtOptimum(run.design);
        const eta = 0.95 * ((2 * 1.9) / L);
        expect(eta).toBeGreaterThan(2 / L);
        const momentum = run.variant((config) => ({
          ...config,
          optimizer: { ...config.optimizer, rule: 'momentum', momentum: 0.9, learningRate: eta },
        }));
        expect(momentum.stop?.kind).toBe('converged');
        const descent = run.variant(withLearningRate(eta), 3000);
        expect(descent.stop?.kind).not.toBe('converged');
      },
    },
  ],
  'same-update': [
    {
      says: 'the Gaussian negative log-likelihood per point is the squared error over σ² plus ½log(2πσ²)',
      check: (run) => {
        const { n, y } = run.design;
        for (const k of [0, 5, 50]) {
          const z = logits(run.design, run.trace(50).snapshots[k].theta);
          for (const sigma of [0.5, 1, 3]) {
            let negativeLogLikelihood = 0;
            let squares = 0;
            for (let i = 0; i < n; i++) {
              // −log of the normal density N(y_i; z_i, σ²), written out.
              const density =
                Math.exp(-((y[i] - z[i]) ** 2) / (2 * sigma ** 2)) /
                (Math.sqrt(2 * Math.PI) * sigma);
              negativeLogLikelihood -= Math.log(density) / n;
              squares += (z[i] - y[i]) ** 2 / (2 * n);
            }
            expect(negativeLogLikelihood).toBeCloseTo(
              squares / sigma ** 2 + 0.5 * Math.log(2 * Math.PI * sigma ** 2),
              12,
            );
          }
        }
      },
    },
    {
      says: 'with the canonical link, ∂(−log P)/∂z = A′(z) − y = ŷ − y, for the Bernoulli (the engine’s loss) and the Gaussian',
      check: (run) => {
        const h = 1e-6;
        const derivative = (f: (z: number) => number, z: number) => (f(z + h) - f(z - h)) / (2 * h);
        // One point with φ = 0, so z is the bias: the engine's cross-entropy as a function of z.
        const bernoulli = (label: number) => (z: number) =>
          objectiveValue(
            run.config.objective,
            { X: new Float64Array(1), y: Float64Array.of(label), n: 1, p: 1 },
            Float64Array.of(z, 0),
          );
        const gaussian = (label: number) => (z: number) => (z - label) ** 2 / 2;
        const softplus = (z: number) => Math.log1p(Math.exp(z));
        for (const z of [-3, -0.5, 0, 1.2, 4]) {
          // A′ is the mean: σ(z) for log(1 + e^z), z for z²/2.
          expect(derivative(softplus, z)).toBeCloseTo(1 / (1 + Math.exp(-z)), 8);
          for (const label of [0, 1]) {
            expect(derivative(bernoulli(label), z)).toBeCloseTo(1 / (1 + Math.exp(-z)) - label, 8);
            expect(derivative(gaussian(label), z)).toBeCloseTo(z - label, 8);
          }
        }
      },
    },
    {
      says: 'with the identity, the least-squares gradient is the mean of (z − y)·φ̃ too',
      check: (run) => {
        const theta = run.trace(5).snapshots[5].theta;
        const { n, p, y } = run.design;
        const leastSquares = (t: Float64Array) => {
          const z = logits(run.design, t);
          let sum = 0;
          for (let i = 0; i < n; i++) sum += (z[i] - y[i]) ** 2;
          return sum / (2 * n);
        };
        const z = logits(run.design, theta);
        const rule = new Float64Array(p + 1);
        for (let i = 0; i < n; i++) {
          rule[0] += (z[i] - y[i]) / n;
          for (let j = 0; j < p; j++) rule[j + 1] += ((z[i] - y[i]) * run.design.X[i * p + j]) / n;
        }
        const differences = theta.map((_, j) => {
          const h = 1e-6;
          const up = Float64Array.from(theta);
          const down = Float64Array.from(theta);
          up[j] += h;
          down[j] -= h;
          return (leastSquares(up) - leastSquares(down)) / (2 * h);
        });
        expectAllClose(differences, rule, 1e-8);
      },
    },
  ],
};

describe('every scene of the guide has its claim', () => {
  it('one claim per scene, and claims for every chapter’s text', () => {
    for (const chapter of CHAPTERS) {
      expect(SCENE_CLAIMS[chapter.id]?.length, chapter.id).toBe(chapter.scenes.length);
      expect(TEXT_CLAIMS[chapter.id]?.length, chapter.id).toBeGreaterThan(0);
    }
  });
});

describe.each(CHAPTERS.map((chapter) => [chapter.id, chapter] as const))(
  'chapter %s',
  (_, chapter) => {
    it.each(
      chapter.scenes.map((scene, index) => [
        `scene ${index + 1} (${scene.kind}): ${SCENE_CLAIMS[chapter.id]?.[index]?.says}`,
        index,
      ]),
    )(
      '%s',
      (_, index) => {
        SCENE_CLAIMS[chapter.id][index as number].check(new SceneRun(chapter, index as number));
      },
      // Some runs take thousands of iterations: room for a loaded machine.
      CLAIM_TIMEOUT,
    );

    it.each((TEXT_CLAIMS[chapter.id] ?? []).map((claim) => [claim.says, claim] as const))(
      'its text: %s',
      (_, claim) => claim.check(new SceneRun(chapter, 0)),
      CLAIM_TIMEOUT,
    );
  },
);

// The chapter a text claim names by id must exist (a renamed chapter would silently skip them).
it('names only chapters that exist', () => {
  for (const id of [...Object.keys(SCENE_CLAIMS), ...Object.keys(TEXT_CLAIMS)]) {
    expect(chapterById(id), id).toBeDefined();
  }
});
