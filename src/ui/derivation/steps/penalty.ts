/**
 * What regularization adds to J, said once for both losses: (λ/2)‖w‖² for L2, λ‖w‖₁ for L1, the
 * bias never penalized; the words for each are in the penalties' table (ui/rules/penaltyViews.ts).
 */
import type { Regularization } from '../../../engine';
import { PENALTY_VIEWS } from '../../rules/penaltyViews';
import { math, prose, type Block } from '../content';
import { lambdaValue, penaltyTerm } from './notation';

export function penaltyBlocks(reg: Regularization): Block[] {
  const { said } = PENALTY_VIEWS[reg.kind];
  if (!said) return [];
  return [
    prose(
      said.lead,
      math(`J(\\theta) = \\tfrac{1}{N} \\textstyle\\sum_i \\ell_i${penaltyTerm(reg)}`),
      ', with ',
      math(lambdaValue(reg)),
      ' (the bias ',
      math('b'),
      ' is not penalized). The penalty',
      said.effect,
    ),
  ];
}
