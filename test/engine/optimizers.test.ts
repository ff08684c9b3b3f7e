import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  epochOrder,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  initialState,
  NO_REGULARIZATION,
  norm2,
  settingsProblem,
  step,
  type Objective,
  type OptimizerSettings,
  type OptimizerState,
  UPDATE_RULE_IDS,
  UPDATE_RULES,
} from '../../src/engine';
import { expectClose } from './arbitraries';

const data = generatePreset('overlapping', { n: 50, noise: 1, seed: 3 });
const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
const crossEntropy: Objective = { loss: 'crossEntropy', regularization: NO_REGULARIZATION };
const base: OptimizerSettings = {
  rule: 'gradientDescent',
  learningRate: 0.5,
  batchSize: 0,
  momentum: 0,
  seed: 7,
};

function run(
  objective: Objective,
  settings: OptimizerSettings,
  iterations: number,
): OptimizerState {
  let state = initialState(new Float64Array(design.p + 1));
  for (let k = 0; k < iterations; k++) state = step(objective, design, settings, state).state;
  return state;
}

describe('step', () => {
  it('gradient descent takes θ − η∇J and leaves its input state untouched', () => {
    const state = initialState(Float64Array.of(0.1, -0.2, 0.3));
    const before = Float64Array.from(state.theta);
    const result = step(crossEntropy, design, base, state);
    expect(Array.from(state.theta)).toEqual(Array.from(before));
    expectClose(
      result.state.theta,
      before.map((t, j) => t - 0.5 * result.gradient[j]),
      0,
      1e-15,
    );
    expect(result.state.iteration).toBe(1);
    expect(result.state.epoch).toBe(1);
  });

  it('momentum follows v ← βv + ∇J, θ ← θ − ηv', () => {
    const settings = { ...base, rule: 'momentum', momentum: 0.9 } as const;
    const first = step(crossEntropy, design, settings, initialState(new Float64Array(3)));
    const second = step(crossEntropy, design, settings, first.state);
    const z = first.gradient.map((g, j) => 0.9 * g + second.gradient[j]);
    expectClose(second.state.aux, z, 0, 1e-15);
    expectClose(
      second.state.theta,
      first.state.theta.map((t, j) => t - 0.5 * z[j]),
      0,
      1e-15,
    );
  });

  it('a rule’s auxiliary state starts at zeros, and a rule without any passes it on unchanged', () => {
    const momentum = { ...base, rule: 'momentum', momentum: 0.9 } as const;
    expect(UPDATE_RULES.momentum.auxLength(3)).toBe(3);
    const fresh = step(crossEntropy, design, momentum, initialState(new Float64Array(3)));
    // From an empty state, v = 0·β + ∇J: the first step is gradient descent's.
    expectClose(fresh.state.aux, fresh.gradient, 0, 0);
    for (const rule of UPDATE_RULE_IDS.filter((id) => UPDATE_RULES[id].auxLength(3) === 0)) {
      const other = step(crossEntropy, design, { ...base, rule }, fresh.state);
      expect(other.state.aux).toBe(fresh.state.aux);
    }
    // Switched back, momentum resumes with the velocity it left.
    const plain = step(crossEntropy, design, base, fresh.state);
    const resumed = step(crossEntropy, design, momentum, plain.state);
    expectClose(
      resumed.state.aux,
      fresh.state.aux.map((v, j) => 0.9 * v + resumed.gradient[j]),
      0,
      1e-15,
    );
  });

  it('seeded stochastic gradient descent is reproducible bit for bit, and another seed differs', () => {
    const sgd = { ...base, batchSize: 1, learningRate: 0.1 };
    const a = run(crossEntropy, sgd, 500);
    const b = run(crossEntropy, sgd, 500);
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
    const c = run(crossEntropy, { ...sgd, seed: 8 }, 500);
    expect(Array.from(c.theta)).not.toEqual(Array.from(a.theta));
  });

  it('mini-batches count iterations and epochs: 50 points in batches of 16 make 4 iterations an epoch', () => {
    const state = run(crossEntropy, { ...base, batchSize: 16 }, 10);
    expect(state.iteration).toBe(10);
    expect(state.epoch).toBe(2);
    expect(state.cursor).toBe(32);
  });

  it('an epoch visits every point once, in the order the seed and epoch determine', () => {
    const sizes: number[] = [];
    let state = initialState(new Float64Array(3));
    for (let k = 0; k < 4; k++) {
      const result = step(crossEntropy, design, { ...base, batchSize: 16 }, state);
      sizes.push(result.batchSize);
      state = result.state;
    }
    expect(sizes).toEqual([16, 16, 16, 2]);
    const order = epochOrder(50, 7, 0);
    expect(Array.from(order).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 50 }, (_, i) => i),
    );
    expect(Array.from(epochOrder(50, 7, 1))).not.toEqual(Array.from(order));
  });

  it('mini-batch descent with a decaying step reaches the neighbourhood of the optimum', () => {
    const optimum = findOptimum(crossEntropy, design);
    if (optimum.status !== 'found') throw new Error('no optimum');
    const state = run(crossEntropy, { ...base, batchSize: 10, learningRate: 0.05 }, 4000);
    expect(norm2(state.theta.map((t, j) => t - optimum.theta[j]))).toBeLessThan(0.15);
  });

  it('Newton reaches a gradient norm below 1e-10 in a handful of steps; gradient descent needs hundreds', () => {
    let newton = initialState(new Float64Array(3));
    let newtonSteps = 0;
    while (newtonSteps < 50) {
      const result = step(crossEntropy, design, { ...base, rule: 'newton' }, newton);
      if (norm2(result.gradient) < 1e-10) break;
      newton = result.state;
      newtonSteps++;
    }
    expect(newtonSteps).toBeLessThanOrEqual(8);
    let gd = initialState(new Float64Array(3));
    let gdSteps = 0;
    while (gdSteps < 100000) {
      const result = step(crossEntropy, design, { ...base, learningRate: 1 }, gd);
      if (norm2(result.gradient) < 1e-10) break;
      gd = result.state;
      gdSteps++;
    }
    expect(gdSteps).toBeGreaterThan(100);
    expectClose(gd.theta, newton.theta, 0, 1e-8);
  });

  it('Newton with L2 converges to the point where ∇J + λw = 0', () => {
    const objective: Objective = {
      loss: 'crossEntropy',
      regularization: { kind: 'l2', lambda: 0.2 },
    };
    const optimum = findOptimum(objective, design);
    if (optimum.status !== 'found') throw new Error('no optimum');
    expect(optimum.gradientNorm).toBeLessThan(1e-10);
    const unregularized = findOptimum(crossEntropy, design);
    if (unregularized.status !== 'found') throw new Error('no optimum');
    // The penalty shrinks the weights, never the bias.
    expect(norm2(optimum.theta.subarray(1))).toBeLessThan(norm2(unregularized.theta.subarray(1)));
  });

  it('Newton stays finite on a constant feature, whose Hessian is singular', () => {
    const constant = {
      X: Float64Array.from([0, 1, 0, 2, 0, 3, 0, 4]),
      y: Float64Array.of(0, 1, 0, 1),
      n: 4,
      p: 2,
    };
    const result = step(
      crossEntropy,
      constant,
      { ...base, rule: 'newton' },
      initialState(new Float64Array(3)),
    );
    expect(result.newton?.damping).toBeGreaterThan(0);
    expect(result.state.theta.every(Number.isFinite)).toBe(true);
    expect(result.state.theta[1]).toBe(0);
  });

  it('refuses settings it cannot run, with a reason', () => {
    expect(settingsProblem(crossEntropy, { ...base, learningRate: 0 })).toMatch(/learning rate/);
    expect(settingsProblem(crossEntropy, { ...base, learningRate: NaN })).toMatch(/learning rate/);
    expect(settingsProblem(crossEntropy, { ...base, momentum: 1 })).toMatch(/momentum/);
    expect(settingsProblem(crossEntropy, { ...base, batchSize: 2.5 })).toMatch(/batch size/);
    expect(
      settingsProblem({ ...crossEntropy, loss: 'squaredError' }, { ...base, rule: 'newton' }),
    ).toMatch(/Newton/);
    expect(
      settingsProblem(
        { loss: 'crossEntropy', regularization: { kind: 'l1', lambda: 0.1 } },
        { ...base, rule: 'newton' },
      ),
    ).toMatch(/L1/);
    expect(() =>
      step(crossEntropy, design, { ...base, learningRate: -1 }, initialState(new Float64Array(3))),
    ).toThrow(/learning rate/);
    expect(settingsProblem(crossEntropy, base)).toBeNull();
  });
});

describe('L1 regularization', () => {
  it('the proximal step gives exact zeros, and only on weights, never the bias', () => {
    const noisy = generatePreset('twoBlobs', { n: 80, noise: 1, seed: 5 });
    const map = fitFeatureMap(noisy, { standardize: true, degree: 3 });
    const wide = buildDesign(noisy, map);
    const objective: Objective = {
      loss: 'crossEntropy',
      regularization: { kind: 'l1', lambda: 0.05 },
    };
    let state = initialState(new Float64Array(wide.p + 1));
    for (let k = 0; k < 3000; k++)
      state = step(objective, wide, { ...base, learningRate: 0.5 }, state).state;
    const weights = Array.from(state.theta.subarray(1));
    const zeros = weights.filter((w) => w === 0).length;
    expect(zeros).toBeGreaterThan(0);
    expect(zeros).toBeLessThan(weights.length);
    expect(state.theta[0]).not.toBe(0);
  });

  it('at a large λ every weight is exactly zero and the bias fits the class balance', () => {
    const objective: Objective = {
      loss: 'crossEntropy',
      regularization: { kind: 'l1', lambda: 10 },
    };
    let state = initialState(Float64Array.of(0, 1, -1));
    for (let k = 0; k < 500; k++)
      state = step(objective, design, { ...base, learningRate: 0.5 }, state).state;
    expect(Array.from(state.theta.subarray(1))).toEqual([0, 0]);
    const share = design.y.reduce((a, b) => a + b) / design.n;
    expect(state.theta[0]).toBeCloseTo(Math.log(share / (1 - share)), 8);
  });
});
