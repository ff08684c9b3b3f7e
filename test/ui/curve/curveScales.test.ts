import { describe, expect, it } from 'vitest';
import {
  LINEAR_HEADROOM,
  LOG_HEADROOM,
  iterationAtPixel,
  iterationDomain,
  linearDomain,
  logDomain,
  nearestIndex,
} from '../../../src/ui/curve/curveScales';

describe('loss axis domains', () => {
  it('linearDomain runs from 0 to the largest loss', () => {
    expect(linearDomain([0.69, 0.5, 0.3])).toEqual({ min: 0, max: 0.69, clipped: false });
  });

  it('linearDomain of a diverged run skips non-finite losses and clamps the top', () => {
    const d = linearDomain([0.69, 2, 80, 1e200, Infinity, NaN]);
    expect(d.max).toBeCloseTo(LINEAR_HEADROOM * 0.69);
    expect(d.clipped).toBe(true);
  });

  it('linearDomain of nothing finite is still a usable axis', () => {
    expect(linearDomain([NaN, Infinity])).toEqual({ min: 0, max: 1, clipped: false });
    expect(linearDomain([0, 0])).toEqual({ min: 0, max: 1, clipped: false });
  });

  it('logDomain spans the positive finite values, never reaching 0', () => {
    const d = logDomain([0.69, 0.1, 0, 1e-3]);
    expect(d).toEqual({ min: 1e-3, max: 0.69, clipped: false });
  });

  it('logDomain clamps a blow-up to LOG_HEADROOM × the first value', () => {
    const d = logDomain([1, 10, 1e300]);
    expect(d.max).toBe(LOG_HEADROOM);
    expect(d.clipped).toBe(true);
  });

  it('logDomain of a constant series is a range around it', () => {
    const d = logDomain([0.5, 0.5]);
    expect(d.min).toBeLessThan(0.5);
    expect(d.max).toBeGreaterThan(0.5);
  });
});

describe('iterations', () => {
  it('iterationDomain spans the recorded iterations, at least one wide', () => {
    expect(iterationDomain([0, 1, 2, 10])).toEqual([0, 10]);
    expect(iterationDomain([0])).toEqual([0, 1]);
    expect(iterationDomain([])).toEqual([0, 1]);
  });

  it('nearestIndex finds the recorded iteration nearest a target', () => {
    const iterations = [0, 2, 4, 8, 16];
    expect(nearestIndex(iterations, -3)).toBe(0);
    expect(nearestIndex(iterations, 5)).toBe(2);
    expect(nearestIndex(iterations, 7)).toBe(3);
    expect(nearestIndex(iterations, 100)).toBe(4);
  });

  it('iterationAtPixel maps the pointer to the iteration under it', () => {
    const iterations = Float64Array.from({ length: 101 }, (_, k) => k);
    expect(iterationAtPixel(0, 500, 0, 100, iterations)).toBe(0);
    expect(iterationAtPixel(250, 500, 0, 100, iterations)).toBe(50);
    expect(iterationAtPixel(499, 500, 0, 100, iterations)).toBe(100);
    // Beyond the plot: clamped to its ends.
    expect(iterationAtPixel(-20, 500, 0, 100, iterations)).toBe(0);
    expect(iterationAtPixel(900, 500, 0, 100, iterations)).toBe(100);
  });

  it('iterationAtPixel snaps to a recorded iteration of a thinned history', () => {
    const iterations = [0, 100, 200, 300, 301, 302];
    expect(iterationAtPixel(140, 302, 0, 302, iterations)).toBe(100);
    expect(iterationAtPixel(160, 302, 0, 302, iterations)).toBe(200);
  });

  it('iterationAtPixel is null with no history', () => {
    expect(iterationAtPixel(10, 100, 0, 1, [])).toBeNull();
  });
});
