import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  cellCenter,
  fitFeatureMap,
  generatePreset,
  lossSurface,
  lossSurfaceRows,
  objectiveValue,
  type LossKind,
  type Objective,
} from '../../src/engine';
import { expectClose, randomProblem } from './arbitraries';

describe('lossSurface', () => {
  it('every cell equals J at its centre, for any two parameters, loss and penalty', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.constantFrom<LossKind>('crossEntropy', 'squaredError'),
        fc.constantFrom<Objective['regularization']>(
          { kind: 'none', lambda: 0 },
          { kind: 'l2', lambda: 0.4 },
          { kind: 'l1', lambda: 0.4 },
        ),
        fc.nat(),
        fc.nat(),
        ({ design, theta }, loss, regularization, a, b) => {
          const m = theta.length;
          const xParameter = a % m;
          const yParameter = (xParameter + 1 + (b % (m - 1))) % m;
          const spec = {
            x: { parameter: xParameter, min: -3, max: 2 },
            y: { parameter: yParameter, min: -1, max: 4 },
            size: 7,
          };
          const objective = { loss, regularization };
          const values = lossSurface(objective, design, theta, spec);
          expect(values).toHaveLength(49);
          for (let r = 0; r < 7; r++) {
            for (let c = 0; c < 7; c++) {
              const cell = Float64Array.from(theta);
              cell[xParameter] = cellCenter(spec.x, 7, c);
              cell[yParameter] = cellCenter(spec.y, 7, r);
              expectClose(
                [values[r * 7 + c]],
                [objectiveValue(objective, design, cell)],
                1e-14,
                1e-12,
              );
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stays exact along long rows, at extreme parameters and for features that are zero', () => {
    // Each row's e^{−|s|} is carried from column to column by ρ = e^{−|Δx·u|}: long rows, steep
    // slopes (ρ far below 1 or 0), flat ones (u = 0) and biases far from the sign change.
    fc.assert(
      fc.property(
        randomProblem(),
        fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }),
        fc.constantFrom<LossKind>('crossEntropy', 'squaredError'),
        fc.constantFrom(0.5, 8, 60, 900),
        fc.constantFrom(0, 35, -400),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        ({ design, theta }, zero, loss, bound, shift, size, a) => {
          const X = design.X.map((x, k) => (zero[k % 100] ? 0 : x));
          const problem = { ...design, X };
          const m = theta.length;
          const xParameter = a % m;
          const yParameter = (xParameter + 1) % m;
          const shifted = Float64Array.from(theta, (t, j) => (j === 0 ? t + shift : t));
          const spec = {
            x: { parameter: xParameter, min: -bound, max: bound / 3 },
            y: { parameter: yParameter, min: -bound / 2, max: bound },
            size,
          };
          const objective: Objective = { loss, regularization: { kind: 'none', lambda: 0 } };
          const values = lossSurface(objective, problem, shifted, spec);
          for (let r = 0; r < size; r++) {
            for (let c = 0; c < size; c++) {
              const cell = Float64Array.from(shifted);
              cell[xParameter] = cellCenter(spec.x, size, c);
              cell[yParameter] = cellCenter(spec.y, size, r);
              expectClose(
                [values[r * size + c]],
                [objectiveValue(objective, problem, cell)],
                1e-300,
                1e-12,
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stays exact over many points and at extreme parameters, where the exponentials cannot be factored', () => {
    const data = generatePreset('outliers', { n: 1500, noise: 1, seed: 2 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 2 }));
    for (const loss of ['crossEntropy', 'squaredError'] as const) {
      const objective: Objective = { loss, regularization: { kind: 'none', lambda: 0 } };
      for (const [theta, bound] of [
        [Float64Array.of(0.3, 1, -2, 0.5, 0.1, -0.4), 5],
        [Float64Array.of(400, 1, -2, 0.5, 0.1, -0.4), 5],
        [Float64Array.of(0.3, 1, -2, 0.5, 0.1, -0.4), 900],
      ] as const) {
        const spec = {
          x: { parameter: 1, min: -bound, max: bound },
          y: { parameter: 5, min: -bound, max: bound },
          size: 6,
        };
        const values = lossSurface(objective, design, theta, spec);
        for (let r = 0; r < 6; r++) {
          for (let c = 0; c < 6; c++) {
            const cell = Float64Array.from(theta);
            cell[1] = cellCenter(spec.x, 6, c);
            cell[5] = cellCenter(spec.y, 6, r);
            expectClose(
              [values[r * 6 + c]],
              [objectiveValue(objective, design, cell)],
              1e-300,
              1e-12,
            );
          }
        }
      }
    }
  });

  it('computes any band of rows exactly as the whole grid has them', () => {
    const data = generatePreset('twoBlobs', { n: 700, noise: 1, seed: 5 });
    const design = buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
    const objective: Objective = {
      loss: 'crossEntropy',
      regularization: { kind: 'l2', lambda: 0.1 },
    };
    const theta = Float64Array.of(0.2, -1, 2);
    const spec = {
      x: { parameter: 0, min: -3, max: 3 },
      y: { parameter: 2, min: -1, max: 5 },
      size: 9,
    };
    const whole = lossSurface(objective, design, theta, spec);
    const band = lossSurfaceRows(objective, design, theta, spec, 3, 7);
    expect(Array.from(band)).toEqual(Array.from(whole.subarray(3 * 9, 7 * 9)));
    expect(() => lossSurfaceRows(objective, design, theta, spec, 5, 10)).toThrow(RangeError);
  });

  it('samples cell centres, so G cells span [min, max] exactly', () => {
    const axis = { parameter: 0, min: -2, max: 2 };
    expect(cellCenter(axis, 4, 0)).toBe(-1.5);
    expect(cellCenter(axis, 4, 3)).toBe(1.5);
  });

  it('refuses a malformed grid', () => {
    const design = { X: Float64Array.of(1, 2), y: Float64Array.of(0, 1), n: 2, p: 1 };
    const objective: Objective = {
      loss: 'crossEntropy',
      regularization: { kind: 'none', lambda: 0 },
    };
    const theta = new Float64Array(2);
    const axis = (parameter: number, min = -1, max = 1) => ({ parameter, min, max });
    expect(() =>
      lossSurface(objective, design, theta, { x: axis(0), y: axis(0), size: 4 }),
    ).toThrow(RangeError);
    expect(() =>
      lossSurface(objective, design, theta, { x: axis(0), y: axis(2), size: 4 }),
    ).toThrow(RangeError);
    expect(() =>
      lossSurface(objective, design, theta, { x: axis(0, 1, 1), y: axis(1), size: 4 }),
    ).toThrow(RangeError);
    expect(() =>
      lossSurface(objective, design, theta, { x: axis(0), y: axis(1), size: 0 }),
    ).toThrow(RangeError);
  });
});
