/**
 * Step 3 (cross-entropy), the sign flip: maximizing log L (gradient ascent) is minimizing
 * J = −(1/N) log L (gradient descent), the mean cross-entropy; the two take the same steps when
 * ascent's η is descent's divided by N, since ∇J = −∇log L / N:
 * J(θ) = −(1/N) Σ [y_i log p_i + (1 − y_i) log(1 − p_i)] (+ the penalty).
 */
import { formula, math, prose, type Block, type Section } from '../content';
import { texNumber } from '../tex';
import type { StepInput } from './input';
import { lossValueBlocks } from './lossValue';
import { penaltyBlocks } from './penalty';

export function signFlipStep(input: StepInput): Section {
  return {
    id: 'loss',
    title: 'Flip the sign: a loss to walk down',
    build: () => signFlipBlocks(input),
  };
}

function signFlipBlocks(input: StepInput): Block[] {
  const { point } = input.live.derivation;
  return [
    prose(
      'Gradient ascent would climb ',
      math('\\log L'),
      '. Flip its sign and divide by ',
      math('N'),
      ': the mean negative log-likelihood ',
      math('J'),
      ' is a loss with the same minimizer, and gradient descent walks down it. Since ',
      math('\\nabla J = -\\tfrac{1}{N} \\nabla \\log L'),
      ', descent with learning rate ',
      math('\\eta'),
      ' takes the very steps of ascent with ',
      math('\\eta / N'),
      '.',
    ),
    formula(
      '\\max_\\theta\\, \\log L(\\theta) \\iff \\min_\\theta\\, J(\\theta) = -\\frac{1}{N} \\log L(\\theta)',
    ),
    formula(
      '\\begin{aligned} J(\\theta) &= \\frac{1}{N} \\sum_{i=1}^{N} \\ell_i \\\\ \\ell_i &= -\\bigl[\\, y_i \\log p_i + (1 - y_i) \\log(1 - p_i) \\bigr] \\end{aligned}',
    ),
    prose(
      'This is the cross-entropy. As a mean, it does not grow with the number of points, so one learning rate suits 20 points or 10,000.',
    ),
    ...penaltyBlocks(input.live.objective.regularization),
    ...lossValueBlocks(input, (i) =>
      point.y === 1
        ? `-\\log p_{${i}} = -\\log ${texNumber(point.p)}`
        : `-\\log(1 - p_{${i}}) = -\\log(1 - ${texNumber(point.p)})`,
    ),
  ];
}
