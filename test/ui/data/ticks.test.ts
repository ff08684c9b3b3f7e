import { describe, expect, it } from 'vitest';
import { formatTick, truncateLabel } from '../../../src/ui/data/ticks';

const MINUS = '\u2212';

describe('formatTick', () => {
  it('formatTick(v) drops the trailing zeros formatNumber keeps', () => {
    expect(formatTick(1)).toBe('1');
    expect(formatTick(0.5)).toBe('0.5');
    expect(formatTick(-2.5)).toBe(`${MINUS}2.5`);
    expect(formatTick(0)).toBe('0');
    expect(formatTick(10)).toBe('10');
    expect(formatTick(120000)).toBe('120000');
  });

  it('formatTick(v) hides floating-point noise in tick values', () => {
    expect(formatTick(0.1 + 0.2)).toBe('0.3');
    expect(formatTick(-0.30000000000000004)).toBe(`${MINUS}0.3`);
  });

  it('formatTick(v) keeps the page’s notation for very large and small values', () => {
    expect(formatTick(2e6)).toBe('2 × 10⁶');
    expect(formatTick(2.5e-7)).toBe('2.5 × 10⁻⁷');
  });

  it('formatTick(v, digits) rounds to that many significant digits', () => {
    expect(formatTick(-0.11371, 3)).toBe(`${MINUS}0.114`);
    expect(formatTick(1.5, 3)).toBe('1.5');
  });

  it('formatTick never shows NaN', () => {
    expect(formatTick(Number.NaN)).toBe('not a number');
  });
});

describe('truncateLabel', () => {
  it('truncateLabel(text, n) keeps short text and cuts long text to n characters with …', () => {
    expect(truncateLabel('x1', 10)).toBe('x1');
    expect(truncateLabel('temperature at launch', 10)).toBe('temperatu…');
    expect(truncateLabel('temperature at launch', 10)).toHaveLength(10);
  });

  it('truncateLabel counts characters, not UTF-16 units', () => {
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
