import { describe, expect, it } from 'vitest';
import { haloRadius, markSizes, summarize, verdict } from '../../../src/ui/data/pull';

describe('haloRadius', () => {
  it('haloRadius(0) is the point’s own radius: no pull, no halo', () => {
    expect(haloRadius(0, 4.5, 14)).toBe(4.5);
  });

  it('haloRadius(±1) is the largest halo, and larger weights do not grow it further', () => {
    expect(haloRadius(1, 4.5, 14)).toBe(14);
    expect(haloRadius(-1, 4.5, 14)).toBe(14);
    expect(haloRadius(3, 4.5, 14)).toBe(14);
  });

  it('haloRadius grows with √|weight|, so squared error’s largest pull (4/27) still shows', () => {
    expect(haloRadius(0.25, 4, 14)).toBeCloseTo(4 + 10 * 0.5, 12);
    expect(haloRadius(4 / 27, 4.5, 14)).toBeGreaterThan(4.5 + 3);
  });

  it('haloRadius of a non-finite weight is 0 (nothing drawn)', () => {
    expect(haloRadius(Number.NaN, 4.5, 14)).toBe(0);
    expect(haloRadius(Infinity, 4.5, 14)).toBe(0);
  });
});

describe('markSizes', () => {
  it('markSizes(n) shrinks the marks as the points get denser, the halo always the larger', () => {
    const sizes = [20, 100, 500, 1000, 10000].map(markSizes);
    expect(sizes[1].haloMaxRadius).toBe(14);
    for (let k = 1; k < sizes.length; k++) {
      expect(sizes[k].pointRadius).toBeLessThanOrEqual(sizes[k - 1].pointRadius);
    }
    for (const s of sizes) expect(s.haloMaxRadius).toBeGreaterThan(s.pointRadius);
  });
});

describe('verdict and summarize', () => {
  it('verdict(z, y) is right when z > 0 says y = 1 or z < 0 says y = 0', () => {
    expect(verdict(2, 1)).toBe('right');
    expect(verdict(-2, 0)).toBe('right');
    expect(verdict(-0.1, 1)).toBe('wrong');
    expect(verdict(0.1, 0)).toBe('wrong');
  });

  it('verdict(0, y) is undecided: at θ = 0 the model has not chosen', () => {
    expect(verdict(0, 0)).toBe('undecided');
    expect(verdict(0, 1)).toBe('undecided');
    expect(verdict(Number.NaN, 1)).toBe('undecided');
  });

  it('summarize counts the misclassified and the undecided points', () => {
    const z = Float64Array.from([1, -1, 0.5, -0.5, 0]);
    const y = Float64Array.from([1, 0, 0, 1, 1]);
    expect(summarize(z, y)).toEqual({ n: 5, wrong: 2, undecided: 1 });
  });
});
