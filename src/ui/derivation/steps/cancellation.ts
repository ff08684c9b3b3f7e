/**
 * Step 6, the product of the chain rule's factors.
 *
 *   cross-entropy:  ∂ℓ_i/∂w_j = (p_i − y_i)/(p_i(1 − p_i)) · p_i(1 − p_i) · φ_{i,j} = (p_i − y_i) φ_{i,j}
 *   squared error:  ∂ℓ_i/∂w_j = (p_i − y_i) · p_i(1 − p_i) · φ_{i,j}   (nothing cancels; the factor
 *                   p(1 − p) ≤ 1/4 stays, highlighted, and vanishes for confidently wrong points)
 *
 * Either way g_i is the point's error (its error signal, under squared error), and its term g_i φ̃_i.
 * Not its "weight": the weights are w.
 */
import {
  formula,
  liveMath,
  math,
  note,
  numbers,
  prose,
  type Block,
  type Section,
} from '../content';
import { formatNumber } from '../../text/format';
import { FACTOR_DIGITS, texHighlight, texNumber, texTuple } from '../tex';
import type { StepInput } from './input';
import { pointNumber } from './notation';

/** A point is confidently wrong when |p − y| exceeds this: p beyond 0.9 on the wrong side. */
const CONFIDENTLY_WRONG = 0.9;

/** Under the cross-entropy (the losses' table, ui/rules/lossViews.ts, says which is whose). */
export function crossEntropyCancellationStep(input: StepInput): Section {
  return { id: 'cancellation', title: 'What cancels', build: () => crossEntropyBlocks(input) };
}

export function squaredErrorCancellationStep(input: StepInput): Section {
  return {
    id: 'cancellation',
    title: 'What does not cancel',
    build: () => squaredErrorBlocks(input),
  };
}

function crossEntropyBlocks(input: StepInput): Block[] {
  const { point } = input.live.derivation;
  const i = pointNumber(point.index);
  return [
    prose('Multiply the three factors. The sigmoid’s slope cancels the denominator of the loss’s:'),
    formula(
      '\\begin{aligned} \\frac{\\partial \\ell_i}{\\partial w_j} &= \\frac{p_i - y_i}{\\cancel{p_i(1 - p_i)}} \\cdot \\cancel{p_i(1 - p_i)} \\cdot \\varphi_{i,j} \\\\ &= (p_i - y_i)\\, \\varphi_{i,j} \\end{aligned}',
    ),
    prose(
      'What is left is the error times the input: a point pulls on each weight in proportion to how wrong its probability is. Call ',
      math('g_i = p_i - y_i'),
      ' the point’s error; its term in the gradient is ',
      math('g_i \\tilde\\varphi_i'),
      ' (the bias’s entry is ',
      math('g_i'),
      ' itself).',
    ),
    note(
      'With the identity in place of the sigmoid and squared error, linear regression’s gradient comes out the same: ',
      math('(\\text{prediction} - \\text{target})\\, \\varphi(x)'),
      '. One rule for both models.',
    ),
    numbers(
      `g_{${i}} = p_{${i}} - y_{${i}} = ${texNumber(point.p)} - ${point.y} = ${texNumber(point.residual)}`,
    ),
    termProse(input),
  ];
}

function squaredErrorBlocks(input: StepInput): Block[] {
  const { point } = input.live.derivation;
  const i = pointNumber(point.index);
  const box = (tex: string) => texHighlight(tex, input.colors);
  const blocks: Block[] = [
    prose('Multiply the three factors. This time nothing cancels the sigmoid’s slope:'),
    formula(
      `\\frac{\\partial \\ell_i}{\\partial w_j} = (p_i - y_i) \\cdot ${box('p_i(1 - p_i)')} \\cdot \\varphi_{i,j}`,
    ),
    prose(
      'The framed factor is at most ',
      math('\\tfrac14'),
      ', so every point pulls at most a quarter as hard as under the cross-entropy. Worse, it vanishes where ',
      math('p'),
      ' is near 0 or 1: a confidently wrong point (',
      math('p \\approx 1'),
      ' with ',
      math('y = 0'),
      ', or the reverse) barely pulls at all, just where the error is largest. Gradient descent slows down, and the loss surface is no longer convex.',
    ),
    prose(
      'Its error signal, what it contributes to the gradient per unit of input, is ',
      math('g_i = (p_i - y_i)\\, p_i(1 - p_i)'),
      '. For point ',
      `${i}`,
      ':',
    ),
    numbers(
      `\\begin{aligned} g_{${i}} &= (p_{${i}} - y_{${i}}) \\cdot ${box(`p_{${i}}(1 - p_{${i}})`)} \\\\ ` +
        `&= (${texNumber(point.residual)}) \\cdot ${box(texNumber(point.slope))} \\\\ ` +
        `&= ${texNumber(point.weight)} \\end{aligned}`,
    ),
    termProse(input),
  ];
  if (Math.abs(point.residual) > CONFIDENTLY_WRONG) {
    blocks.push(
      note(
        `Point ${i} is confidently wrong (p = ${formatNumber(point.p)}, y = ${point.y}): its factor `,
        math('p(1 - p)'),
        ` = ${formatNumber(point.slope)} all but silences it.`,
      ),
    );
  }
  return blocks;
}

/** The highlighted point's term g_i φ̃_i. */
function termProse({ live }: StepInput): Block {
  const { point } = live.derivation;
  const i = pointNumber(point.index);
  return prose(
    'Its term: ',
    liveMath(`g_{${i}} \\tilde\\varphi_{${i}} = ${texTuple(point.term, FACTOR_DIGITS)}`),
    '.',
  );
}
