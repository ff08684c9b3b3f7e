/** fast-check generators of random problems for the engine's property tests. */
import fc from 'fast-check';
import type { Design } from '../../src/engine';

const coordinate = (bound: number) =>
  fc.double({ min: -bound, max: bound, noNaN: true, noDefaultInfinity: true });

export interface RandomProblem {
  readonly design: Design;
  readonly theta: Float64Array;
}

/** A design of 2–25 points with 1–4 features in [−3, 3], random labels, and θ in [−2, 2]. */
export const randomProblem = (
  options: { maxFeatures?: number } = {},
): fc.Arbitrary<RandomProblem> =>
  fc
    .record({
      n: fc.integer({ min: 2, max: 25 }),
      p: fc.integer({ min: 1, max: options.maxFeatures ?? 4 }),
    })
    .chain(({ n, p }) =>
      fc
        .record({
          X: fc.array(coordinate(3), { minLength: n * p, maxLength: n * p }),
          y: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
          theta: fc.array(coordinate(2), { minLength: p + 1, maxLength: p + 1 }),
        })
        .map(({ X, y, theta }) => ({
          design: { X: Float64Array.from(X), y: Float64Array.from(y), n, p },
          theta: Float64Array.from(theta),
        })),
    );

/** Central finite differences of a scalar function of θ: (f(θ + h e_j) − f(θ − h e_j)) / 2h. */
export function finiteDifferenceGradient(
  f: (theta: Float64Array) => number,
  theta: Float64Array,
  h = 1e-6,
): Float64Array {
  const out = new Float64Array(theta.length);
  for (let j = 0; j < theta.length; j++) {
    const plus = Float64Array.from(theta);
    const minus = Float64Array.from(theta);
    plus[j] += h;
    minus[j] -= h;
    out[j] = (f(plus) - f(minus)) / (2 * h);
  }
  return out;
}

/** Asserts |a − b| ≤ abs + rel·max(|a|, |b|) entry by entry, naming the first entry that differs. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  abs: number,
  rel = 0,
): void {
  if (actual.length !== expected.length)
    throw new Error(`length ${actual.length} ≠ ${expected.length}`);
  for (let j = 0; j < actual.length; j++) {
    const a = actual[j];
    const b = expected[j];
    const tolerance = abs + rel * Math.max(Math.abs(a), Math.abs(b));
    if (!(Math.abs(a - b) <= tolerance)) {
      throw new Error(`entry ${j}: ${a} differs from ${b} by ${Math.abs(a - b)} (> ${tolerance})`);
    }
  }
}
