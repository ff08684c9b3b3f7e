/**
 * Step 4, the chain rule: ℓ_i depends on w_j only through z_i and p_i, so
 * ∂ℓ_i/∂w_j = ∂ℓ_i/∂p_i · ∂p_i/∂z_i · ∂z_i/∂w_j, with ∂z_i/∂w_j = φ_{i,j} and ∂z_i/∂b = 1, and
 *   ∂ℓ_i/∂p_i = −y_i/p_i + (1 − y_i)/(1 − p_i) = (p_i − y_i)/(p_i(1 − p_i))   (cross-entropy)
 *   ∂ℓ_i/∂p_i = p_i − y_i                                                     (squared error)
 */
import { formula, liveMath, math, numbers, prose, type Block, type Section } from '../content';
import { FACTOR_DIGITS, texNumber, texTuple } from '../tex';
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
  const crossEntropy = live.objective.loss === 'crossEntropy';
  const residual = texNumber(point.residual);
  const slope = texNumber(point.slope);
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
    crossEntropy
      ? formula(
          '\\frac{\\partial \\ell_i}{\\partial p_i} = -\\frac{y_i}{p_i} + \\frac{1 - y_i}{1 - p_i} = \\frac{p_i - y_i}{p_i(1 - p_i)}',
        )
      : formula('\\frac{\\partial \\ell_i}{\\partial p_i} = p_i - y_i'),
    prose('The middle one is the sigmoid’s slope, the next step. For point ', `${i}`, ':'),
    numbers(
      crossEntropy
        ? `\\frac{\\partial \\ell_{${i}}}{\\partial p_{${i}}} = \\frac{p_{${i}} - y_{${i}}}{p_{${i}}(1 - p_{${i}})} = \\frac{${residual}}{${slope}}`
        : `\\frac{\\partial \\ell_{${i}}}{\\partial p_{${i}}} = p_{${i}} - y_{${i}} = ${residual}`,
    ),
    prose(
      'And its inputs: ',
      liveMath(
        `\\partial z_{${i}} / \\partial \\theta = \\tilde\\varphi_{${i}} = ${texTuple(point.features, FACTOR_DIGITS)}`,
      ),
      '.',
    ),
  ];
}
