/**
 * The step the update rule takes next from the θ shown, the arrow on the loss surface: gradient
 * descent's −η∇J, momentum's −η(βv + ∇J) (its velocity carries the steps before), Newton's
 * −H⁻¹∇J (before its line search halves it, if it must). With the engine's own functions, on the
 * page's copy of the design: Newton's Hessian is m × m, cheap for the few parameters drawn.
 */
import type { Design, Objective, OptimizerSettings } from '../../engine';
import { hessian, newtonDirection } from '../../engine';

export interface RuleStep {
  /** The full step, one entry per parameter (θ_next − θ before any L1 or line search). */
  readonly step: Float64Array;
  /** The step in symbols, for the legend. */
  readonly label: string;
  /** The settings it uses, in words ("η = 0.5, β = 0.9"), or ''. */
  readonly settings: string;
}

export function ruleStep(
  objective: Objective,
  optimizer: OptimizerSettings,
  design: Design | null,
  theta: Float64Array,
  gradient: Float64Array,
  /** Momentum's velocity at θ, when the history has it. */
  velocity: Float64Array | null,
  formatSetting: (value: number) => string,
): RuleStep {
  const m = theta.length;
  const eta = optimizer.learningRate;
  if (optimizer.rule === 'newton' && design && design.p + 1 === m) {
    const { direction } = newtonDirection(hessian(objective, design, theta), m, gradient);
    return {
      step: direction.map((d) => -d),
      label: 'Newton’s step −H⁻¹∇J',
      settings: '(η is not used)',
    };
  }
  if (optimizer.rule === 'momentum') {
    const beta = optimizer.momentum;
    const v = velocity && velocity.length === m ? velocity : new Float64Array(m);
    return {
      step: gradient.map((g, j) => -eta * (beta * v[j] + g)),
      label: 'momentum’s step −η(βv + ∇J), v its velocity',
      settings: `η = ${formatSetting(eta)}, β = ${formatSetting(beta)}`,
    };
  }
  return {
    step: gradient.map((g) => -eta * g),
    label: 'step −η∇J',
    settings: `η = ${formatSetting(eta)}`,
  };
}
