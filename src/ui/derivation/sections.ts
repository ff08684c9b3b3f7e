/**
 * The derivation as a list of steps, chosen by the objective and the update rule:
 *
 *   cross-entropy   model → likelihood → sign flip → chain rule → σ' → what cancels
 *                   → all points at once → finite differences → the step
 *   squared error   model → the loss → chain rule → σ' → what does not cancel
 *                   → all points at once → finite differences → the step
 *
 * the loss's own steps from its table (ui/rules/lossViews.ts), and the step the update rule's
 * own (ui/rules/ruleViews.ts).
 */
import type { Section } from './content';
import { chainRuleStep } from './steps/chainRule';
import { finiteDifferenceStep } from './steps/finiteDifference';
import { LOSS_VIEWS } from '../rules/lossViews';
import { RULE_VIEWS } from '../rules/ruleViews';
import type { StepInput } from './steps/input';
import { modelStep } from './steps/model';
import { sigmoidSlopeStep } from './steps/sigmoidSlope';
import { vectorizedStep } from './steps/vectorized';

export type { StepInput } from './steps/input';

export function derivationSections(input: StepInput): Section[] {
  const { objective, optimizer } = input.live;
  return [
    modelStep(input),
    ...LOSS_VIEWS[objective.loss].derivation(input),
    chainRuleStep(input),
    sigmoidSlopeStep(input),
    LOSS_VIEWS[objective.loss].cancellation(input),
    vectorizedStep(input),
    finiteDifferenceStep(input),
    RULE_VIEWS[optimizer.rule].derivation(input),
  ];
}

/** The steps open when the panel first shows: the model and the first step of the loss. */
export const INITIALLY_OPEN: readonly string[] = ['model', 'likelihood'];
