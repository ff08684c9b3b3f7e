/**
 * The live part shared by the two loss steps: J(θ) at this iteration, with the penalty's share
 * when there is one, and the highlighted point's own loss ℓ_i.
 */
import { numbers, type Block } from '../content';
import { texNumber } from '../tex';
import type { StepInput } from './input';
import { penaltyTerm, pointNumber } from './notation';

/** `pointLoss(i)` writes ℓ_i for point i with its numbers, up to the value. */
export function lossValueBlocks({ live }: StepInput, pointLoss: (i: number) => string): Block[] {
  const { derivation, objective } = live;
  const i = pointNumber(derivation.point.index);
  const reg = objective.regularization;
  const lines = [`J(\\theta) &= ${texNumber(derivation.loss)}`];
  if (reg.kind !== 'none') {
    // penaltyTerm starts with " + ": the penalty alone, without the plus, in text-size fractions.
    const term = penaltyTerm(reg).slice(3).replace('\\frac', '\\tfrac');
    lines.push(`${term} &= ${texNumber(live.penalty)}`);
  }
  lines.push(`\\ell_{${i}} &= ${pointLoss(i)} = ${texNumber(derivation.point.loss)}`);
  return [numbers(`\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`)];
}
