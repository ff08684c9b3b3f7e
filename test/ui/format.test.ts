import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SIGNIFICANT_DIGITS,
  formatCount,
  formatNumber,
  formatInput,
  formatSetting,
} from '../../src/ui/text/format';
import { parseFormatted } from '../support/parseFormatted';

const MINUS = '\u2212';

describe('formatNumber', () => {
  it('formatNumber(x) shows moderate magnitudes as plain decimals with 6 significant digits', () => {
    expect(formatNumber(Math.LN2)).toBe('0.693147');
    expect(formatNumber(1)).toBe('1.00000');
    expect(formatNumber(123456.4)).toBe('123456');
    expect(formatNumber(0.00123456789)).toBe('0.00123457');
    expect(formatNumber(1.9421298012119461)).toBe('1.94213');
  });

  it('formatNumber(x) writes a negative number with the minus sign U+2212', () => {
    expect(formatNumber(-0.35368815747308213)).toBe(`${MINUS}0.353688`);
    expect(formatNumber(-2.5e-9)).toBe(`${MINUS}2.50000 × 10⁻⁹`);
  });

  it('formatNumber(x) uses "m × 10ᵉ" below 10⁻³ and from 10⁶ on', () => {
    expect(formatNumber(1.23456789e-8)).toBe('1.23457 × 10⁻⁸');
    expect(formatNumber(0.000999)).toBe('9.99000 × 10⁻⁴');
    expect(formatNumber(1234567)).toBe('1.23457 × 10⁶');
    expect(formatNumber(6.02214076e23)).toBe('6.02214 × 10²³');
    expect(formatNumber(Number.MIN_VALUE)).toBe('4.94066 × 10⁻³²⁴');
    expect(formatNumber(Number.MAX_VALUE)).toBe('1.79769 × 10³⁰⁸');
  });

  it('formatNumber(x) picks the notation after rounding, so the digits stay 6', () => {
    expect(formatNumber(999999.7)).toBe('1.00000 × 10⁶');
    expect(formatNumber(0.00099999999)).toBe('0.00100000');
  });

  it('formatNumber(0) and formatNumber(-0) are "0"', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });

  it('formatNumber(x) turns non-finite numbers into words', () => {
    expect(formatNumber(NaN)).toBe('not a number');
    expect(formatNumber(Infinity)).toBe('overflow');
    expect(formatNumber(-Infinity)).toBe('negative overflow');
  });

  it('formatNumber(x, digits) honours another number of digits', () => {
    expect(formatNumber(Math.PI, 3)).toBe('3.14');
    expect(formatNumber(Math.PI * 1e-7, 3)).toBe('3.14 × 10⁻⁷');
  });

  it('formatNumber(x) never prints "NaN", "Infinity", "e" notation or a hyphen, for any double', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const text = formatNumber(x);
        expect(text).not.toMatch(/NaN|Infinity|\de[+-]?\d|-/);
      }),
    );
  });

  it('formatNumber(x) keeps 6 significant digits and reads back to within rounding', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        fc.pre(x !== 0);
        const text = formatNumber(x);
        const parsed = parseFormatted(text);
        const mantissa = text
          .replace(/ × 10.*$/, '')
          .replace(/[^0-9]/g, '')
          .replace(/^0+/, '');
        expect(mantissa.length).toBe(SIGNIFICANT_DIGITS);
        expect(Math.abs(parsed - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-6);
      }),
    );
  });
});

describe('formatCount', () => {
  it('formatCount(n) is the whole number in plain digits', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(412)).toBe('412');
    expect(formatCount(1234567)).toBe('1234567');
    expect(formatCount(-3)).toBe(`${MINUS}3`);
  });

  it('formatCount(n) turns non-finite numbers into words', () => {
    expect(formatCount(NaN)).toBe('not a number');
    expect(formatCount(Infinity)).toBe('overflow');
  });
});

describe('formatSetting', () => {
  it('formatSetting(x) is the shortest exact text, as a field shows what was typed', () => {
    expect(formatSetting(0.5)).toBe('0.5');
    expect(formatSetting(1000)).toBe('1000');
    expect(formatSetting(NaN)).toBe('not a number');
  });

  it('formatSetting(x) keeps at most 6 significant digits and never writes "e-7"', () => {
    expect(formatSetting(7.13772538415269)).toBe('7.13773');
    expect(formatSetting(-0.000123456789)).toBe('−0.000123457');
    expect(formatSetting(0.0000123456789)).toBe('1.23457 × 10⁻⁵');
    expect(formatSetting(1e-7)).toBe('1 × 10⁻⁷');
    expect(formatSetting(2.5e8)).toBe('2.5 × 10⁸');
    expect(formatSetting(0.001)).toBe('0.001');
    expect(formatSetting(999999.7)).toBe('1 × 10⁶');
  });

  it('formatInput(x) is what a field shows: short, and read back by Number()', () => {
    expect(formatInput(7.13772538415269)).toBe('7.13773');
    expect(formatInput(1e-7)).toBe('1e-7');
    expect(formatInput(0.5)).toBe('0.5');
    expect(Number(formatInput(123.456789))).toBe(123.457);
  });
});
