/**
 * The derivation as a list of steps, chosen by the objective and the update rule:
 *
 *   cross-entropy   model → likelihood → sign flip → chain rule → σ' → what cancels
 *                   → all points at once → finite differences → the step
 *   squared error   model → the loss → chain rule → σ' → what does not cancel
 *                   → all points at once → finite differences → the step
 *
 * and the step is Newton's under Newton's method.
 */
import type { Section } from './content';
import { cancellationStep } from './steps/cancellation';
import { chainRuleStep } from './steps/chainRule';
import { finiteDifferenceStep } from './steps/finiteDifference';
import type { StepInput } from './steps/input';
import { likelihoodStep } from './steps/likelihood';
import { modelStep } from './steps/model';
import { newtonStep } from './steps/newton';
import { sigmoidSlopeStep } from './steps/sigmoidSlope';
import { signFlipStep } from './steps/signFlip';
import { squaredErrorLossStep } from './steps/squaredErrorLoss';
import { updateStep } from './steps/update';
import { vectorizedStep } from './steps/vectorized';

export type { StepInput } from './steps/input';

export function derivationSections(input: StepInput): Section[] {
  const { objective, optimizer } = input.live;
  const loss =
    objective.loss === 'crossEntropy'
      ? [likelihoodStep(input), signFlipStep(input)]
      : [squaredErrorLossStep(input)];
  return [
    modelStep(input),
    ...loss,
    chainRuleStep(input),
    sigmoidSlopeStep(input),
    cancellationStep(input),
    vectorizedStep(input),
    finiteDifferenceStep(input),
    optimizer.rule === 'newton' ? newtonStep(input) : updateStep(input),
  ];
}

/** The steps open when the panel first shows: the model and the first step of the loss. */
export const INITIALLY_OPEN: readonly string[] = ['model', 'likelihood'];
