import { describe, expect, it } from 'vitest';
import { columnExtent, paddedDomain } from '../../../src/ui/data/domain';
import { MIN_WIDTH, plotLayout } from '../../../src/ui/data/layout';

describe('columnExtent', () => {
  it('columnExtent(values, n, d, j) reads column j of a row-major n×d array', () => {
    const values = Float64Array.from([1, -5, 3, 7, -2, 0]);
    expect(columnExtent(values, 3, 2, 0)).toEqual([-2, 3]);
    expect(columnExtent(values, 3, 2, 1)).toEqual([-5, 7]);
  });
});

describe('paddedDomain', () => {
  it('paddedDomain([min, max]) pads by 8% of the range on each side, then rounds outwards', () => {
    // [−3.2, 3.1] padded is [−3.704, 3.604]; nice() rounds to whole numbers.
    expect(paddedDomain([-3.2, 3.1])).toEqual([-4, 4]);
    const [lo, hi] = paddedDomain([0.13, 0.92]);
    expect(lo).toBeLessThanOrEqual(0.13 - 0.08 * 0.79);
    expect(hi).toBeGreaterThanOrEqual(0.92 + 0.08 * 0.79);
  });

  it('paddedDomain always leaves room beyond the data, even when the data end on round numbers', () => {
    const [lo, hi] = paddedDomain([-2, 2]);
    expect(lo).toBeLessThan(-2);
    expect(hi).toBeGreaterThan(2);
  });

  it('paddedDomain shows a single value with ±1 around it, and falls back to [−1, 1]', () => {
    expect(paddedDomain([5, 5])).toEqual([4, 6]);
    expect(paddedDomain([Infinity, -Infinity])).toEqual([-1, 1]);
    expect(paddedDomain([Number.NaN, 1])).toEqual([-1, 1]);
  });
});

describe('plotLayout', () => {
  it('plotLayout(width) keeps the margins and makes the plotting area a little flatter than square', () => {
    const layout = plotLayout(420);
    expect(layout.width).toBe(420);
    expect(layout.plotWidth).toBe(420 - layout.margin.left - layout.margin.right);
    expect(layout.plotHeight).toBeLessThan(layout.plotWidth);
    expect(layout.plotHeight).toBeGreaterThan(0.8 * layout.plotWidth);
    expect(layout.height).toBe(layout.plotHeight + layout.margin.top + layout.margin.bottom);
  });

  it('plotLayout(width) is square on a narrow screen and never narrower than MIN_WIDTH', () => {
    const phone = plotLayout(324);
    expect(phone.plotHeight).toBe(phone.plotWidth);
    expect(plotLayout(50).width).toBe(MIN_WIDTH);
    expect(plotLayout(333.7).width).toBe(333);
  });
});
