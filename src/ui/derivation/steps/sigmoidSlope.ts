/**
 * Step 5, the sigmoid's slope: σ'(z) = e^{−z}/(1 + e^{−z})² = σ(z)(1 − σ(z)), so
 * ∂p_i/∂z_i = p_i(1 − p_i), at most 1/4.
 */
import { formula, math, numbers, prose, type Section } from '../content';
import { texNumber } from '../tex';
import type { StepInput } from './input';
import { pointNumber } from './notation';

export function sigmoidSlopeStep({ live }: StepInput): Section {
  return {
    id: 'sigmoidSlope',
    title: 'The sigmoid’s slope',
    build: () => {
      const { point } = live.derivation;
      const i = pointNumber(point.index);
      return [
        prose(
          'Differentiate ',
          math('\\sigma(z) = 1/(1 + e^{-z})'),
          ' and split the result in two:',
        ),
        formula(
          "\\begin{aligned} \\sigma'(z) &= \\frac{e^{-z}}{(1 + e^{-z})^2} = \\underbrace{\\frac{1}{1 + e^{-z}}}_{\\sigma(z)} \\cdot \\underbrace{\\frac{e^{-z}}{1 + e^{-z}}}_{1 - \\sigma(z)} \\\\ &= \\sigma(z)\\bigl(1 - \\sigma(z)\\bigr) \\end{aligned}",
        ),
        prose(
          'So ',
          math('\\partial p_i / \\partial z_i = p_i(1 - p_i)'),
          ': at most ',
          math('\\tfrac14'),
          ', at ',
          math('z = 0'),
          ' where the model is unsure, and close to 0 wherever it is confident, right or wrong.',
        ),
        numbers(
          `\\frac{\\partial p_{${i}}}{\\partial z_{${i}}} = p_{${i}}(1 - p_{${i}}) = ${texNumber(point.slope)}, \\quad p_{${i}} = ${texNumber(point.p)}`,
        ),
      ];
    },
  };
}
