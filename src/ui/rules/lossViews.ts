/**
 * The losses as the derivation shows them, one entry per id of the engine's (engine/losses.ts): a
 * Record, so a new loss does not compile without the steps and formulas that write it out. Their names on
 * screen are LOSS_NAMES (ui/text/labels.ts), also a Record over the same ids.
 */
import type { LossKind } from '../../engine';
import type { Section } from '../derivation/content';
import type { StepInput } from '../derivation/steps/input';
import {
  crossEntropyCancellationStep,
  squaredErrorCancellationStep,
} from '../derivation/steps/cancellation';
import { likelihoodStep } from '../derivation/steps/likelihood';
import { signFlipStep } from '../derivation/steps/signFlip';
import { squaredErrorLossStep } from '../derivation/steps/squaredErrorLoss';

export interface LossView {
  /** The derivation's steps from the model to the loss J, before the chain rule. */
  derivation(input: StepInput): Section[];
  /** The chain rule's first factor ∂ℓ_i/∂p_i, in TeX. */
  readonly slopeFormula: string;
  /** The same for point i, with its p_i − y_i and p_i(1 − p_i) as TeX numbers. */
  slopeAt(i: number, residual: string, slope: string): string;
  /** The step after σ': what the product of the three factors leaves. */
  cancellation(input: StepInput): Section;
  /** ∇J as a matrix product over all points, in TeX (the penalty's term added after it). */
  readonly gradientVector: string;
}

const dLoss = (i: number | string) => `\\frac{\\partial \\ell_{${i}}}{\\partial p_{${i}}}`;

export const LOSS_VIEWS: Record<LossKind, LossView> = {
  crossEntropy: {
    derivation: (input) => [likelihoodStep(input), signFlipStep(input)],
    slopeFormula: `\\frac{\\partial \\ell_i}{\\partial p_i} = -\\frac{y_i}{p_i} + \\frac{1 - y_i}{1 - p_i} = \\frac{p_i - y_i}{p_i(1 - p_i)}`,
    slopeAt: (i, residual, slope) =>
      `${dLoss(i)} = \\frac{p_{${i}} - y_{${i}}}{p_{${i}}(1 - p_{${i}})} = \\frac{${residual}}{${slope}}`,
    cancellation: crossEntropyCancellationStep,
    gradientVector: '\\frac{1}{N} \\tilde X^\\top (p - y)',
  },
  squaredError: {
    derivation: (input) => [squaredErrorLossStep(input)],
    slopeFormula: `\\frac{\\partial \\ell_i}{\\partial p_i} = p_i - y_i`,
    slopeAt: (i, residual) => `${dLoss(i)} = p_{${i}} - y_{${i}} = ${residual}`,
    cancellation: squaredErrorCancellationStep,
    gradientVector: '\\frac{1}{N} \\tilde X^\\top \\bigl[(p - y) \\odot p \\odot (1 - p)\\bigr]',
  },
};
