/**
 * Step 2 (cross-entropy), the likelihood: L(θ) = Π p_i^{y_i}(1 − p_i)^{1−y_i}, and its log turning
 * the product into a sum, log L(θ) = Σ [y_i log p_i + (1 − y_i) log(1 − p_i)].
 */
import { formula, math, numbers, prose, type Section } from '../content';
import { texNumber } from '../tex';
import type { StepInput } from './input';
import { pointNumber } from './notation';

export function likelihoodStep({ live }: StepInput): Section {
  return {
    id: 'likelihood',
    title: 'How likely the labels are',
    build: () => {
      const { point } = live.derivation;
      const i = pointNumber(point.index);
      // The point's term of log L is −ℓ_i, its own loss with the sign flipped.
      const p = texNumber(point.p);
      const term =
        point.y === 1 ? `\\log p_{${i}} = \\log ${p}` : `\\log(1 - p_{${i}}) = \\log(1 - ${p})`;
      return [
        prose(
          'How probable are the observed labels under the model? A point’s probability of its own label is ',
          math('p_i'),
          ' if ',
          math('y_i = 1'),
          ' and ',
          math('1 - p_i'),
          ' if ',
          math('y_i = 0'),
          '. Taking the points as independent, the likelihood is the product:',
        ),
        formula('L(\\theta) = \\prod_{i=1}^{N} p_i^{\\,y_i}\\,(1 - p_i)^{1 - y_i}'),
        prose(
          'A product of many numbers below 1 shrinks towards 0. The logarithm turns it into a sum and, being increasing, keeps the maximum at the same θ:',
        ),
        formula(
          '\\log L(\\theta) = \\sum_{i=1}^{N} \\bigl[\\, y_i \\log p_i + (1 - y_i) \\log(1 - p_i) \\bigr]',
        ),
        prose(`Point ${i} has `, math(`y_{${i}} = ${point.y}`), ', so its term is'),
        numbers(`${term} = ${texNumber(-point.loss)}`),
      ];
    },
  };
}
