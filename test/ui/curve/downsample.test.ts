import { describe, expect, it } from 'vitest';
import { downsampleColumns, reduceSeries } from '../../../src/ui/curve/downsample';

const range = (n: number) => Float64Array.from({ length: n }, (_, k) => k);

describe('downsampleColumns', () => {
  it('keeps every point when there are fewer than the columns', () => {
    const x = range(5);
    const y = Float64Array.from([5, 4, 3, 2, 1]);
    expect(downsampleColumns(x, y, 0, 4, 100)).toEqual([
      { xs: [0, 1, 2, 3, 4], ys: [5, 4, 3, 2, 1] },
    ]);
  });

  it('reduces 150,000 iterations to at most 4 points per column, keeping each column’s extremes', () => {
    const n = 150_000;
    const x = range(n);
    // A decaying loss with noise: the min and max of every column must survive.
    const y = Float64Array.from(x, (k) => Math.exp(-k / 20_000) + 0.01 * Math.sin(k * 1.7));
    const columns = 500;
    const [line] = downsampleColumns(x, y, 0, n - 1, columns);
    expect(line.xs.length).toBeLessThanOrEqual(4 * columns);
    // Every column's lowest and highest value is among the points kept.
    const kept = new Set(line.ys);
    const perColumn = columns / (n - 1);
    const lows = new Map<number, number>();
    const highs = new Map<number, number>();
    y.forEach((v, k) => {
      const c = Math.min(columns - 1, Math.floor(k * perColumn));
      lows.set(c, Math.min(lows.get(c) ?? Infinity, v));
      highs.set(c, Math.max(highs.get(c) ?? -Infinity, v));
    });
    for (const v of [...lows.values(), ...highs.values()]) expect(kept.has(v)).toBe(true);
    // In time order, starting and ending where the series does.
    for (let k = 1; k < line.xs.length; k++) expect(line.xs[k]).toBeGreaterThan(line.xs[k - 1]);
    expect(line.xs[0]).toBe(0);
    expect(line.xs[line.xs.length - 1]).toBe(n - 1);
  });

  it('breaks the line at non-finite values (a diverged run) instead of drawing them', () => {
    const x = range(6);
    const y = Float64Array.from([1, 2, NaN, 3, Infinity, 4]);
    expect(downsampleColumns(x, y, 0, 5, 100)).toEqual([
      { xs: [0, 1], ys: [1, 2] },
      { xs: [3], ys: [3] },
      { xs: [5], ys: [4] },
    ]);
  });

  it('skips what `accept` refuses: zeros on a log axis', () => {
    const x = range(4);
    const y = Float64Array.from([1, 0, 0.5, 0.25]);
    const lines = downsampleColumns(x, y, 0, 3, 10, 'positive');
    expect(lines).toEqual([
      { xs: [0], ys: [1] },
      { xs: [2, 3], ys: [0.5, 0.25] },
    ]);
  });

  it('returns no lines for an empty history', () => {
    expect(downsampleColumns([], [], 0, 1, 100)).toEqual([]);
  });

  it('reduceSeries sums up what the axis needs in the same pass', () => {
    const x = range(5);
    const y = Float64Array.from([0.5, 2, Infinity, 0.25, 1]);
    expect(reduceSeries(x, y, 0, 4, 100)).toMatchObject({
      first: 0.5,
      min: 0.25,
      max: 2,
      nonFinite: true,
    });
    expect(reduceSeries(x, Float64Array.from([NaN, NaN, NaN, NaN, NaN]), 0, 4, 100)).toMatchObject({
      lines: [],
      nonFinite: true,
    });
  });
});
