/**
 * Tick labels for the figures' axes: as short as the tick spacing allows ("0.5", "−2", "1500"),
 * with the real minus sign, and powers of ten on log axes ("0.01", "10⁻⁶"). Built on formatNumber,
 * so non-finite values read as words and never as "NaN".
 *
 * Shared by the parameter-space and loss-curve figures.
 */
import { precisionFixed } from 'd3-format';
import { formatNumber } from '../text/format';
import { safeTicks } from './safeScale';

const MINUS = '\u2212';

/** Decimal exponents written out in plain digits on a linear axis (as formatNumber does). */
const PLAIN_MIN_EXPONENT = -3;
const PLAIN_MAX_EXPONENT = 5;

/** Powers of ten written out in plain digits on a log axis: 0.01 to 1000. */
const PLAIN_POWER_MIN = -2;
const PLAIN_POWER_MAX = 3;

/** A tick label on a linear axis whose ticks are `step` apart: just the digits the step needs. */
export function formatTick(value: number, step: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  // Ticks computed by repeated addition can miss zero by a rounding error.
  if (value === 0 || (Number.isFinite(step) && Math.abs(value) < Math.abs(step) * 1e-9)) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const safeStep = Number.isFinite(step) && step > 0 ? step : Math.abs(value);
  if (exponent < PLAIN_MIN_EXPONENT || exponent > PLAIN_MAX_EXPONENT) {
    // "2.5 × 10⁻⁴": as many significant digits as the step resolves.
    const digits = Math.max(1, exponent - Math.floor(Math.log10(safeStep)) + 1);
    return formatNumber(value, Math.min(digits, 6));
  }
  const text = value.toFixed(Math.min(precisionFixed(safeStep), 20));
  return text.replace(/^-/, MINUS);
}

/** A label for a power of ten on a log axis: "0.01", "1", "1000", "10⁻⁶", "10¹²". */
export function formatPowerOfTen(value: number): string {
  if (!(value > 0) || !Number.isFinite(value)) return formatNumber(value);
  const exponent = Math.round(Math.log10(value));
  if (exponent >= PLAIN_POWER_MIN && exponent <= PLAIN_POWER_MAX) {
    return exponent >= 0 ? String(10 ** exponent) : (10 ** exponent).toFixed(-exponent);
  }
  // formatNumber(10ⁿ, 1) reads "1 × 10ⁿ"; the mantissa says nothing on a log axis.
  return formatNumber(10 ** exponent, 1).replace(/^1 × /, '');
}

/** Whether a tick of a log scale is a power of ten (within rounding). */
export function isPowerOfTen(value: number): boolean {
  if (!(value > 0)) return false;
  const exponent = Math.log10(value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/** A tick of an axis: its value, where it sits (pixels along the axis) and its label. */
export interface Tick {
  readonly value: number;
  readonly position: number;
  readonly label: string;
}

/** The part of a d3 continuous scale the ticks need (linear or log). */
export interface TickScale {
  (value: number): number;
  domain(): number[];
  ticks(count?: number): number[];
}

/** About `count` round ticks of a linear scale, labelled with the digits their spacing needs. */
export function linearTicks(scale: TickScale, count: number): Tick[] {
  const values = safeTicks(scale, Math.max(2, count));
  const step = values.length > 1 ? Math.abs(values[1] - values[0]) : Math.abs(values[0] ?? 1);
  return values.map((value) => ({ value, position: scale(value), label: formatTick(value, step) }));
}

/**
 * Ticks of a log scale at powers of ten, every k-th decade so there are at most `maxCount`. Over
 * less than a decade (two powers or fewer), the scale's own ticks (1, 2, 5 × 10ᵏ …), thinned.
 */
export function logTicks(scale: TickScale, maxCount: number): Tick[] {
  const [a, b] = scale.domain();
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  if (last - first + 1 >= 2) {
    const every = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, maxCount)));
    const out: Tick[] = [];
    for (let e = first; e <= last; e += every) {
      const value = 10 ** e;
      out.push({ value, position: scale(value), label: formatPowerOfTen(value) });
    }
    return out;
  }
  const values = safeTicks(scale, maxCount);
  const every = Math.max(1, Math.ceil(values.length / Math.max(1, maxCount)));
  const kept = values.filter((_, k) => k % every === 0);
  let step = Infinity;
  for (let k = 1; k < kept.length; k++) step = Math.min(step, kept[k] - kept[k - 1]);
  if (!Number.isFinite(step)) step = kept[0] ?? 1;
  return kept.map((value) => ({ value, position: scale(value), label: formatTick(value, step) }));
}
