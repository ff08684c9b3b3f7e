/**
 * Step 4, the chain rule: ℓ_i depends on w_j only through z_i and p_i, so
 * ∂ℓ_i/∂w_j = ∂ℓ_i/∂p_i · ∂p_i/∂z_i · ∂z_i/∂w_j, with ∂z_i/∂w_j = φ_{i,j} and ∂z_i/∂b = 1, and
 * the loss's own ∂ℓ_i/∂p_i from the losses' table (ui/rules/lossViews.ts).
 */
import { formula, liveMath, math, numbers, prose, type Block, type Section } from '../content';
import { FACTOR_DIGITS, texNumber, texTuple } from '../tex';
import { LOSS_VIEWS } from '../../rules/lossViews';
import type { StepInput } from './input';
import { pointNumber } from './notation';

export function chainRuleStep(input: StepInput): Section {
  return {
    id: 'chainRule',
    title: 'The chain rule',
    build: () => chainRuleBlocks(input),
  };
}

function chainRuleBlocks({ live }: StepInput): Block[] {
  const { point } = live.derivation;
  const i = pointNumber(point.index);
  const loss = LOSS_VIEWS[live.objective.loss];
  return [
    prose(
      'The gradient of a mean is the mean of the gradients, so take one point’s loss ',
      math('\\ell_i'),
      '. It depends on a weight ',
      math('w_j'),
      ' only through ',
      math('z_i'),
      ' and then ',
      math('p_i'),
      ', so its derivative is a product of three factors:',
    ),
    formula(
      '\\frac{\\partial \\ell_i}{\\partial w_j} = \\frac{\\partial \\ell_i}{\\partial p_i} \\cdot \\frac{\\partial p_i}{\\partial z_i} \\cdot \\frac{\\partial z_i}{\\partial w_j}',
    ),
    prose(
      'The last factor is the input itself, since ',
      math('z_i = b + \\textstyle\\sum_j w_j \\varphi_{i,j}'),
      ':',
    ),
    formula(
      '\\frac{\\partial z_i}{\\partial w_j} = \\varphi_{i,j}, \\qquad \\frac{\\partial z_i}{\\partial b} = 1',
    ),
    prose('The first comes from the loss:'),
    formula(loss.slopeFormula),
    prose('The middle one is the sigmoid’s slope, the next step. For point ', `${i}`, ':'),
    numbers(loss.slopeAt(i, texNumber(point.residual), texNumber(point.slope))),
    prose(
      'And its inputs: ',
      liveMath(
        `\\partial z_{${i}} / \\partial \\theta = \\tilde\\varphi_{${i}} = ${texTuple(point.features, FACTOR_DIGITS)}`,
      ),
      '.',
    ),
  ];
}
