/**
 * The check: central differences of J, (J(θ + h e_j) − J(θ − h e_j)) / 2h with
 * h = 10⁻⁶·max(1, |θ_j|), beside the analytic ∇J, and the largest relative difference
 * max_j |∇J_j − FD_j| / max(1, |∇J_j|) (derivationNumbers computes both).
 */
import { formatNumber } from '../../text/format';
import { formula, math, numbers, prose, type Block, type Section } from '../content';
import { texNumber } from '../tex';
import type { StepInput } from './input';
import { parameterSymbol } from './notation';

/** Below this, the two agree as well as rounding allows for a difference quotient. */
const AGREEMENT = 1e-5;

export function finiteDifferenceStep(input: StepInput): Section {
  return {
    id: 'finiteDifference',
    title: 'Check it with finite differences',
    build: () => finiteDifferenceBlocks(input),
  };
}

function finiteDifferenceBlocks({ live }: StepInput): Block[] {
  const { derivation, objective } = live;
  const m = live.theta.length;
  const rows = Array.from(
    { length: m },
    (_, j) =>
      `${parameterSymbol(j)} & ${texNumber(derivation.gradient[j])} & ${texNumber(derivation.finiteDifference[j])}`,
  );
  return [
    prose(
      'Is the algebra right? Nudge each parameter by a small ',
      math('h'),
      ' both ways and measure how ',
      math('J'),
      ' changes, without any formula for the gradient:',
    ),
    formula(
      '\\frac{\\partial J}{\\partial \\theta_j} \\approx \\frac{J(\\theta + h e_j) - J(\\theta - h e_j)}{2h}, \\quad h = 10^{-6} \\max(1, |\\theta_j|)',
    ),
    numbers(
      `\\begin{array}{c|r|r} & \\nabla J \\text{ (formula)} & \\text{differences} \\\\ \\hline ${rows.join(' \\\\ ')} \\end{array}`,
    ),
    prose(agreement(derivation.finiteDifferenceError)),
    ...(objective.regularization.kind === 'l1'
      ? [
          prose(
            'Both leave out the L1 term, whose kink at 0 has no derivative: they are the gradient of the smooth part.',
          ),
        ]
      : []),
  ];
}

/** "Finite differences agree to 3.1 × 10⁻¹⁰ …", or why they do not. */
export function agreement(error: number): string {
  const measure = '(the largest relative difference, |∇J_j − FD_j| / max(1, |∇J_j|)).';
  if (!Number.isFinite(error)) {
    return 'The two cannot be compared here: the numbers have overflowed.';
  }
  return error < AGREEMENT
    ? `Finite differences agree with the formula to ${formatNumber(error, 2)} ${measure}`
    : `Finite differences differ from the formula by ${formatNumber(error, 2)} ${measure} Rounding in J limits how closely a difference quotient can follow the gradient at parameters this large.`;
}
