import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFeatureMap,
  buildDesign,
  datasetFromRows,
  fitFeatureMap,
  fromRawCoefficients,
  logits,
  monomialExponents,
  toRawCoefficients,
} from '../../src/engine';
import { expectClose } from './arbitraries';

describe('monomialExponents', () => {
  it('lists the terms of degree 2 in two inputs in reading order', () => {
    expect(monomialExponents(2, 2)).toEqual([
      [1, 0],
      [0, 1],
      [2, 0],
      [1, 1],
      [0, 2],
    ]);
  });

  it('has C(d + D, D) − 1 terms, each once', () => {
    const binomial = (n: number, k: number): number =>
      k === 0 ? 1 : (binomial(n - 1, k - 1) * n) / k;
    for (let d = 1; d <= 3; d++) {
      for (let degree = 1; degree <= 6; degree++) {
        const terms = monomialExponents(d, degree);
        expect(terms).toHaveLength(binomial(d + degree, degree) - 1);
        expect(new Set(terms.map(String)).size).toBe(terms.length);
      }
    }
  });
});

describe('fitFeatureMap', () => {
  const data = datasetFromRows(
    [
      [1, 10],
      [2, 20],
      [3, 60],
      [6, 30],
    ],
    [0, 1, 0, 1],
    ['temp', 'x2'],
  );

  it('names the polynomial terms after the inputs: temp², temp·x2, x2⁶', () => {
    const map = fitFeatureMap(data, { standardize: false, degree: 6 });
    expect(map.names.slice(0, 5)).toEqual(['temp', 'x2', 'temp²', 'temp·x2', 'x2²']);
    expect(map.names).toContain('temp³·x2²');
    expect(map.names[map.names.length - 1]).toBe('x2⁶');
    expect(map.names).toHaveLength(27);
  });

  it('standardizes with the population standard deviation', () => {
    const map = fitFeatureMap(data, { standardize: true, degree: 1 });
    expect(map.mean[0]).toBe(3);
    // Deviations −2, −1, 0, 3: population variance (4 + 1 + 0 + 9)/4 = 3.5.
    expect(map.scale[0]).toBeCloseTo(Math.sqrt(3.5), 15);
    const X = buildDesign(data, map).X;
    for (let k = 0; k < 2; k++) {
      const column = [0, 1, 2, 3].map((i) => X[i * 2 + k]);
      const mean = column.reduce((a, b) => a + b) / 4;
      const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / 4;
      expect(mean).toBeCloseTo(0, 14);
      expect(variance).toBeCloseTo(1, 14);
    }
  });

  it('turns a constant feature into zeros instead of dividing by zero', () => {
    const constant = datasetFromRows([[5], [5], [5]], [0, 1, 0]);
    const design = buildDesign(constant, fitFeatureMap(constant, { standardize: true, degree: 2 }));
    expect(Array.from(design.X)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('rejects degrees outside 1–6', () => {
    expect(() => fitFeatureMap(data, { standardize: true, degree: 0 })).toThrow(RangeError);
    expect(() => fitFeatureMap(data, { standardize: true, degree: 7 })).toThrow(RangeError);
  });

  it('maps any θ to raw-term coefficients that give the same logits, and back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 28, maxLength: 28 }),
        (degree, values) => {
          const standardMap = fitFeatureMap(data, { standardize: true, degree });
          const rawMap = fitFeatureMap(data, { standardize: false, degree });
          const theta = Float64Array.from(values.slice(0, standardMap.names.length + 1));
          const raw = toRawCoefficients(standardMap, theta);
          expectClose(
            logits(buildDesign(data, rawMap), raw),
            logits(buildDesign(data, standardMap), theta),
            1e-9,
            1e-9,
          );
          expectClose(fromRawCoefficients(standardMap, raw), theta, 1e-9, 1e-9);
        },
      ),
    );
  });

  it('applies the fitted map to new points, as the probability field needs', () => {
    const map = fitFeatureMap(data, { standardize: true, degree: 2 });
    const fresh = applyFeatureMap(map, Float64Array.of(3, 60), 1);
    const design = buildDesign(data, map);
    expectClose(fresh, design.X.subarray(2 * 5, 3 * 5), 0, 1e-15);
  });
});
