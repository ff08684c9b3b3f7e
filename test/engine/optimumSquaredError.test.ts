import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  hessian,
  NO_REGULARIZATION,
  objectiveValue,
  symmetricEigenvalues,
  type Objective,
} from '../../src/engine';
import { randomProblem } from './arbitraries';
import { expectKkt, expectNoLowerNearby, hasBothClasses } from './optimumChecks';

const squaredError: Objective = { loss: 'squaredError', regularization: NO_REGULARIZATION };
const withL2: Objective = { loss: 'squaredError', regularization: { kind: 'l2', lambda: 0.01 } };

describe('findOptimum with squared error', () => {
  it('on the presets: a local minimum, stationary to 1e-10 with a positive definite Hessian', () => {
    for (const kind of [
      'twoBlobs',
      'overlapping',
      'unbalanced',
      'outliers',
      'oneFeature',
    ] as const) {
      const data = generatePreset(kind, { n: 200, noise: 1, seed: 3 });
      const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
      for (const objective of [squaredError, withL2]) {
        const result = findOptimum(objective, design);
        if (result.status !== 'found') throw new Error(`${kind}: ${result.status}`);
        expect(result.minimum).toBe('local');
        expect(result.gradientNorm).toBeLessThan(1e-10);
        const eigenvalues = symmetricEigenvalues(
          hessian(objective, design, result.theta),
          design.p + 1,
        );
        expect(eigenvalues[0]).toBeGreaterThan(0);
        expectKkt(objective, design, result.theta);
        expectNoLowerNearby(objective, design, result.theta);
      }
    }
  });

  it('is not the cross-entropy optimum: the two losses weigh the points differently', () => {
    const data = generatePreset('outliers', { n: 200, noise: 1, seed: 3 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const se = findOptimum(squaredError, design);
    const ce = findOptimum({ ...squaredError, loss: 'crossEntropy' }, design);
    if (se.status !== 'found' || ce.status !== 'found') throw new Error('no optimum');
    expect(ce.minimum).toBe('global');
    expect(Math.abs(se.theta[1] - ce.theta[1])).toBeGreaterThan(1e-3);
    // Each is the better point for its own loss.
    expect(objectiveValue(squaredError, design, se.theta)).toBeLessThan(
      objectiveValue(squaredError, design, ce.theta),
    );
  });

  it('on separable data without regularization there is no minimizer; with L2 there is', () => {
    const data = generatePreset('separable', { n: 100, noise: 1, seed: 2 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const plain = findOptimum(squaredError, design);
    expect(plain.status).toBe('separable');
    if (plain.status === 'separable') expect(plain.message).toMatch(/no finite optimum/i);
    const regularized = findOptimum(withL2, design);
    expect(regularized.status).toBe('found');
  });

  it('says so when the loss keeps falling as the weights grow on data no boundary separates', () => {
    // Circles with cubic features: not separable, but squared error prefers ever steeper sigmoids.
    const data = generatePreset('circles', { n: 200, noise: 1, seed: 3 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 3 }));
    const result = findOptimum(squaredError, design);
    expect(result.status).toBe('notFound');
    if (result.status !== 'notFound') return;
    expect(result.message).toMatch(/infimum lies at infinity/);
    // Honest: out there J is below its value at the cross-entropy's optimum (where Newton
    // started), and further out along θ it is no higher (every point is saturated).
    const value = objectiveValue(squaredError, design, result.theta);
    const ce = findOptimum({ ...squaredError, loss: 'crossEntropy' }, design);
    if (ce.status !== 'found') throw new Error('no cross-entropy optimum');
    expect(value).toBeLessThan(objectiveValue(squaredError, design, ce.theta));
    const further = result.theta.map((x) => 1.5 * x);
    expect(objectiveValue(squaredError, design, further)).toBeLessThanOrEqual(value);
    // And the L2 penalty gives it a minimum.
    expect(findOptimum(withL2, design).status).toBe('found');
  });

  it('on random data: whatever it calls a minimum is stationary and no small move lowers J', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.constantFrom(squaredError, withL2),
        ({ design }, objective) => {
          fc.pre(hasBothClasses(design));
          const result = findOptimum(objective, design);
          if (result.status === 'separable') {
            expect(objective.regularization.kind).toBe('none');
            return;
          }
          if (result.status === 'notFound') {
            expect(result.message.length).toBeGreaterThan(0);
            return;
          }
          expect(result.gradientNorm).toBeLessThan(1e-10);
          expectKkt(objective, design, result.theta);
          expectNoLowerNearby(objective, design, result.theta);
        },
      ),
      { numRuns: 200 },
    );
  });
});
