import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  formatPowerOfTen,
  formatTick,
  isPowerOfTen,
  linearTicks,
  logTicks,
} from '../../../src/ui/plot/ticks';

const MINUS = '\u2212';

describe('formatTick', () => {
  it('formatTick(x, step) shows the digits the step needs, with a real minus sign', () => {
    expect(formatTick(0.5, 0.5)).toBe('0.5');
    expect(formatTick(2, 0.5)).toBe('2.0');
    expect(formatTick(-1.5, 0.5)).toBe(`${MINUS}1.5`);
    expect(formatTick(1500, 500)).toBe('1500');
    expect(formatTick(0.25, 0.05)).toBe('0.25');
  });

  it('formatTick writes 0 for a tick that misses zero by a rounding error', () => {
    expect(formatTick(5.551115123125783e-17, 0.1)).toBe('0');
  });

  it('formatTick uses powers of ten for tiny and huge ticks', () => {
    expect(formatTick(2e-4, 1e-4)).toBe('2 × 10⁻⁴');
    expect(formatTick(3e7, 1e7)).toBe('3 × 10⁷');
  });

  it('formatTick never shows NaN', () => {
    expect(formatTick(NaN, 1)).toBe('not a number');
  });
});

describe('formatPowerOfTen', () => {
  it('formatPowerOfTen writes moderate powers in digits, others as 10ⁿ', () => {
    expect(formatPowerOfTen(0.01)).toBe('0.01');
    expect(formatPowerOfTen(1)).toBe('1');
    expect(formatPowerOfTen(1000)).toBe('1000');
    expect(formatPowerOfTen(1e-6)).toBe('10⁻⁶');
    expect(formatPowerOfTen(1e12)).toBe('10¹²');
    expect(isPowerOfTen(1e-6)).toBe(true);
    expect(isPowerOfTen(2e-6)).toBe(false);
  });
});

describe('axis ticks', () => {
  it('linearTicks places round ticks along the scale', () => {
    const ticks = linearTicks(scaleLinear().domain([-1, 3]).range([0, 400]), 5);
    expect(ticks.map((t) => t.label)).toEqual([`${MINUS}1`, '0', '1', '2', '3']);
    expect(ticks[1].position).toBe(100);
  });

  it('logTicks takes every k-th decade over a wide domain', () => {
    const ticks = logTicks(scaleLog().domain([1e-9, 1]).range([200, 0]), 4);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(ticks.every((t) => isPowerOfTen(t.value))).toBe(true);
  });

  it('logTicks falls back to 1-2-5 ticks within a decade', () => {
    const ticks = logTicks(scaleLog().domain([0.2, 0.7]).range([200, 0]), 4);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((t) => t.value >= 0.2 && t.value <= 0.7)).toBe(true);
  });
});
