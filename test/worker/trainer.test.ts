import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  fitFeatureMap,
  generatePreset,
  initialState,
  norm2,
  objectiveAndGradient,
  step,
} from '../../src/engine';
import { DEFAULT_CONFIG, type TrainingConfig } from '../../src/state/config';
import { RefusedError, Trainer } from '../../src/worker/trainer';

const config = (change: Partial<TrainingConfig> = {}): TrainingConfig => ({
  ...DEFAULT_CONFIG,
  ...change,
});

function run(trainer: Trainer, iterations: number): void {
  for (let k = 0; k < iterations; k++) trainer.stepForward();
}

describe('Trainer', () => {
  it('records θ_k with J(θ_k) and ∇J(θ_k), the values the engine computes', () => {
    const trainer = new Trainer(config(), 1);
    run(trainer, 5);
    const snapshot = trainer.snapshot(false, 1);
    // The same five steps by the engine alone.
    const data = generatePreset('twoBlobs', DEFAULT_CONFIG.data);
    const design = buildDesign(data, fitFeatureMap(data, DEFAULT_CONFIG.features));
    let state = initialState(new Float64Array(3));
    for (let k = 0; k < 5; k++)
      state = step(DEFAULT_CONFIG.objective, design, DEFAULT_CONFIG.optimizer, state).state;
    const gradient = new Float64Array(3);
    const loss = objectiveAndGradient(DEFAULT_CONFIG.objective, design, state.theta, gradient);
    expect(snapshot.iteration).toBe(5);
    expect(Array.from(snapshot.theta)).toEqual(Array.from(state.theta));
    expect(snapshot.loss).toBe(loss);
    expect(Array.from(snapshot.gradient)).toEqual(Array.from(gradient));
    expect(snapshot.gradientNorm).toBe(norm2(gradient));
  });

  it('is deterministic: the same settings give the same path, bit for bit, also for SGD', () => {
    const sgd = config({
      optimizer: { ...DEFAULT_CONFIG.optimizer, batchSize: 1, learningRate: 0.1 },
    });
    const a = new Trainer(sgd, 1);
    const b = new Trainer(sgd, 2);
    run(a, 300);
    run(b, 300);
    expect(Array.from(a.historyChunk().theta)).toEqual(Array.from(b.historyChunk().theta));
    expect(a.snapshot(false, 1).epoch).toBe(3);
  });

  it('steps back and forward through the recorded path, and resuming discards the future', () => {
    const trainer = new Trainer(config(), 1);
    run(trainer, 10);
    const at7 = trainer.historyChunk(7, 8).theta;
    trainer.seek(7);
    expect(trainer.snapshot(false, 1).iteration).toBe(7);
    expect(Array.from(trainer.snapshot(false, 1).theta)).toEqual(Array.from(at7));
    expect(trainer.snapshot(false, 1).lastIteration).toBe(10);
    trainer.stepBack();
    expect(trainer.iteration).toBe(6);
    trainer.stepForward();
    const snapshot = trainer.snapshot(false, 1);
    expect(snapshot.iteration).toBe(7);
    expect(snapshot.lastIteration).toBe(7);
    // The recomputed iteration 7 is the same as the first time: same settings, same path.
    expect(Array.from(snapshot.theta)).toEqual(Array.from(at7));
  });

  it('resumes stochastic descent from the past exactly as the original run went on', () => {
    const sgd = config({
      optimizer: { ...DEFAULT_CONFIG.optimizer, batchSize: 7, learningRate: 0.2 },
    });
    const straight = new Trainer(sgd, 1);
    run(straight, 60);
    const resumed = new Trainer(sgd, 2);
    run(resumed, 60);
    resumed.seek(23);
    run(resumed, 37);
    expect(Array.from(resumed.snapshot(false, 1).theta)).toEqual(
      Array.from(straight.snapshot(false, 1).theta),
    );
  });

  it('reset returns to the same initial weights and the same path', () => {
    const random = config({ initialization: { kind: 'random', seed: 4 } });
    const trainer = new Trainer(random, 1);
    const start = Array.from(trainer.snapshot(false, 1).theta);
    expect(start.some((t) => t !== 0)).toBe(true);
    run(trainer, 20);
    const after20 = Array.from(trainer.snapshot(false, 1).theta);
    trainer.reset();
    expect(trainer.historyLength).toBe(1);
    expect(Array.from(trainer.snapshot(false, 1).theta)).toEqual(start);
    run(trainer, 20);
    expect(Array.from(trainer.snapshot(false, 1).theta)).toEqual(after20);
  });

  it('live settings take effect on the next iteration and keep the path', () => {
    const trainer = new Trainer(config(), 1);
    run(trainer, 10);
    const before = trainer.historyChunk(0, 11).theta;
    trainer.updateSettings({
      ...DEFAULT_CONFIG,
      optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 0.1 },
    });
    const previous = trainer.snapshot(false, 1);
    trainer.stepForward();
    const next = trainer.snapshot(false, 1);
    expect(next.iteration).toBe(11);
    expect(Array.from(trainer.historyChunk(0, 11).theta)).toEqual(Array.from(before));
    const expected = previous.theta.map((t, j) => t - 0.1 * previous.gradient[j]);
    expect(Array.from(next.theta)).toEqual(Array.from(expected));
  });

  it('stops with "converged" once the gradient norm is below the tolerance', () => {
    const trainer = new Trainer(config(), 1);
    let stopped = null;
    for (let k = 0; k < 5000 && !stopped; k++) stopped = trainer.stepForward().stopped;
    expect(stopped?.kind).toBe('converged');
    const snapshot = trainer.snapshot(false, 1);
    expect(snapshot.gradientNorm).toBeLessThan(DEFAULT_CONFIG.tolerance);
    expect(stopped?.message).toContain(`Converged after ${snapshot.iteration} iterations`);
    const optimum = trainer.info().analysis.optimum;
    if (optimum.status !== 'found') throw new Error('no optimum');
    // Within ‖H⁻¹‖·tolerance of θ*.
    for (let j = 0; j < 3; j++) expect(snapshot.rawTheta[j]).toBeCloseTo(optimum.rawTheta[j], 3);
  });

  it('stops with "diverged", naming η, 2/L0 and 2/L*, when the loss explodes', () => {
    const trainer = new Trainer(
      config({ optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 1000 } }),
      1,
    );
    let stopped = null;
    for (let k = 0; k < 1000 && !stopped; k++) stopped = trainer.stepForward().stopped;
    expect(stopped?.kind).toBe('diverged');
    expect(stopped?.message).toMatch(/η = 1000/);
    expect(stopped?.message).toMatch(/2\/L0 = \d/);
    expect(stopped?.message).toMatch(/2\/L\* = \d/);
    expect(trainer.snapshot(false, 1).warnings.join(' ')).toMatch(/above 2\/L\*/);
  });

  it('above 2/L*, says the run oscillates without settling, as at η = 40, where the cycle is longer than 2', () => {
    const trainer = new Trainer(
      config({ optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 40 } }),
      1,
    );
    const losses: number[] = [];
    const sizes: number[] = [];
    for (let k = 0; k < 5000; k++) {
      expect(trainer.stepForward().stopped).toBeNull();
      const snapshot = trainer.snapshot(false, 1);
      losses.push(snapshot.loss);
      sizes.push(norm2(snapshot.theta));
    }
    // The loss's period at the end: the smallest shift that repeats the last 400 losses.
    const tail = losses.slice(-400);
    const repeats = (shift: number) =>
      tail.every((loss, k) => k < shift || Math.abs(loss - tail[k - shift]) <= 1e-9);
    const period = Array.from({ length: 50 }, (_, k) => k + 1).find(repeats);
    expect(period).toBeGreaterThan(2);
    // Bounded: no further out at the end than in the first thousand iterations.
    expect(Math.max(...sizes.slice(-1000))).toBeLessThanOrEqual(Math.max(...sizes.slice(0, 1000)));
    const warning = trainer.snapshot(false, 1).warnings.join(' ');
    expect(warning).toMatch(/above 2\/L\*.*cannot converge.*longer or irregular.*bounded/);
    expect(warning).not.toMatch(/2-cycle/);
  });

  it('warns that separable data has no optimum, suggesting L2', () => {
    const trainer = new Trainer(
      config({ data: { ...DEFAULT_CONFIG.data, preset: 'separable' } }),
      1,
    );
    expect(trainer.snapshot(false, 1).warnings.join(' ')).toMatch(/separable.*L2/);
    trainer.updateSettings({
      ...DEFAULT_CONFIG,
      objective: { loss: 'crossEntropy', regularization: { kind: 'l2', lambda: 0.01 } },
    });
    expect(trainer.snapshot(false, 1).warnings).toEqual([]);
    expect(trainer.info().analysis.optimum.status).toBe('found');
  });

  it('refuses settings and data it cannot use, with the reason', () => {
    expect(() => new Trainer(config({ data: { ...DEFAULT_CONFIG.data, n: 1 } }), 1)).toThrow(
      RefusedError,
    );
    const trainer = new Trainer(config(), 1);
    expect(() =>
      trainer.updateSettings({
        ...DEFAULT_CONFIG,
        objective: { ...DEFAULT_CONFIG.objective, loss: 'squaredError' },
        optimizer: { ...DEFAULT_CONFIG.optimizer, rule: 'newton' },
      }),
    ).toThrow(/Newton/);
    // Nothing changed.
    trainer.stepForward();
    expect(trainer.iteration).toBe(1);
  });

  it('starts afresh from parameters set by hand, and Reset returns to them', () => {
    const trainer = new Trainer(config(), 1);
    run(trainer, 10);
    trainer.setParameters([0.5, -1, 2]);
    expect(trainer.historyLength).toBe(1);
    expect(Array.from(trainer.snapshot(false, 1).theta)).toEqual([0.5, -1, 2]);
    run(trainer, 3);
    trainer.reset();
    expect(Array.from(trainer.snapshot(false, 1).theta)).toEqual([0.5, -1, 2]);
    expect(() => trainer.setParameters([1, 2])).toThrow(RefusedError);
    expect(() => trainer.setParameters([1, NaN, 2])).toThrow(RefusedError);
  });

  it('runs on the user’s own points, and reports their fit in raw units', () => {
    // Challenger's first six flights: temperature and O-ring distress.
    const points = config({
      data: {
        kind: 'points',
        name: 'flights.csv',
        featureNames: ['temperature'],
        features: [66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78],
        labels: [0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0],
      },
    });
    const trainer = new Trainer(points, 1);
    expect(trainer.info().parameterNames).toEqual(['intercept', 'temperature']);
    expect(trainer.info().n).toBe(12);
    const optimum = trainer.info().analysis.optimum;
    expect(optimum.status).toBe('found');
  });

  it('restores a run from a history chunk at the shown iteration', () => {
    const trainer = new Trainer(config(), 1);
    run(trainer, 30);
    trainer.seek(12);
    const restored = Trainer.restore(config(), 2, trainer.historyChunk(), 12);
    expect(restored.snapshot(false, 1)).toEqual(trainer.snapshot(false, 1));
    trainer.stepForward();
    restored.stepForward();
    expect(Array.from(restored.snapshot(false, 1).theta)).toEqual(
      Array.from(trainer.snapshot(false, 1).theta),
    );
  });
});

describe('numeric robustness', () => {
  const huge = (degree: number, standardize: boolean): TrainingConfig =>
    config({
      data: {
        kind: 'points',
        name: 'huge.csv',
        featureNames: ['x'],
        features: [1e308, -1e308, 5e307, -3e307, 1e307, 2e307],
        labels: [1, 0, 1, 0, 0, 1],
      },
      features: { standardize, degree },
    });

  it('standardizes values near 1e308 without overflowing, and trains on them', () => {
    const trainer = new Trainer(huge(1, true), 1);
    for (let k = 0; k < 50; k++) trainer.stepForward();
    const snapshot = trainer.snapshot(false, 1);
    expect(Number.isFinite(snapshot.loss)).toBe(true);
    expect(snapshot.theta.every(Number.isFinite)).toBe(true);
  });

  it('refuses features that overflow, with the reason, instead of training on infinities', () => {
    expect(() => new Trainer(huge(2, true), 1)).toThrow(/too large to compute/);
  });

  it('a constant feature: Newton falls back to a damped step and stays finite', () => {
    const constant = config({
      data: {
        kind: 'points',
        name: 'c.csv',
        featureNames: ['a', 'b'],
        features: [1, 5, 2, 5, 3, 5, 4, 5],
        labels: [0, 1, 0, 1],
      },
      features: { standardize: false, degree: 1 },
      optimizer: { ...DEFAULT_CONFIG.optimizer, rule: 'newton' },
      objective: { loss: 'crossEntropy', regularization: { kind: 'l2', lambda: 0.1 } },
    });
    const trainer = new Trainer(constant, 1);
    let stopped = null;
    for (let k = 0; k < 50 && !stopped; k++) stopped = trainer.stepForward().stopped;
    expect(stopped?.kind).toBe('converged');
  });

  it('momentum 0.999 and a learning rate of 100 each end in a clear state', () => {
    const fast = new Trainer(
      config({ optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 100 } }),
      1,
    );
    let stopped = null;
    for (let k = 0; k < 2000 && !stopped; k++) stopped = fast.stepForward().stopped;
    expect(
      stopped?.kind === 'diverged' ||
        fast.snapshot(false, 1).warnings.some((w) => /above 2\/L\*/.test(w)),
    ).toBe(true);
    const heavy = new Trainer(
      config({
        optimizer: {
          ...DEFAULT_CONFIG.optimizer,
          rule: 'momentum',
          momentum: 0.999,
          learningRate: 1,
        },
      }),
      1,
    );
    for (let k = 0; k < 3000; k++) heavy.stepForward();
    const snapshot = heavy.snapshot(false, 1);
    expect(Number.isFinite(snapshot.loss) || snapshot.stop?.kind === 'diverged').toBe(true);
  });
});
