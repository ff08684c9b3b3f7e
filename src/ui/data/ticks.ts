/**
 * Text on the axes: tick values through the page's number format, without the trailing zeros a
 * column of changing values needs but an axis does not ("0.5", not "0.500000"), and axis names
 * (user text: CSV headers) cut to fit.
 */
import { formatNumber } from '../text/format';

/** formatNumber's text with trailing zeros of the mantissa removed: "1", "−0.25", "2 × 10⁶". */
export function formatTick(value: number, digits = 6): string {
  const text = formatNumber(value, digits);
  return text.replace(/^([^ ]*\.\d*?)0+(?=$| )/, '$1').replace(/\.(?=$| )/, '');
}

/** A label of at most `maxChars` characters, ending in "…" when it was cut. */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  return chars.slice(0, Math.max(1, maxChars - 1)).join('') + '…';
}
