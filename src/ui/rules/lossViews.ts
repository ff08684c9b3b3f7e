/**
 * The losses as the derivation shows them, one entry per id of the engine's (engine/losses.ts): a
 * Record, so a new loss does not compile without the steps that write it out. Their names on
 * screen are LOSS_NAMES (ui/text/labels.ts), also a Record over the same ids.
 */
import type { LossKind } from '../../engine';
import type { Section } from '../derivation/content';
import type { StepInput } from '../derivation/steps/input';
import { likelihoodStep } from '../derivation/steps/likelihood';
import { signFlipStep } from '../derivation/steps/signFlip';
import { squaredErrorLossStep } from '../derivation/steps/squaredErrorLoss';

export interface LossView {
  /** The derivation's steps from the model to the loss J, before the chain rule. */
  derivation(input: StepInput): Section[];
}

export const LOSS_VIEWS: Record<LossKind, LossView> = {
  crossEntropy: { derivation: (input) => [likelihoodStep(input), signFlipStep(input)] },
  squaredError: { derivation: (input) => [squaredErrorLossStep(input)] },
};
