/**
 * Reads back a number as src/ui/text/format.ts writes it ("−0.353688", "1.23457 × 10⁻⁸"), for tests
 * that compare what the page shows. The page itself never parses its own output.
 */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function parseFormatted(text: string): number {
  const [mantissa, power] = text.trim().replace('\u2212', '-').split(' × 10');
  const exponent = power
    ? Number(
        [...power].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPT_DIGITS.indexOf(c)))).join(''),
      )
    : 0;
  return Number(`${mantissa}e${exponent}`);
}
