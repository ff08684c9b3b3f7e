/**
 * Step 7, all points at once: ∇J(θ) = (1/N) Σ g_i φ̃_i = X̃ᵀg / N, with g = p − y under the
 * cross-entropy (X̃ᵀ(p − y)/N) and g = (p − y) ⊙ p ⊙ (1 − p) under squared error, plus λ(0, w)
 * for L2. Each component written out as its sum, ∂J/∂w_j = (1/N)(g_1 φ_{1,j} + g_2 φ_{2,j} + ⋯),
 * with this iteration's numbers.
 */
import { formula, math, note, numbers, prose, type Block, type Section } from '../content';
import type { LiveNumbers } from '../liveNumbers';
import { FACTOR_DIGITS, texColumn, texFactor, texNumber, texSetting } from '../tex';
import { LOSS_VIEWS } from '../../rules/lossViews';
import { PENALTY_VIEWS } from '../../rules/penaltyViews';
import type { StepInput } from './input';
import { featureSymbol, parameterSymbol, partial, pointNumber } from './notation';

/** Components written out as sums; the rest are only in the vector. */
const WRITTEN_OUT_COMPONENTS = 4;

export function vectorizedStep(input: StepInput): Section {
  return {
    id: 'vectorized',
    title: 'All points at once',
    build: () => vectorizedBlocks(input),
  };
}

function vectorizedBlocks({ live, names }: StepInput): Block[] {
  const { objective, derivation } = live;
  const m = live.theta.length;
  const reg = objective.regularization;
  const l2 = PENALTY_VIEWS[reg.kind].gradientTerm;
  const vector = LOSS_VIEWS[objective.loss].gradientVector;
  const blocks: Block[] = [
    prose(
      'Average the points’ terms. With the ',
      math('\\tilde\\varphi_i^\\top'),
      ' as the rows of a matrix ',
      math('\\tilde X'),
      ' (a first column of ones for the bias), the whole gradient is one matrix product:',
    ),
    formula(
      `\\begin{aligned} \\nabla J(\\theta) &= \\frac{1}{N} \\sum_{i=1}^{N} g_i\\, \\tilde\\varphi_i${l2} \\\\ &= ${vector}${l2} \\end{aligned}`,
    ),
  ];
  if (reg.kind === 'l2') {
    blocks.push(
      prose(
        'The L2 term adds ',
        math('\\lambda w_j'),
        ' to each weight’s component and nothing to the bias’s.',
      ),
    );
  } else if (reg.kind === 'l1') {
    blocks.push(
      note(
        'The L1 term has no gradient where a weight is 0: ',
        math('\\nabla J'),
        ' here is the gradient of the smooth part, and the penalty acts in the step.',
      ),
    );
  }
  blocks.push(prose(`Component by component, at this iteration (N = ${derivation.n}):`));
  const shown = Math.min(m, WRITTEN_OUT_COMPONENTS);
  for (let j = 0; j < shown; j++) {
    blocks.push(
      prose(
        math(parameterSymbol(j)),
        j === 0
          ? `, the bias (${names[0] ?? 'intercept'}):`
          : `, the weight of ${names[j] ?? `feature ${j}`}:`,
      ),
      numbers(componentTex(live, j)),
    );
  }
  blocks.push(
    prose(
      m > shown
        ? `The other ${m - shown} components are sums of the same kind. All of them:`
        : 'Together:',
    ),
    numbers(
      `\\nabla J(\\theta) = ${texColumn(derivation.gradient)}, \\quad \\lVert \\nabla J \\rVert = ${texNumber(derivation.gradientNorm)}`,
    ),
  );
  return blocks;
}

/** ∂J/∂θ_j = (1/N)(g_1 φ̃_{1,j} + g_2 φ̃_{2,j} + ⋯ + g_N φ̃_{N,j}) (+ λw_j) = value. */
export function componentTex(live: LiveNumbers, j: number): string {
  const { derivation, leading, objective, theta } = live;
  const n = derivation.n;
  const everyPoint = leading.length === n;
  const symbolTerm = (i: number | string) =>
    j === 0 ? `g_{${i}}` : `g_{${i}} ${featureSymbol(i, j)}`;
  const symbols = leading.map((point) => symbolTerm(pointNumber(point.index)));
  const values = leading.map((point) =>
    j === 0
      ? texFactor(point.weight, FACTOR_DIGITS)
      : `${texFactor(point.weight, FACTOR_DIGITS)} \\cdot ${texFactor(point.features[j], FACTOR_DIGITS)}`,
  );
  if (!everyPoint) {
    symbols.push('\\cdots', symbolTerm('N'));
    values.push('\\cdots');
  }
  const reg = objective.regularization;
  const l2 = reg.kind === 'l2' && j > 0;
  const penaltySymbol = l2 ? ` + \\lambda ${parameterSymbol(j)}` : '';
  // The penalty's numbers on a row of their own: the sum's row is as wide as the panel allows.
  const penaltyValue = l2
    ? ` \\\\ &\\qquad + ${texSetting(reg.lambda)} \\cdot ${texFactor(theta[j], FACTOR_DIGITS)}`
    : '';
  return (
    `\\begin{aligned} ${partial(j)} &= \\frac{1}{N} \\bigl(${symbols.join(' + ')}\\bigr)${penaltySymbol} \\\\ ` +
    `&= \\frac{1}{${n}} \\bigl(${values.join(' + ')}\\bigr)${penaltyValue} \\\\ ` +
    `&= ${texNumber(derivation.gradient[j])} \\end{aligned}`
  );
}
