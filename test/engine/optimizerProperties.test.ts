import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  fitFeatureMap,
  initialState,
  NO_REGULARIZATION,
  step,
  type Dataset,
  type Objective,
  type OptimizerSettings,
} from '../../src/engine';
import { randomProblem } from './arbitraries';

const crossEntropy: Objective = { loss: 'crossEntropy', regularization: NO_REGULARIZATION };

describe('update rules, for any data', () => {
  it('momentum with β = 0 is gradient descent, step for step', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.constantFrom<Objective>(
          crossEntropy,
          { loss: 'squaredError', regularization: NO_REGULARIZATION },
          { loss: 'crossEntropy', regularization: { kind: 'l2', lambda: 0.1 } },
          { loss: 'crossEntropy', regularization: { kind: 'l1', lambda: 0.05 } },
        ),
        fc.double({ min: 1e-3, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        (problem, objective, learningRate, batchSize, seed) => {
          const design = problem.design;
          const plain: OptimizerSettings = {
            rule: 'gradientDescent',
            learningRate,
            batchSize,
            momentum: 0,
            seed,
          };
          const momentum: OptimizerSettings = { ...plain, rule: 'momentum', momentum: 0 };
          let a = initialState(problem.theta);
          let b = initialState(problem.theta);
          for (let k = 0; k < 15; k++) {
            a = step(objective, design, plain, a).state;
            b = step(objective, design, momentum, b).state;
            // Bit for bit: β·0 + ∇J is ∇J, and the same batches are drawn.
            expect(Array.from(b.theta)).toEqual(Array.from(a.theta));
            expect([b.epoch, b.cursor]).toEqual([a.epoch, a.cursor]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('an epoch of mini-batches visits every point exactly once, for any n and batch size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (n, batchSize, seed) => {
          // Point i is the unit vector e_i: weight i's gradient is (p_i − y_i)/|batch| ≠ 0 exactly
          // when point i is in the batch, so each step's gradient names the points it used.
          const features = new Float64Array(n * n);
          for (let i = 0; i < n; i++) features[i * n + i] = 1;
          const data: Dataset = {
            features,
            labels: Float64Array.from({ length: n }, (_, i) => i % 2),
            n,
            d: n,
            featureNames: Array.from({ length: n }, (_, i) => `x${i + 1}`),
          };
          const design = buildDesign(data, fitFeatureMap(data, { standardize: false, degree: 1 }));
          const settings: OptimizerSettings = {
            rule: 'gradientDescent',
            learningRate: 0.1,
            batchSize,
            momentum: 0,
            seed,
          };
          let state = initialState(new Float64Array(n + 1));
          for (let epoch = 0; epoch < 2; epoch++) {
            const visits = new Array<number>(n).fill(0);
            while (state.epoch === epoch) {
              const result = step(crossEntropy, design, settings, state);
              const used = Array.from(result.gradient.slice(1), (g, i) => (g !== 0 ? i : -1));
              const points = used.filter((i) => i >= 0);
              expect(points).toHaveLength(result.batchSize);
              for (const i of points) visits[i]++;
              state = result.state;
            }
            expect(visits).toEqual(new Array<number>(n).fill(1));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
