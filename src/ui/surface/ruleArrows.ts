/**
 * Each update rule's next step from the θ shown, the arrow on the loss surface: gradient descent's
 * −η∇J, momentum's −η(βv + ∇J) (its velocity carries the steps before), Newton's −H⁻¹∇J (before
 * its line search halves it, if it must). With the engine's own functions, on the page's copy of
 * the design: Newton's Hessian is m × m, cheap for the few parameters drawn. The rules' table
 * (ui/rules/ruleViews.ts) says which is whose.
 */
import { hessian, newtonDirection } from '../../engine';
import type { RuleArrowInput, RuleStep } from './ruleStep';

export function gradientArrow({ optimizer, gradient, formatSetting }: RuleArrowInput): RuleStep {
  const eta = optimizer.learningRate;
  return {
    step: gradient.map((g) => -eta * g),
    label: 'step −η∇J',
    settings: `η = ${formatSetting(eta)}`,
  };
}

/** Momentum's auxiliary state is its velocity v, one number per parameter (zeros when unknown). */
export function momentumArrow(input: RuleArrowInput): RuleStep {
  const { optimizer, gradient, aux, formatSetting } = input;
  const m = gradient.length;
  const eta = optimizer.learningRate;
  const beta = optimizer.momentum;
  const v = aux && aux.length === m ? aux : new Float64Array(m);
  return {
    step: gradient.map((g, j) => -eta * (beta * v[j] + g)),
    label: 'momentum’s step −η(βv + ∇J), v its velocity',
    settings: `η = ${formatSetting(eta)}, β = ${formatSetting(beta)}`,
  };
}

export function newtonArrow(input: RuleArrowInput): RuleStep {
  const { objective, design, theta, gradient } = input;
  const m = theta.length;
  // Without the page's design for these parameters, the gradient's arrow rather than none.
  if (!design || design.p + 1 !== m) return gradientArrow(input);
  const { direction } = newtonDirection(hessian(objective, design, theta), m, gradient);
  return {
    step: direction.map((d) => -d),
    label: 'Newton’s step −H⁻¹∇J',
    settings: '(η is not used)',
  };
}
