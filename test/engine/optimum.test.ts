import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  datasetFromRows,
  detectSeparation,
  isSeparatingDirection,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  initialState,
  learningRateLandmarks,
  NO_REGULARIZATION,
  norm2,
  objectiveValue,
  separatesClasses,
  step,
  type Objective,
} from '../../src/engine';

const crossEntropy: Objective = { loss: 'crossEntropy', regularization: NO_REGULARIZATION };
const l2: Objective = { loss: 'crossEntropy', regularization: { kind: 'l2', lambda: 0.01 } };

describe('findOptimum', () => {
  it('detects separable data, with a separating θ as the certificate', () => {
    const data = generatePreset('separable', { n: 100, noise: 1, seed: 2 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const result = findOptimum(crossEntropy, design);
    expect(result.status).toBe('separable');
    if (result.status !== 'separable') return;
    expect(result.complete).toBe(true);
    expect(separatesClasses(design, result.direction!)).toBe(true);
    expect(result.message).toMatch(/no finite optimum/i);
  });

  it('on separable data, gradient descent grows the weights while the loss creeps to zero', () => {
    const data = generatePreset('separable', { n: 60, noise: 1, seed: 4 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const settings = {
      rule: 'gradientDescent',
      learningRate: 2,
      batchSize: 0,
      momentum: 0,
      seed: 1,
    } as const;
    let state = initialState(new Float64Array(3));
    const norms: number[] = [];
    const losses: number[] = [];
    for (let k = 1; k <= 10000; k++) {
      state = step(crossEntropy, design, settings, state).state;
      if (k % 2500 === 0) {
        norms.push(norm2(state.theta.subarray(1)));
        losses.push(objectiveValue(crossEntropy, design, state.theta));
      }
    }
    for (let k = 1; k < norms.length; k++) {
      expect(norms[k]).toBeGreaterThan(norms[k - 1]);
      expect(losses[k]).toBeLessThan(losses[k - 1]);
    }
    expect(losses[losses.length - 1]).toBeLessThan(0.01);
  });

  it('L2 regularization gives separable data a finite optimum', () => {
    const data = generatePreset('separable', { n: 100, noise: 1, seed: 2 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const result = findOptimum(l2, design);
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.gradientNorm).toBeLessThan(1e-10);
    const landmarks = learningRateLandmarks(
      l2,
      design,
      result.status === 'found' ? result.theta : null,
    );
    expect(landmarks.convergenceLimit).not.toBeNull();
    expect(landmarks.convergenceLimit!).toBeGreaterThanOrEqual(landmarks.descentGuaranteed);
  });

  it('does not call overlapping data separable', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const data = generatePreset('overlapping', { n: 60, noise: 1, seed });
      const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
      expect(findOptimum(crossEntropy, design).status).toBe('found');
    }
  });

  it('detects quasi-complete separation, where the gradient vanishes but no optimum exists', () => {
    // x ≤ 0 is class 0 and x ≥ 0 class 1, with one point of each class at x = 0: no line separates
    // strictly, yet the slope grows without bound while the gradient decays like e^{−w}.
    const data = datasetFromRows([[-2], [-1], [0], [0], [1], [2]], [0, 0, 0, 1, 1, 1]);
    const design = buildDesign(data, fitFeatureMap(data, { standardize: false, degree: 1 }));
    const result = findOptimum(crossEntropy, design);
    expect(result.status).toBe('separable');
    if (result.status !== 'separable') return;
    expect(result.complete).toBe(false);
    expect(isSeparatingDirection(design, result.direction!)).toBe(true);
    expect(result.message).toMatch(/quasi-complete/);
    // The same data with one more point across the boundary overlaps: a finite optimum exists.
    const overlapping = datasetFromRows(
      [[-2], [-1], [0], [0], [1], [2], [-1.5]],
      [0, 0, 0, 1, 1, 1, 1],
    );
    const overlapDesign = buildDesign(
      overlapping,
      fitFeatureMap(overlapping, { standardize: false, degree: 1 }),
    );
    expect(detectSeparation(overlapDesign).separated).toBe(false);
    expect(findOptimum(crossEntropy, overlapDesign).status).toBe('found');
  });

  it('the separation test agrees with a brute-force search for a separating line on random 1-D data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: -4, max: 4 }), y: fc.constantFrom(0, 1) }), {
          minLength: 2,
          maxLength: 12,
        }),
        (points) => {
          const data = datasetFromRows(
            points.map((point) => [point.x]),
            points.map((point) => point.y),
          );
          const design = buildDesign(data, fitFeatureMap(data, { standardize: false, degree: 1 }));
          // In 1-D a direction θ = (b, w) with w ≠ 0 is a threshold t = −b/w and an orientation;
          // with w = 0 it is a constant sign, which separates only one class. Thresholds at the
          // integers and half-integers cover every case for integer data.
          let bruteForce = false;
          for (let t = -5; t <= 5; t += 0.5) {
            for (const orientation of [1, -1]) {
              if (isSeparatingDirection(design, Float64Array.of(-orientation * t, orientation)))
                bruteForce = true;
            }
          }
          const both =
            points.some((point) => point.y === 1) && points.some((point) => point.y === 0);
          if (!both) bruteForce = true;
          expect(detectSeparation(design).separated).toBe(bruteForce);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('without an optimum there is no 2/L*', () => {
    const data = generatePreset('separable');
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const landmarks = learningRateLandmarks(crossEntropy, design, null);
    expect(landmarks.convergenceLimit).toBeNull();
    expect(landmarks.descentGuaranteed).toBeGreaterThan(0);
  });
});

describe('learningRateLandmarks', () => {
  it('L0 is the largest Hessian eigenvalue at θ = 0 and bounds the one at the optimum', () => {
    for (const kind of ['twoBlobs', 'unbalanced', 'outliers', 'oneFeature'] as const) {
      const data = generatePreset(kind);
      const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
      const optimum = findOptimum(crossEntropy, design);
      if (optimum.status !== 'found') throw new Error(`${kind}: no optimum`);
      const atZero = learningRateLandmarks(crossEntropy, design, new Float64Array(design.p + 1));
      expect(atZero.curvatureAtOptimum!).toBeCloseTo(atZero.smoothness, 12);
      const landmarks = learningRateLandmarks(crossEntropy, design, optimum.theta);
      expect(landmarks.curvatureAtOptimum!).toBeLessThanOrEqual(landmarks.smoothness);
    }
  });

  it('adds λ to both curvatures under L2', () => {
    const data = generatePreset('twoBlobs');
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const plain = learningRateLandmarks(crossEntropy, design, null);
    const withPenalty = learningRateLandmarks(
      { ...crossEntropy, regularization: { kind: 'l2', lambda: 0.5 } },
      design,
      null,
    );
    expect(withPenalty.smoothness - plain.smoothness).toBeCloseTo(0.5, 14);
  });
});
