import type { ParseResult } from '../settings/parse';

/** Which point the derivation follows, as the user types it: 1 to N (the formulas' i). */
export function parsePointNumber(text: string, count: number): ParseResult {
  const value = text.trim() === '' ? NaN : Number(text);
  return Number.isInteger(value) && value >= 1 && value <= count
    ? { value }
    : { error: `Enter a whole number from 1 to ${count}.` };
}
