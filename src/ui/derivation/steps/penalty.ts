/**
 * What regularization adds to J, said once for both losses: (λ/2)‖w‖² for L2, λ‖w‖₁ for L1, the
 * bias never penalized.
 */
import type { Regularization } from '../../../engine';
import { math, prose, type Block } from '../content';
import { lambdaValue, penaltyTerm } from './notation';

export function penaltyBlocks(reg: Regularization): Block[] {
  if (reg.kind === 'none') return [];
  const words =
    reg.kind === 'l2'
      ? ' pulls the weights towards 0 smoothly; it keeps them finite even when the classes can be separated.'
      : ' pulls the weights towards 0 and sets some exactly to 0; it has a kink at 0, so the step handles it (see the last step).';
  return [
    prose(
      reg.kind === 'l2' ? 'With L2 regularization, ' : 'With L1 regularization, ',
      math(`J(\\theta) = \\tfrac{1}{N} \\textstyle\\sum_i \\ell_i${penaltyTerm(reg)}`),
      ', with ',
      math(lambdaValue(reg)),
      ' (the bias ',
      math('b'),
      ' is not penalized). The penalty',
      words,
    ),
  ];
}
