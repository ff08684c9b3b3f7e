/**
 * The update under Newton's method: H = ∇²J = (1/N) Σ p_i(1 − p_i) φ̃_i φ̃_iᵀ = X̃ᵀSX̃/N with
 * S = diag(p_i(1 − p_i)) (+ λ·diag(0, 1, …, 1) for L2), Δ = H⁻¹∇J (by solving HΔ = ∇J, with damping μ if H is singular), θ ← θ − tΔ with t from
 * the line search. The numbers are the optimizer's own step from this θ.
 */
import { formatCount, formatNumber } from '../../text/format';
import { formula, math, note, numbers, prose, type Block, type Section } from '../content';
import { FACTOR_DIGITS, texColumn, texMatrix, texSetting, texSymbolColumn } from '../tex';
import { PENALTY_VIEWS } from '../../rules/penaltyViews';
import type { StepInput } from './input';
import { parameterSymbols } from './notation';

/** Entries of H below this fraction of its largest are written 0 (rounding noise). */
const NEGLIGIBLE = 1e-12;

/** Up to this many parameters H is shown in full; beyond, its size and extreme eigenvalues. */
const SHOWN_HESSIAN_SIZE = 3;

export function newtonStep(input: StepInput): Section {
  return {
    id: 'update',
    title: 'Newton’s step: use the curvature',
    build: () => newtonBlocks(input),
  };
}

function newtonBlocks({ live }: StepInput): Block[] {
  const reg = live.objective.regularization;
  const l2 = PENALTY_VIEWS[reg.kind].hessianTerm;
  const blocks: Block[] = [
    prose(
      'Newton’s method uses the second derivatives too. At θ it fits a quadratic bowl to ',
      math('J'),
      ', whose curvature is the Hessian ',
      math('H'),
      ', and jumps to the bowl’s bottom:',
    ),
    formula(
      `H = \\nabla^2 J(\\theta) = \\frac{1}{N} \\sum_{i=1}^{N} p_i(1 - p_i)\\, \\tilde\\varphi_i \\tilde\\varphi_i^\\top${l2} = \\frac{1}{N} \\tilde X^\\top S \\tilde X${l2}`,
    ),
    formula('\\theta \\leftarrow \\theta - H^{-1} \\nabla J(\\theta)'),
    prose(
      'Each point’s curvature is the sigmoid’s slope ',
      math('p_i(1 - p_i)'),
      ' again, never negative; with ',
      math('S = \\operatorname{diag}(p_i(1 - p_i))'),
      ' and the rows of ',
      math('\\tilde X'),
      ' the ',
      math('\\tilde\\varphi_i^\\top'),
      ', solving for the step is a weighted least-squares problem, hence the name iteratively reweighted least squares (IRLS). ',
      math('H'),
      ' is positive semidefinite, so the cross-entropy is convex. That is not yet a bottom: the bowl has a single bottom only where ',
      math('H'),
      ' is positive definite, and ',
      math('J'),
      ' itself has none on separable data, where it keeps falling towards 0. ',
      'In practice ',
      math('\\Delta = H^{-1}\\nabla J'),
      ' comes from solving ',
      math('H\\Delta = \\nabla J'),
      ', and a line search shortens the step to ',
      math('\\theta - t\\Delta'),
      ' if the full one would not lower ',
      math('J'),
      '.',
      reg.kind === 'l2' ? ' The L2 term adds λ to the weights’ diagonal, not the bias’s.' : '',
    ),
  ];
  const { newton } = live;
  if (!newton) {
    blocks.push(note('Newton’s method cannot run with these settings.'));
    return blocks;
  }
  const m = live.theta.length;
  const smallest = formatNumber(newton.eigenvalues[0]);
  const largest = formatNumber(newton.eigenvalues[m - 1]);
  if (m <= SHOWN_HESSIAN_SIZE) {
    const negligible = NEGLIGIBLE * newton.hessian.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
    const rounded = newton.hessian.some((v) => v !== 0 && Math.abs(v) <= negligible);
    blocks.push(
      prose('This iteration:'),
      numbers(`H = ${texMatrix(newton.hessian, m, FACTOR_DIGITS, negligible)}`),
      prose(
        `Its eigenvalues run from ${smallest} to ${largest}.`,
        rounded
          ? ' Entries below 10⁻¹² of the largest are rounding noise around an exact 0 and are written 0.'
          : '',
      ),
    );
  } else {
    blocks.push(
      prose(
        `This iteration H is ${m} × ${m}; its eigenvalues run from ${smallest} (the flattest direction) to ${largest} (the steepest).`,
      ),
    );
  }
  const { direction, damping, stepLength } = newton.info;
  const t = texSetting(stepLength);
  blocks.push(
    numbers(
      `\\begin{aligned} \\Delta &= H^{-1} \\nabla J = ${texColumn(direction)} \\\\ ` +
        `${texSymbolColumn(parameterSymbols(m))} &\\leftarrow ${texColumn(live.theta)} - ${t} \\cdot \\Delta \\\\ ` +
        `&= ${texColumn(newton.next)} \\end{aligned}`,
    ),
  );
  if (damping > 0) {
    blocks.push(
      note(
        `H is singular here (the classes can be separated, or a feature is constant), so μ = ${formatNumber(damping)} was added to its diagonal: `,
        math('\\Delta = (H + \\mu I)^{-1} \\nabla J'),
        '.',
      ),
    );
  }
  blocks.push(
    note(
      stepLength === 1
        ? `The full step lowers J (t = 1). Iteration ${formatCount(live.iteration + 1)} starts from this θ.`
        : stepLength > 0
          ? `The full step would not lower J; the line search took t = ${formatNumber(stepLength)}. Iteration ${formatCount(live.iteration + 1)} starts from this θ.`
          : 'No step along Δ lowers J any more: θ stays where it is.',
    ),
  );
  return blocks;
}
