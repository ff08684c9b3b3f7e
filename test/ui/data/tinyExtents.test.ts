import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { paddedDomain } from '../../../src/ui/data/domain';
import { linearTicks } from '../../../src/ui/plot/ticks';
import { safeTicks, usableDomain } from '../../../src/ui/plot/safeScale';
import { prepareRun, RefusedError } from '../../../src/worker/run';
import { DEFAULT_CONFIG } from '../../../src/state/config';

/**
 * Issue 17, item 3: points near 1e-320 made the data panel fail with "Invalid array length"
 * (d3's ticks on a domain it cannot divide), and Try again failed again.
 */

const EXTENTS: [number, number][] = [
  [1e-320, 4e-320],
  [0, 5e-324],
  [-5e-324, 5e-324],
  [1, 1 + 2 ** -52],
  [1e300, 1e300],
  [-1e308, 1e308],
  [-Infinity, Infinity],
  [7, 7],
];

describe('figures on degenerate and tiny extents', () => {
  it.each(EXTENTS)('[%s, %s]: a domain with at least two distinct finite ticks', (lo, hi) => {
    const domain = paddedDomain([lo, hi]);
    expect(domain.every(Number.isFinite)).toBe(true);
    expect(domain[1]).toBeGreaterThan(domain[0]);
    const scale = scaleLinear().domain(domain).range([0, 400]);
    const ticks = linearTicks(scale, 6);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) {
      expect(Number.isFinite(tick.position)).toBe(true);
      expect(tick.label).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(new Set(ticks.map((t) => t.value)).size).toBe(ticks.length);
  });

  it('usableDomain keeps ordinary extents as they are', () => {
    expect(usableDomain(-2, 3)).toEqual([-2, 3]);
    expect(usableDomain(1e-200, 3e-200)).toEqual([1e-200, 3e-200]);
  });

  it('safeTicks gives no ticks rather than an exception', () => {
    expect(safeTicks(scaleLinear().domain([1e-320, 4e-320]), 6)).toEqual(expect.any(Array));
    expect(
      safeTicks(
        {
          ticks: () => {
            throw new RangeError('Invalid array length');
          },
        },
        6,
      ),
    ).toEqual([]);
  });

  it('standardizing a spread of 1e-320 is refused with a reason, not shown as overflow', () => {
    const config = {
      ...DEFAULT_CONFIG,
      data: {
        kind: 'points' as const,
        name: 'tiny',
        featureNames: ['a', 'b'],
        features: [1e-320, 2e-320, 3e-320, 1e-320, 2e-320, 3e-320, 4e-320, 2.5e-320],
        labels: [0, 1, 0, 1],
      },
    };
    expect(() => prepareRun(config)).toThrow(RefusedError);
    expect(() => prepareRun(config)).toThrow(/differ by too little to standardize/);
    // Unstandardized, the run's parameters are its raw coefficients: plain numbers.
    const raw = prepareRun({ ...config, features: { standardize: false, degree: 1 } });
    expect(Array.from(raw.map.scale)).toEqual([1, 1]);
  });
});
