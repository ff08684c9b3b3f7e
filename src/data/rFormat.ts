/**
 * Numbers as R prints them, so the page's model summary can be read digit by digit against R's.
 *
 * R formats a vector as one: `format(x, digits = d)` finds, for each element, the fewest
 * significant digits (at most d) that show it to d significant digits, then prints every element
 * with the largest number of decimals any of them needs; it switches the whole vector to
 * scientific notation when that is narrower (formatReal in R's format.c, with scipen = 0).
 * `summary.glm`'s print uses these rules through printCoefmat and format.pval with
 * digits = max(3, getOption("digits") − 3) = 4:
 *
 * - Estimate and Std. Error: rounded together to 4 − (1 + ⌊log10 min |x|⌋) decimals (at least 1),
 *   then format(digits = 4);
 * - z value: rounded to 3 decimals, then format(digits = 4);
 * - Pr(>|z|): format.pval(digits = 3), in two groups (down to 1e-4, and smaller), "<2e-16" (or
 *   "< 2e-16" beside wide entries) below the machine epsilon;
 * - deviances: format(digits = 5); AIC: format(digits = 5).
 *
 * Output uses ASCII "-" as R does; the page swaps in a real minus sign.
 */

/** R's `.Machine$double.eps`, the smallest p-value format.pval prints as a number. */
export const R_EPS = 2.220446049250313e-16;

interface Decomposed {
  readonly negative: boolean;
  /** The decimal exponent of the value rounded to `digits` significant digits. */
  readonly exponent: number;
  /** The significant digits needed after dropping trailing zeros (1 to digits). */
  readonly significant: number;
}

function decompose(x: number, digits: number): Decomposed {
  if (x === 0) return { negative: false, exponent: 0, significant: 1 };
  const [mantissa, exponent] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e');
  const digitsOnly = mantissa.replace('.', '').replace(/0+$/, '');
  return {
    negative: x < 0,
    exponent: Number(exponent),
    significant: Math.max(1, digitsOnly.length),
  };
}

/** "1.5e-08": R writes at least two exponent digits. */
function scientific(x: number, decimals: number): string {
  const [mantissa, exponent] = x.toExponential(decimals).split('e');
  const e = Number(exponent);
  const sign = e < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(e)).padStart(2, '0')}`;
}

/**
 * `format(values, digits = digits)` in R: one common layout for all the values, each string padded
 * on the left to the common width. Non-finite values print as R prints them (NA, NaN, Inf).
 */
export function formatR(values: readonly number[], digits: number): string[] {
  const finite = values.filter(Number.isFinite);
  let right = 0;
  let leftWidth = 1;
  let maxExponent = -Infinity;
  let minExponent = Infinity;
  let maxSignificant = 0;
  let anyNegative = false;
  for (const x of finite) {
    const { negative, exponent, significant } = decompose(x, digits);
    const left = exponent + 1;
    leftWidth = Math.max(leftWidth, (negative ? 1 : 0) + (left <= 0 ? 1 : left));
    right = Math.max(right, significant - left);
    anyNegative ||= negative;
    if (x !== 0) {
      maxExponent = Math.max(maxExponent, exponent);
      minExponent = Math.min(minExponent, exponent);
    }
    maxSignificant = Math.max(maxSignificant, significant);
  }
  right = Math.max(0, right);
  const fixedWidth = leftWidth + right + (right > 0 ? 1 : 0);
  const exponentDigits = maxExponent >= 100 || minExponent <= -99 ? 2 : 1;
  const sciDecimals = maxSignificant - 1;
  const sciWidth =
    (anyNegative ? 1 : 0) + (sciDecimals > 0 ? 1 : 0) + sciDecimals + 4 + exponentDigits;
  const useFixed = finite.length === 0 || fixedWidth <= sciWidth;
  const text = values.map((x) => {
    if (Number.isNaN(x)) return 'NaN';
    if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
    return useFixed ? x.toFixed(right) : scientific(x, sciDecimals);
  });
  const width = Math.max(...text.map((t) => t.length));
  return text.map((t) => t.padStart(width));
}

/** R's round(x, decimals) for the decimals printCoefmat uses (up to 100). */
function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(x.toFixed(Math.min(100, Math.max(0, decimals))));
}

/** Estimate and Std. Error columns as printCoefmat prints them (digits = 4). */
export function formatCoefficientColumns(
  estimates: readonly number[],
  errors: readonly number[],
  digits = 4,
): { estimates: string[]; errors: string[] } {
  const all = [...estimates, ...errors];
  const magnitudes = all.filter((x) => Number.isFinite(x) && x !== 0).map(Math.abs);
  const smallest = magnitudes.length > 0 ? Math.min(...magnitudes) : 1;
  const digmin = 1 + (magnitudes.length > 0 ? Math.floor(Math.log10(smallest)) : 0);
  const decimals = Math.max(1, digits - digmin);
  const text = formatR(
    all.map((x) => roundTo(x, decimals)),
    digits,
  );
  // printCoefmat: an entry that is not 0 but printed as one is printed alone with digits − 1.
  const fixed = text.map((t, i) =>
    all[i] !== 0 && Number(t) === 0 ? formatR([all[i]], Math.max(1, digits - 1))[0] : t,
  );
  const width = Math.max(...fixed.map((t) => t.length));
  const padded = fixed.map((t) => t.padStart(width));
  return { estimates: padded.slice(0, estimates.length), errors: padded.slice(estimates.length) };
}

/** The z value column: round(z, 3), then format(digits = 4). */
export function formatZColumn(z: readonly number[], digits = 4): string[] {
  const testDigits = Math.max(1, Math.min(5, digits - 1));
  return formatR(
    z.map((x) => roundTo(x, testDigits)),
    digits,
  );
}

/** format.pval(p, digits = 3, eps = .Machine$double.eps), as summary.glm prints Pr(>|z|). */
export function formatPValues(p: readonly number[], digits = 3): string[] {
  const out = new Array<string>(p.length).fill('');
  const tiny = p.map((v) => v < R_EPS);
  const rest = p.map((v, i) => ({ v, i })).filter(({ i }) => !tiny[i]);
  // Two groups, each formatted as one: exponents ≥ −3 (and −4 when digits > 1), and the rest.
  const fixp = (v: number) => {
    const expo = Math.floor(Math.log10(v > 0 ? v : 1e-50));
    return expo >= -3 || (expo === -4 && digits > 1) || v === 0;
  };
  const fixedGroup = rest.filter(({ v }) => fixp(v));
  const sciGroup = rest.filter(({ v }) => !fixp(v));
  for (const group of [fixedGroup, sciGroup]) {
    const text = formatR(
      group.map(({ v }) => v),
      digits,
    ).map((t) => t.trim());
    group.forEach(({ i }, k) => (out[i] = text[k]));
  }
  if (tiny.some(Boolean)) {
    const widest = Math.max(0, ...rest.map(({ i }) => out[i].length));
    // digits − 2 = 1 significant digit for the bound: "2e-16"; no space when the column is narrow.
    const sep = rest.length > 0 && widest > 6 ? ' ' : '';
    tiny.forEach((t, i) => {
      if (t) out[i] = `<${sep}2e-16`;
    });
  }
  return out;
}

/** The significance code printCoefmat appends: *** ≤ 0.001 < ** ≤ 0.01 < * ≤ 0.05 < . ≤ 0.1. */
export function significanceStars(p: number): string {
  if (!Number.isFinite(p)) return '';
  if (p <= 0.001) return '***';
  if (p <= 0.01) return '**';
  if (p <= 0.05) return '*';
  if (p <= 0.1) return '.';
  return '';
}

export const SIGNIFICANCE_LEGEND = '0 ‘***’ 0.001 ‘**’ 0.01 ‘*’ 0.05 ‘.’ 0.1 ‘ ’ 1';
