/**
 * The current numbers in one paragraph of plain words, for screen readers (and anyone who prefers
 * reading to formulas). Names are user text: the paragraph is rendered by React as text.
 */
import { RULE_VIEWS } from '../rules/ruleViews';
import { formatCount, formatNumber } from '../text/format';
import type { LiveNumbers } from './liveNumbers';
import { pointNumber } from './steps/notation';

/** "intercept 0.1, x1 −0.2, x2 0.3". */
function named(names: readonly string[], values: ArrayLike<number>): string {
  return Array.from(values, (v, j) => `${names[j] ?? `θ${j}`} ${formatNumber(v)}`).join(', ');
}

/** θ the next iteration starts from, by the rule in force (null if the numbers are not known). */
export function nextTheta(live: LiveNumbers): Float64Array | null {
  return live.step?.theta ?? null;
}

export function derivationSummary(live: LiveNumbers, names: readonly string[]): string {
  const { derivation, optimizer } = live;
  const { point } = derivation;
  const next = nextTheta(live);
  const sentences = [
    `Iteration ${formatCount(live.iteration)}.`,
    `Loss J(θ) = ${formatNumber(derivation.loss)}.`,
    `Gradient ∇J: ${named(names, derivation.gradient)}; its norm ${formatNumber(derivation.gradientNorm)}.`,
    `Finite differences agree to ${formatNumber(derivation.finiteDifferenceError, 2)}.`,
    `Point ${pointNumber(point.index)} of ${formatCount(derivation.n)}: label y = ${point.y}, z = ${formatNumber(point.z)}, p = ${formatNumber(point.p)}, p − y = ${formatNumber(point.residual)}, p(1 − p) = ${formatNumber(point.slope)}, its error signal in the gradient g = ${formatNumber(point.weight)}.`,
    `Parameters θ: ${named(names, live.theta)}.`,
  ];
  if (next) {
    const rule = RULE_VIEWS[optimizer.rule].nextWith(optimizer);
    const scope = live.fullBatch ? '' : ' (full batch)';
    sentences.push(`Next θ with ${rule}${scope}: ${named(names, next)}.`);
  }
  return sentences.join(' ');
}
