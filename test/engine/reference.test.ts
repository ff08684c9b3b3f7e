import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  findOptimum,
  fitFeatureMap,
  fromRawCoefficients,
  initialState,
  learningRateLandmarks,
  NO_REGULARIZATION,
  norm2,
  objectiveAndGradient,
  step,
  toRawCoefficients,
  type Objective,
} from '../../src/engine';
import { expectClose } from './arbitraries';
import { REFERENCE_FITS } from './referenceData';

const crossEntropy: Objective = { loss: 'crossEntropy', regularization: NO_REGULARIZATION };

/** The number of decimals a published figure was printed with, for comparing at that precision. */
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe.each(REFERENCE_FITS)('$name', ({ data, published, independent, meanLogLoss }) => {
  const rawMap = fitFeatureMap(data, { standardize: false, degree: 1 });
  const rawDesign = buildDesign(data, rawMap);
  const standardMap = fitFeatureMap(data, { standardize: true, degree: 1 });
  const standardDesign = buildDesign(data, standardMap);

  it('Newton on raw features reproduces the published coefficients to 1e-6 relative', () => {
    const optimum = findOptimum(crossEntropy, rawDesign);
    if (optimum.status !== 'found') throw new Error(`no optimum: ${optimum.status}`);
    expect(optimum.gradientNorm).toBeLessThan(1e-10);
    expectClose(optimum.theta, independent, 0, 1e-6);
    // And the statistics package's own figures, to the digits it printed.
    published.forEach((value, j) => {
      const places = decimals(value);
      expect(Math.abs(optimum.theta[j] - value)).toBeLessThanOrEqual(0.5 * 10 ** -places + 1e-15);
    });
    expectClose([optimum.objective], [meanLogLoss], 0, 1e-9);
  });

  it('coefficients mapped back from standardized features equal the raw-feature fit', () => {
    const raw = findOptimum(crossEntropy, rawDesign);
    const standard = findOptimum(crossEntropy, standardDesign);
    if (raw.status !== 'found' || standard.status !== 'found') throw new Error('no optimum');
    expectClose(toRawCoefficients(standardMap, standard.theta), raw.theta, 0, 1e-8);
    expectClose(fromRawCoefficients(standardMap, raw.theta), standard.theta, 1e-9, 1e-8);
  });

  it('gradient descent on standardized features reaches the Newton optimum', () => {
    const optimum = findOptimum(crossEntropy, standardDesign);
    if (optimum.status !== 'found') throw new Error('no optimum');
    const landmarks = learningRateLandmarks(crossEntropy, standardDesign, optimum.theta);
    // η = 1/L0, safely below 2/L0, where every step lowers the loss.
    const settings = {
      rule: 'gradientDescent',
      learningRate: 1 / landmarks.smoothness,
      batchSize: 0,
      momentum: 0,
      seed: 1,
    } as const;
    let state = initialState(new Float64Array(standardDesign.p + 1));
    let previous = Infinity;
    let iterations = 0;
    for (; iterations < 20000; iterations++) {
      const result = step(crossEntropy, standardDesign, settings, state);
      // Every step lowers the loss, up to its rounding once the optimum is reached.
      expect(result.objective).toBeLessThanOrEqual(previous + 4 * Number.EPSILON * previous);
      previous = result.objective;
      if (norm2(result.gradient) < 1e-9) break;
      state = result.state;
    }
    expect(iterations).toBeLessThan(20000);
    expectClose(state.theta, optimum.theta, 0, 1e-7);
    expectClose(toRawCoefficients(standardMap, state.theta), independent, 0, 1e-6);
  });

  it("Newton's method converges in a handful of steps", () => {
    const optimum = findOptimum(crossEntropy, standardDesign);
    if (optimum.status !== 'found') throw new Error(`no optimum: ${optimum.status}`);
    expect(optimum.iterations).toBeLessThanOrEqual(10);
  });
});

describe('published facts about the reference data', () => {
  const [challenger, , ex2data1] = REFERENCE_FITS;

  it('ex2data1: cost 0.693 and gradient (−0.1000, −12.0092, −11.2628) at θ = 0', () => {
    const design = buildDesign(
      ex2data1.data,
      fitFeatureMap(ex2data1.data, { standardize: false, degree: 1 }),
    );
    const gradient = new Float64Array(3);
    const cost = objectiveAndGradient(crossEntropy, design, new Float64Array(3), gradient);
    expect(cost).toBeCloseTo(Math.LN2, 14);
    expectClose(gradient, [-0.1, -12.0092, -11.2628], 0.00005);
  });

  it('standardized Challenger: 2/L0 = 8 and 2/L* ≈ 12.76', () => {
    const design = buildDesign(
      challenger.data,
      fitFeatureMap(challenger.data, { standardize: true, degree: 1 }),
    );
    const optimum = findOptimum(crossEntropy, design);
    if (optimum.status !== 'found') throw new Error('no optimum');
    const landmarks = learningRateLandmarks(crossEntropy, design, optimum.theta);
    expect(landmarks.descentGuaranteed).toBeCloseTo(8, 12);
    expect(landmarks.convergenceLimit).toBeCloseTo(12.76, 2);
  });

  it('standardized Challenger: gradient descent converges just below 2/L* and not just above it', () => {
    const design = buildDesign(
      challenger.data,
      fitFeatureMap(challenger.data, { standardize: true, degree: 1 }),
    );
    const optimum = findOptimum(crossEntropy, design);
    if (optimum.status !== 'found') throw new Error('no optimum');
    const limit = learningRateLandmarks(crossEntropy, design, optimum.theta).convergenceLimit!;
    const finalGradientNorm = (eta: number) => {
      const settings = {
        rule: 'gradientDescent',
        learningRate: eta,
        batchSize: 0,
        momentum: 0,
        seed: 1,
      } as const;
      let state = initialState(new Float64Array(2));
      let norm = Infinity;
      for (let k = 0; k < 5000; k++) {
        const result = step(crossEntropy, design, settings, state);
        norm = norm2(result.gradient);
        state = result.state;
      }
      return norm;
    };
    // Between 2/L0 = 8 and 2/L*: the loss may rise on some steps, yet it converges.
    expect(finalGradientNorm(0.97 * limit)).toBeLessThan(1e-8);
    // Above 2/L*: no convergence (an oscillation, of period 2 or longer, or divergence).
    expect(finalGradientNorm(1.03 * limit)).toBeGreaterThan(1e-3);
  });
});
