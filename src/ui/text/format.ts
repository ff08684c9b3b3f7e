/**
 * How numbers read on the page: a fixed number of significant digits, plain decimals for moderate
 * magnitudes and "1.23457 × 10⁻⁸" for very small or large ones, with a real minus sign. Non-finite
 * values become words, so "NaN" and "Infinity" never reach the screen.
 *
 * Pure functions of their arguments: the same number always reads the same (tests and screenshots
 * rely on it).
 */

/** Significant digits of every number the page shows. */
export const SIGNIFICANT_DIGITS = 6;

/** Decimal exponents shown in plain notation: 0.00123457 up to 999999. */
const PLAIN_MIN_EXPONENT = -3;
const PLAIN_MAX_EXPONENT = 5;

const MINUS = '\u2212';

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** What a non-finite number reads as, or null for a finite one. */
function nonFiniteWord(value: number): string | null {
  if (Number.isNaN(value)) return 'not a number';
  if (value === Infinity) return 'overflow';
  if (value === -Infinity) return 'negative overflow';
  return null;
}

/** ASCII hyphen-minus to the typographic minus sign U+2212 (what screen readers read as "minus"). */
const withMinus = (text: string): string => text.replace(/^-/, MINUS);

const superscript = (exponent: number): string =>
  String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT_DIGITS[c] ?? c)
    .join('');

/**
 * A real number with `digits` significant digits (trailing zeros kept, so a column of changing
 * values keeps its width): "0.693147", "−12.3457", "1.23457 × 10⁻⁸". Zero is "0".
 */
export function formatNumber(value: number, digits = SIGNIFICANT_DIGITS): string {
  const word = nonFiniteWord(value);
  if (word !== null) return word;
  if (value === 0) return '0';
  // The exponent after rounding decides the notation: 999999.7 rounds to 1.00000 × 10⁶.
  const [mantissa, exponentText] = value.toExponential(digits - 1).split('e');
  const exponent = Number(exponentText);
  if (exponent >= PLAIN_MIN_EXPONENT && exponent <= PLAIN_MAX_EXPONENT) {
    // toPrecision stays in plain notation for these exponents.
    return withMinus(value.toPrecision(digits));
  }
  return `${withMinus(mantissa)} × 10${superscript(exponent)}`;
}

/** A count (iterations, epochs, points) as a whole number in plain digits. */
export function formatCount(value: number): string {
  const word = nonFiniteWord(value);
  if (word !== null) return word;
  return withMinus(String(Math.round(value)));
}

/** The value rounded to `digits` significant digits, as a number (7.13772538415269 → 7.13773). */
const rounded = (value: number, digits: number): number => Number(value.toPrecision(digits));

/**
 * A number the user typed or the app set, as short as it can be written with at most 6
 * significant digits (for settings such as the learning rate, where "0.5" should not read
 * "0.500000", and a learning rate the guide computed, 7.13772538415269, reads "7.13773"). Very
 * small or large ones read "1 × 10⁻⁷", as formatNumber writes them, never "1e-7".
 */
export function formatSetting(value: number, digits = SIGNIFICANT_DIGITS): string {
  const word = nonFiniteWord(value);
  if (word !== null) return word;
  if (value === 0) return '0';
  const short = rounded(value, digits);
  const exponent = Math.floor(Math.log10(Math.abs(short)));
  // Settings stay plain down to 0.0001, the slider's end (written short, "0.0001" is short).
  if (exponent >= PLAIN_MIN_EXPONENT - 1 && exponent <= PLAIN_MAX_EXPONENT) {
    return withMinus(String(short));
  }
  const mantissa = rounded(short / 10 ** exponent, digits);
  return `${withMinus(String(mantissa))} × 10${superscript(exponent)}`;
}

/**
 * A setting as its input field shows it: at most 6 significant digits, in a form the field reads
 * back ("1e-7" for a very small one).
 */
export function formatInput(value: number): string {
  const word = nonFiniteWord(value);
  if (word !== null) return '';
  return String(rounded(value, SIGNIFICANT_DIGITS));
}
