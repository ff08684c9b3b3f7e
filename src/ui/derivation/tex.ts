/**
 * Pure helpers that write TeX for KaTeX: numbers as the page formats them (format.ts, so the
 * derivation and the readouts show the same digits), vectors and matrices of them, user text made
 * inert, and the highlight box. Strings in, strings out; no DOM, no KaTeX.
 */
import { formatNumber, formatSetting } from '../text/format';

/** Significant digits of the factors inside a written-out sum or matrix, where space is short. */
export const FACTOR_DIGITS = 3;

const SUPERSCRIPT_TO_ASCII: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
};

const fromSuperscript = (text: string): string =>
  [...text].map((c) => SUPERSCRIPT_TO_ASCII[c] ?? '').join('');

/**
 * A number as formatNumber writes it, in TeX: "−0.353688" → "-0.353688",
 * "1.23457 × 10⁻⁸" → "1.23457 \times 10^{-8}". A non-finite value stays a word
 * ("\text{not a number}"), so NaN never reaches the screen here either.
 */
export function texNumber(value: number, digits?: number): string {
  const text = formatNumber(value, digits);
  if (!Number.isFinite(value)) return `\\text{${text}}`;
  const [mantissa, power] = text.split(' × 10');
  const plain = mantissa.replace('\u2212', '-');
  return power === undefined ? plain : `${plain} \\times 10^{${fromSuperscript(power)}}`;
}

/**
 * A number as a factor of a product: in parentheses when it is negative or in scientific
 * notation, so "(−0.5)(1.2)" never reads as a subtraction.
 */
export function texFactor(value: number, digits?: number): string {
  const tex = texNumber(value, digits);
  return tex.startsWith('-') || tex.includes('\\times') ? `(${tex})` : tex;
}

/** A column vector of numbers. */
export function texColumn(values: ArrayLike<number>, digits?: number): string {
  const rows = Array.from(values, (v) => texNumber(v, digits));
  return `\\begin{bmatrix}${rows.join(' \\\\ ')}\\end{bmatrix}`;
}

/** A column vector of TeX entries (symbols). */
export function texSymbolColumn(entries: readonly string[]): string {
  return `\\begin{bmatrix}${entries.join(' \\\\ ')}\\end{bmatrix}`;
}

/**
 * A row-major m×m matrix of numbers. Entries of magnitude at most `negligible` are written 0:
 * rounding noise (1e-18 where an exact sum is 0) would otherwise widen every column.
 */
export function texMatrix(
  values: ArrayLike<number>,
  m: number,
  digits?: number,
  negligible = 0,
): string {
  const rows: string[] = [];
  for (let r = 0; r < m; r++) {
    const row: string[] = [];
    for (let c = 0; c < m; c++) {
      const v = values[r * m + c];
      row.push(Math.abs(v) <= negligible ? '0' : texNumber(v, digits));
    }
    rows.push(row.join(' & '));
  }
  return `\\begin{bmatrix}${rows.join(' \\\\ ')}\\end{bmatrix}`;
}

/** A row of numbers in parentheses, "(1, 0.5, -1.2)", that inline text may wrap after a comma. */
export function texTuple(values: ArrayLike<number>, digits?: number): string {
  return `(${Array.from(values, (v) => texNumber(v, digits)).join(',\\allowbreak\\ ')})`;
}

/**
 * The characters TeX gives a meaning to, each as the text-mode command that prints it. A user's
 * name passed through this cannot define a macro, open a group, switch to math or reach any
 * command: every backslash and brace it contains becomes a printed glyph.
 */
const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // Braced so that "--" and "---" print as typed, not as TeX's dashes.
  '-': '{-}',
};

/** Longest name shown in a formula; longer names are cut with an ellipsis. */
export const MAX_TEXT_LENGTH = 40;

/** C0 control characters and DEL. */
function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** Escapes one run of plain characters for text mode. */
function escapeText(text: string): string {
  let out = '';
  for (const c of text) {
    // Control characters (newlines, tabs, NUL) become spaces: TeX gives some of them a meaning.
    out += isControl(c) ? ' ' : (TEXT_ESCAPES[c] ?? c);
  }
  return out;
}

/**
 * User text (a feature's name, from a CSV header) as TeX that prints it literally: `\text{…}` with
 * every special character escaped. Superscript digits, which the feature map writes in names of
 * polynomial terms ("x1²"), become real superscripts, since KaTeX's text fonts lack them. The
 * result is TeX source, never HTML: KaTeX escapes "<" and ">" in what it prints.
 */
export function texText(name: string): string {
  const chars = [...name];
  const cut =
    chars.length > MAX_TEXT_LENGTH ? [...chars.slice(0, MAX_TEXT_LENGTH - 1), '…'] : chars;
  const parts: string[] = [];
  let text = '';
  let power = '';
  const flushText = () => {
    if (text) parts.push(`\\text{${escapeText(text)}}`);
    text = '';
  };
  const flushPower = () => {
    if (power) parts.push(`^{${fromSuperscript(power)}}`);
    power = '';
  };
  for (const c of cut) {
    if (c in SUPERSCRIPT_TO_ASCII) {
      // A superscript needs a base: the text before it, or an empty group.
      if (!power) {
        flushText();
        if (parts.length === 0) parts.push('{}');
      }
      power += c;
    } else {
      flushPower();
      text += c;
    }
  }
  flushText();
  flushPower();
  return parts.length === 0 ? '\\text{}' : `{${parts.join('')}}`;
}

/** Colours for the highlight box, as "#rrggbb" (validated: they are written into TeX). */
export interface HighlightColors {
  readonly border: string;
  readonly background: string;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** A CSS colour to put into TeX, or the fallback if it is not a plain "#rrggbb". */
export function texColor(css: string, fallback: string): string {
  const trimmed = css.trim();
  return HEX_COLOR.test(trimmed) ? trimmed : fallback;
}

/** A term in a coloured frame: what the eye should find first (KaTeX's \fcolorbox, no HTML). */
export function texHighlight(tex: string, colors: HighlightColors): string {
  const border = texColor(colors.border, '#9a5b00');
  const background = texColor(colors.background, '#fdf3e1');
  return `\\fcolorbox{${border}}{${background}}{$${tex}$}`;
}

/**
 * A setting (η, λ, β) as formatSetting shows it in the controls, in TeX: "0.5", not "0.500000",
 * at most 6 significant digits; "1 × 10⁻⁷" becomes "1 \times 10^{-7}".
 */
export function texSetting(value: number): string {
  if (!Number.isFinite(value)) return texNumber(value);
  const [mantissa, power] = formatSetting(value).split(' × 10');
  const plain = mantissa.replace('\u2212', '-');
  return power === undefined ? plain : `${plain} \\times 10^{${fromSuperscript(power)}}`;
}
