/**
 * Step 1, the model: z_i = w·φ(x_i) + b = θᵀφ̃_i, p_i = σ(z_i) = 1/(1 + e^{−z_i}); with the
 * highlighted point's φ̃_i, y_i, z_i and p_i.
 */
import { formula, liveMath, math, numbers, prose, type Block, type Section } from '../content';
import { FACTOR_DIGITS, texFactor, texNumber, texText, texTuple } from '../tex';
import type { StepInput } from './input';
import { featureSymbol, parameterSymbol, pointNumber } from './notation';

/** Up to this many parameters, z_i is written out term by term. */
const WRITTEN_OUT_PARAMETERS = 4;

export function modelStep(input: StepInput): Section {
  return {
    id: 'model',
    title: 'The model: a score, then a probability',
    build: () => modelBlocks(input),
  };
}

function modelBlocks({ live, names, standardized }: StepInput): Block[] {
  const { point } = live.derivation;
  const i = pointNumber(point.index);
  const m = live.theta.length;
  const featureNames = names.slice(1).map(texText).join(',\\allowbreak\\ ');
  const blocks: Block[] = [
    prose(
      'Each point ',
      math('i'),
      ' has features ',
      math('\\varphi(x_i)'),
      ' and a label ',
      math('y_i \\in \\{0, 1\\}'),
      '. The model scores it with a weighted sum and squashes the score into a probability:',
    ),
    formula(
      '\\begin{aligned} z_i &= w \\cdot \\varphi(x_i) + b = \\theta^\\top \\tilde\\varphi_i \\\\ ' +
        'p_i &= \\sigma(z_i) = \\frac{1}{1 + e^{-z_i}} \\end{aligned}',
    ),
    prose(
      'with ',
      math('\\theta = (b, w_1, \\dots, w_d)'),
      ' and ',
      math('\\tilde\\varphi_i = (1, \\varphi_{i,1}, \\dots, \\varphi_{i,d})'),
      ' for ',
      math('d'),
      ' features: the bias is the weight of a constant 1. Here ',
      math(`\\varphi(x) = (${featureNames})`),
      standardized ? ', each standardized to mean 0 and standard deviation 1.' : '.',
    ),
    prose(
      `Point ${i} of ${live.derivation.n}: `,
      liveMath(`\\tilde\\varphi_{${i}} = ${texTuple(point.features, FACTOR_DIGITS)}`),
      ', ',
      math(`y_{${i}} = ${point.y}`),
      '.',
    ),
  ];

  const lines: string[] = [];
  if (m <= WRITTEN_OUT_PARAMETERS) {
    const symbols = Array.from({ length: m }, (_, j) =>
      j === 0 ? 'b' : `${parameterSymbol(j)}${featureSymbol(i, j)}`,
    );
    const values = Array.from({ length: m }, (_, j) =>
      j === 0
        ? texNumber(live.theta[0], FACTOR_DIGITS)
        : `${texFactor(live.theta[j], FACTOR_DIGITS)} \\cdot ${texFactor(point.features[j], FACTOR_DIGITS)}`,
    );
    lines.push(`z_{${i}} &= ${symbols.join(' + ')}`, `&= ${values.join(' + ')}`);
    lines.push(`&= ${texNumber(point.z)}`);
  } else {
    lines.push(`z_{${i}} &= \\theta^\\top \\tilde\\varphi_{${i}} = ${texNumber(point.z)}`);
  }
  lines.push(`p_{${i}} &= \\sigma(z_{${i}}) = ${texNumber(point.p)}`);
  blocks.push(numbers(`\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`));
  return blocks;
}
