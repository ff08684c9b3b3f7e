/**
 * The update rules as the page shows them, one entry per rule of the engine's table
 * (engine/updateRules.ts, which says what each computes, which settings it reads and what it can
 * run with). A Record over the engine's ids: a new rule does not compile until it has its name,
 * its derivation section, its learning-rate landmarks and its arrow on the loss surface here.
 *
 * The settings form, the compare choices and the link read the settings a rule uses from the
 * engine's table; nothing else names a rule.
 */
import type { OptimizerSettings, UpdateRule } from '../../engine';
import type { Landmarks } from '../../worker/analysis';
import type { Section } from '../derivation/content';
import type { StepInput } from '../derivation/steps/input';
import { newtonStep } from '../derivation/steps/newton';
import { gradientUpdateStep, momentumUpdateStep } from '../derivation/steps/update';
import type { LandmarkSettings, RuleLandmarks } from '../settings/ruleLandmarks';
import {
  gradientDescentLandmarks,
  momentumLandmarks,
  newtonLandmarks,
} from '../settings/ruleLandmarks';
import { gradientArrow, momentumArrow, newtonArrow } from '../surface/ruleArrows';
import type { RuleArrowInput, RuleStep } from '../surface/ruleStep';
import { formatSetting } from '../text/format';

export interface RuleView {
  /** Its name on screen: the optimizer menu, the compare runs' labels. */
  readonly name: string;
  /** The derivation's last section: how it steps, with this iteration's numbers. */
  derivation(input: StepInput): Section;
  /** How the derivation's summary in words says what the next θ comes from. */
  nextWith(optimizer: OptimizerSettings): string;
  /** The marks on the learning-rate slider, and what they mean for it. */
  landmarks(landmarks: Landmarks | null, optimizer: LandmarkSettings): RuleLandmarks;
  /** Its next step from θ on the loss surface. */
  arrow(input: RuleArrowInput): RuleStep;
}

const withLearningRate = (optimizer: OptimizerSettings) =>
  `learning rate η = ${formatSetting(optimizer.learningRate)}`;

export const RULE_VIEWS: Record<UpdateRule, RuleView> = {
  gradientDescent: {
    name: 'gradient descent',
    derivation: gradientUpdateStep,
    nextWith: withLearningRate,
    landmarks: gradientDescentLandmarks,
    arrow: gradientArrow,
  },
  momentum: {
    name: 'momentum',
    derivation: momentumUpdateStep,
    nextWith: withLearningRate,
    landmarks: momentumLandmarks,
    arrow: momentumArrow,
  },
  newton: {
    name: 'Newton’s method',
    derivation: newtonStep,
    nextWith: () => 'Newton’s step',
    landmarks: newtonLandmarks,
    arrow: newtonArrow,
  },
};
