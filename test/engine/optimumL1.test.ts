import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  dataLossAndGradient,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  smoothnessAtZero,
  type Design,
  type Objective,
} from '../../src/engine';
import { randomProblem } from './arbitraries';
import { expectKkt, expectNoLowerNearby, hasBothClasses } from './optimumChecks';
import { REFERENCE_FITS } from './referenceData';

const l1 = (loss: Objective['loss'], lambda: number): Objective => ({
  loss,
  regularization: { kind: 'l1', lambda },
});

/**
 * Proximal gradient descent (ISTA) with step 1/L0, written out here: θ ← prox(θ − ∇f(θ)/L0), the
 * prox soft-thresholding every weight by λ/L0. Slow but simple and globally convergent for the
 * convex cross-entropy; run until a step moves θ by less than 1e-15.
 */
function proximalGradient(design: Design, lambda: number, maxIterations = 500_000): Float64Array {
  const eta = 1 / smoothnessAtZero(design);
  const theta = new Float64Array(design.p + 1);
  const gradient = new Float64Array(design.p + 1);
  for (let k = 0; k < maxIterations; k++) {
    dataLossAndGradient('crossEntropy', design, theta, gradient);
    let change = 0;
    for (let j = 0; j < theta.length; j++) {
      const moved = theta[j] - eta * gradient[j];
      const next = j === 0 ? moved : Math.sign(moved) * Math.max(Math.abs(moved) - eta * lambda, 0);
      change = Math.max(change, Math.abs(next - theta[j]));
      theta[j] = next;
    }
    if (change < 1e-15) return theta;
  }
  throw new Error(`proximal gradient did not converge in ${maxIterations} iterations`);
}

describe('findOptimum with L1', () => {
  it('satisfies the KKT conditions and no small move lowers J, on random data (both losses)', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.constantFrom('crossEntropy', 'squaredError'),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        ({ design }, loss, lambda) => {
          fc.pre(hasBothClasses(design));
          const objective = l1(loss, lambda);
          const result = findOptimum(objective, design);
          // With both classes the penalty makes the convex cross-entropy coercive: a minimizer exists.
          if (loss === 'crossEntropy') expect(result.status).toBe('found');
          if (result.status !== 'found') {
            expect(result.status).toBe('notFound');
            return;
          }
          expect(result.minimum).toBe(loss === 'crossEntropy' ? 'global' : 'local');
          expect(result.gradientNorm).toBeLessThan(1e-10);
          expectKkt(objective, design, result.theta);
          expectNoLowerNearby(objective, design, result.theta);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with a long proximal-gradient run to 1e-8 on the reference data, zeros included', () => {
    let zeros = 0;
    let nonzeros = 0;
    for (const fit of REFERENCE_FITS) {
      const design = buildDesign(
        fit.data,
        fitFeatureMap(fit.data, { standardize: true, degree: 1 }),
      );
      for (const lambda of [0.005, 0.05, 0.08, 0.2]) {
        const result = findOptimum(l1('crossEntropy', lambda), design);
        if (result.status !== 'found')
          throw new Error(`${fit.name}, λ = ${lambda}: ${result.status}`);
        const reference = proximalGradient(design, lambda);
        for (let j = 0; j < reference.length; j++) {
          expect(Math.abs(result.theta[j] - reference[j])).toBeLessThan(1e-8);
          // Both put the same weights at exactly zero.
          if (j === 0) continue;
          expect(result.theta[j] === 0).toBe(reference[j] === 0);
          if (result.theta[j] === 0) zeros++;
          else nonzeros++;
        }
        expectKkt(l1('crossEntropy', lambda), design, result.theta);
      }
    }
    // The cases cover both kinds of weight.
    expect(zeros).toBeGreaterThan(0);
    expect(nonzeros).toBeGreaterThan(0);
  });

  it('from λ_max = ‖∂f/∂w‖∞ at the intercept-only fit on, every weight is exactly zero', () => {
    const data = generatePreset('overlapping', { n: 200, noise: 1, seed: 5 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 3 }));
    // The intercept-only fit: b = logit(ȳ), where ∂f/∂b = ȳ − σ(b) vanishes.
    const mean = design.y.reduce((s, y) => s + y, 0) / design.n;
    const interceptOnly = new Float64Array(design.p + 1);
    interceptOnly[0] = Math.log(mean / (1 - mean));
    const gradient = new Float64Array(design.p + 1);
    dataLossAndGradient('crossEntropy', design, interceptOnly, gradient);
    const lambdaMax = Math.max(...Array.from(gradient.subarray(1), Math.abs));

    const above = findOptimum(l1('crossEntropy', lambdaMax * 1.001), design);
    if (above.status !== 'found') throw new Error(above.status);
    expect(Array.from(above.theta.subarray(1))).toEqual(new Array(design.p).fill(0));
    expect(above.theta[0]).toBeCloseTo(interceptOnly[0], 12);

    const below = findOptimum(l1('crossEntropy', lambdaMax * 0.9), design);
    if (below.status !== 'found') throw new Error(below.status);
    const active = Array.from(below.theta.subarray(1)).filter((w) => w !== 0).length;
    // Just below λ_max only a few weights leave zero; the rest stay exactly zero.
    expect(active).toBeGreaterThan(0);
    expect(active).toBeLessThan(design.p);
  });

  it('squared error with L1 on the presets: a local minimum with exact zeros', () => {
    for (const kind of ['twoBlobs', 'overlapping', 'outliers', 'circles'] as const) {
      const data = generatePreset(kind, { n: 150, noise: 1, seed: 2 });
      const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 3 }));
      const objective = l1('squaredError', 0.01);
      const result = findOptimum(objective, design);
      if (result.status !== 'found') throw new Error(`${kind}: ${result.status}`);
      expect(result.minimum).toBe('local');
      expect(result.theta.subarray(1).some((w) => w === 0)).toBe(true);
      expectKkt(objective, design, result.theta);
      expectNoLowerNearby(objective, design, result.theta);
    }
  });
});
