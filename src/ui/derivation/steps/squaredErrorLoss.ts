/**
 * Step 2 (squared error), the loss: J(θ) = (1/(2N)) Σ (p_i − y_i)² (+ the penalty), least squares
 * on the sigmoid's output.
 */
import { formula, math, prose, type Section } from '../content';
import { texNumber } from '../tex';
import type { StepInput } from './input';
import { lossValueBlocks } from './lossValue';
import { penaltyBlocks } from './penalty';

export function squaredErrorLossStep(input: StepInput): Section {
  return {
    id: 'loss',
    title: 'The loss: squared error',
    build: () => [
      prose(
        'Squared error measures how far each probability is from its label, as least squares does for a regression:',
      ),
      formula(
        'J(\\theta) = \\frac{1}{N} \\sum_{i=1}^{N} \\ell_i, \\quad \\ell_i = \\tfrac{1}{2} (p_i - y_i)^2',
      ),
      prose(
        'It is not the log-likelihood of labels that are 0 or 1, so there is no sign to flip: it is a loss to minimize from the start. The ',
        math('\\tfrac12'),
        ' only cancels the 2 of the derivative. Compare it with the cross-entropy by switching the Loss setting.',
      ),
      ...penaltyBlocks(input.live.objective.regularization),
      ...lossValueBlocks(
        input,
        (i) =>
          `\\tfrac{1}{2}(p_{${i}} - y_{${i}})^2 = \\tfrac{1}{2}(${texNumber(input.live.derivation.point.residual)})^2`,
      ),
    ],
  };
}
