import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LINEAR_HEADROOM,
  LOG_HEADROOM,
  iterationAtPixel,
  iterationDomain,
  linearDomain,
  logDomain,
  nearestIndex,
  niceSpan,
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
  it('iterationDomain spans the recorded iterations in a round span, at least one wide', () => {
    expect(iterationDomain([0, 1, 2, 10])).toEqual([0, 10]);
    expect(iterationDomain([0, 1, 2, 11])).toEqual([0, 12]);
    expect(iterationDomain([0, 40])).toEqual([0, 40]);
    expect(iterationDomain([0, 41])).toEqual([0, 50]);
    expect(iterationDomain([0, 301])).toEqual([0, 400]);
    expect(iterationDomain([100, 130])).toEqual([100, 130]);
    expect(iterationDomain([100, 131])).toEqual([100, 140]);
    expect(iterationDomain([0])).toEqual([0, 1]);
    expect(iterationDomain([])).toEqual([0, 1]);
  });

  it('the iteration axis holds the run, fills three quarters of it, and grows in a few steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 1, max: 1e9 }),
        (first, span) => {
          const [x0, x1] = iterationDomain([first, first + span]);
          expect(x0).toBe(first);
          expect(x1).toBeGreaterThanOrEqual(first + span);
          expect(span).toBeGreaterThanOrEqual(0.75 * (x1 - x0));
        },
      ),
    );
    // Playing from 0 to 100,000: the axis changes a few times per tenfold growth, not per step.
    const ends = new Set<number>();
    let previous = 0;
    for (let last = 1; last <= 100_000; last++) {
      const end = iterationDomain([0, last])[1];
      expect(end).toBeGreaterThanOrEqual(previous);
      previous = end;
      ends.add(end);
    }
    expect(ends.size).toBeLessThanOrEqual(5 * 11);
  });

  it('niceSpan rounds up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten', () => {
    expect([1, 3, 7, 9, 13, 29, 31, 3000, 3001].map(niceSpan)).toEqual([
      1, 3, 8, 10, 15, 30, 40, 3000, 4000,
    ]);
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
