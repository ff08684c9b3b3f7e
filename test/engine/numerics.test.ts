import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cholesky,
  choleskySolve,
  createRng,
  largestEigenvalue,
  mixSeed,
  norm2,
  seededPermutation,
  sigmoid,
  softplus,
  symmetricEigenvalues,
} from '../../src/engine';
import { expectClose } from './arbitraries';

describe('sigmoid and softplus', () => {
  it('never overflow and keep their tails', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-40)).toBeCloseTo(Math.exp(-40) / (1 + Math.exp(-40)), 30);
    expect(sigmoid(-40) / Math.exp(-40)).toBeCloseTo(1, 14);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(-50) / Math.exp(-50)).toBeCloseTo(1, 14);
  });

  it('satisfy σ(z) + σ(−z) = 1, softplus(z) − softplus(−z) = z and σ′ = σ(1 − σ)', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        expect(sigmoid(z) + sigmoid(-z)).toBeCloseTo(1, 15);
        expect(softplus(z) - softplus(-z)).toBeCloseTo(z, 12);
        const h = 1e-5;
        const derivative = (sigmoid(z + h) - sigmoid(z - h)) / (2 * h);
        expect(derivative).toBeCloseTo(sigmoid(z) * (1 - sigmoid(z)), 9);
      }),
    );
  });
});

describe('linear algebra', () => {
  const randomSpd = fc.integer({ min: 1, max: 6 }).chain((m) =>
    fc
      .array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: m * m, maxLength: m * m })
      .map((a) => {
        // AᵀA + I is symmetric positive definite.
        const s = new Float64Array(m * m);
        for (let i = 0; i < m; i++)
          for (let j = 0; j < m; j++) {
            let v = i === j ? 1 : 0;
            for (let k = 0; k < m; k++) v += a[k * m + i] * a[k * m + j];
            s[i * m + j] = v;
          }
        return { m, s };
      }),
  );

  it('Cholesky solves symmetric positive definite systems', () => {
    fc.assert(
      fc.property(randomSpd, ({ m, s }) => {
        const b = Float64Array.from({ length: m }, (_, i) => i - 1.5);
        const l = cholesky(s, m);
        expect(l).not.toBeNull();
        const x = choleskySolve(l!, m, b);
        const back = Float64Array.from({ length: m }, (_, i) => {
          let v = 0;
          for (let j = 0; j < m; j++) v += s[i * m + j] * x[j];
          return v;
        });
        expectClose(back, b, 1e-10, 1e-10);
      }),
    );
  });

  it('Cholesky reports a singular matrix', () => {
    expect(cholesky(Float64Array.of(1, 1, 1, 1), 2)).toBeNull();
    expect(cholesky(Float64Array.of(-1, 0, 0, 1), 2)).toBeNull();
  });

  it('Jacobi finds the eigenvalues: their sum is the trace and each makes A − λI singular', () => {
    fc.assert(
      fc.property(randomSpd, ({ m, s }) => {
        const values = symmetricEigenvalues(s, m);
        let trace = 0;
        for (let i = 0; i < m; i++) trace += s[i * m + i];
        expect(values.reduce((a, b) => a + b)).toBeCloseTo(trace, 9);
        for (const lambda of values) {
          // Just below λ_min, A − (λ_min − δ)I is positive definite; just above, it is not.
          expect(lambda).toBeGreaterThanOrEqual(1 - 1e-9);
        }
        const top = values[m - 1];
        const shifted = Float64Array.from(s);
        for (let i = 0; i < m; i++) shifted[i * m + i] = top * (1 + 1e-9) - s[i * m + i];
        for (let i = 0; i < m; i++)
          for (let j = 0; j < m; j++) if (i !== j) shifted[i * m + j] = -s[i * m + j];
        expect(cholesky(shifted, m)).not.toBeNull();
      }),
    );
    expect(largestEigenvalue(Float64Array.of(2, 1, 1, 2), 2)).toBeCloseTo(3, 15);
  });

  it('norm2 neither overflows nor underflows', () => {
    expect(norm2(Float64Array.of(3e200, 4e200)) / 5e200).toBeCloseTo(1, 14);
    expect(norm2(Float64Array.of(3e-200, 4e-200)) / 5e-200).toBeCloseTo(1, 14);
  });
});

describe('seeded randomness', () => {
  it('the same seed gives the same stream; different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 8 }, () => a.nextUint32());
    expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(sa);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });

  it('seededPermutation is a permutation, reproducible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.nat(), (n, seed) => {
        const order = seededPermutation(n, seed);
        expect(Array.from(order).sort((x, y) => x - y)).toEqual(
          Array.from({ length: n }, (_, i) => i),
        );
        expect(Array.from(seededPermutation(n, seed))).toEqual(Array.from(order));
      }),
    );
  });

  it('nextFloat is uniform and nextNormal standard, roughly', () => {
    const rng = createRng(7);
    const count = 20000;
    let sum = 0;
    let normalSum = 0;
    let normalSquares = 0;
    for (let i = 0; i < count; i++) {
      sum += rng.nextFloat();
      const z = rng.nextNormal();
      normalSum += z;
      normalSquares += z * z;
    }
    // Five standard errors: fails by chance with probability below 1e-6.
    expect(Math.abs(sum / count - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / count));
    expect(Math.abs(normalSum / count)).toBeLessThan(5 / Math.sqrt(count));
    expect(Math.abs(normalSquares / count - 1)).toBeLessThan(5 * Math.sqrt(2 / count));
  });
});
