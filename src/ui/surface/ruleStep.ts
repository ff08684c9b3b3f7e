/**
 * The step the update rule takes next from the θ shown, the arrow on the loss surface: each rule's
 * own (surface/ruleArrows.ts), looked up in the rules' table.
 */
import type { Design, Objective, OptimizerSettings } from '../../engine';
import { RULE_VIEWS } from '../rules/ruleViews';

export interface RuleStep {
  /** The full step, one entry per parameter (θ_next − θ before any L1 or line search). */
  readonly step: Float64Array;
  /** The step in symbols, for the legend. */
  readonly label: string;
  /** The settings it uses, in words ("η = 0.5, β = 0.9"), or ''. */
  readonly settings: string;
}

export interface RuleArrowInput {
  readonly objective: Objective;
  readonly optimizer: OptimizerSettings;
  readonly design: Design | null;
  readonly theta: Float64Array;
  readonly gradient: Float64Array;
  /** The rule's auxiliary state at θ (momentum's velocity), when the history has it. */
  readonly aux: Float64Array | null;
  readonly formatSetting: (value: number) => string;
}

export function ruleStep(
  objective: Objective,
  optimizer: OptimizerSettings,
  design: Design | null,
  theta: Float64Array,
  gradient: Float64Array,
  aux: Float64Array | null,
  formatSetting: (value: number) => string,
): RuleStep {
  return RULE_VIEWS[optimizer.rule].arrow({
    objective,
    optimizer,
    design,
    theta,
    gradient,
    aux,
    formatSetting,
  });
}
