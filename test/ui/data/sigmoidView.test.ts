import { describe, expect, it } from 'vitest';
import { jitter, linspace, zeroCrossings } from '../../../src/ui/data/sigmoidView';

describe('jitter', () => {
  it('jitter(i) lies in [−1, 1], is the same on every call, and differs between points', () => {
    const values = Array.from({ length: 1000 }, (_, i) => jitter(i));
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(-1);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(jitter(17)).toBe(values[17]);
    expect(new Set(values).size).toBe(1000);
    // Spread over the whole range, not bunched at one end.
    expect(Math.min(...values)).toBeLessThan(-0.9);
    expect(Math.max(...values)).toBeGreaterThan(0.9);
  });
});

describe('linspace', () => {
  it('linspace(lo, hi, n) includes both ends', () => {
    expect(Array.from(linspace(-1, 1, 5))).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});

describe('zeroCrossings', () => {
  it('zeroCrossings(xs, z) is exact for z linear in x: the boundary x = −b/w', () => {
    const xs = linspace(-4, 4, 241);
    const z = xs.map((x) => 0.7 + 1.3 * x);
    const crossings = zeroCrossings(xs, z);
    expect(crossings).toHaveLength(1);
    expect(crossings[0]).toBeCloseTo(-0.7 / 1.3, 12);
  });

  it('zeroCrossings finds each crossing of a polynomial z', () => {
    const xs = linspace(-3, 3, 241);
    const crossings = zeroCrossings(
      xs,
      xs.map((x) => x * x - 1),
    );
    expect(crossings).toHaveLength(2);
    expect(crossings[0]).toBeCloseTo(-1, 2);
    expect(crossings[1]).toBeCloseTo(1, 2);
  });

  it('zeroCrossings counts a zero on a sample once, and z ≡ 0 (θ = 0) has none', () => {
    const xs = Float64Array.from([0, 1, 2]);
    expect(zeroCrossings(xs, Float64Array.from([-1, 0, 1]))).toEqual([1]);
    expect(zeroCrossings(xs, Float64Array.from([-2, -1, 0]))).toEqual([2]);
    expect(zeroCrossings(xs, new Float64Array(3))).toEqual([]);
  });
});
