/**
 * Each update rule's learning-rate landmarks, in words (docs/design.md): full-batch gradient
 * descent's 2/L0 and 2/L* for the run's loss; momentum's limit 2(1 + β)/L* (its guarantee below
 * 2/L0 does not carry over); none for Newton's method, which does not use η. The rules' table
 * (ui/rules/ruleViews.ts) says which is whose.
 */
import type { OptimizerSettings } from '../../engine';
import type { Landmarks } from '../../worker/analysis';
import { LOSS_NAMES } from '../text/labels';
import type { Landmark } from './LandmarkMarks';

export interface RuleLandmarks {
  readonly marks: Landmark[];
  /** What does not apply, or what the marks are for, in a plain sentence; '' when all is said. */
  readonly note: string;
}

/** What a rule's landmarks may depend on. */
export type LandmarkSettings = Pick<OptimizerSettings, 'rule' | 'momentum' | 'batchSize'>;

/** Said when the loss has no optimum, so no 2/L*. */
const noLimitNote = (landmarks: Landmarks) =>
  landmarks.convergenceLimit === null ? ' There is no 2/L* here: the loss has no optimum.' : '';

export function gradientDescentLandmarks(
  landmarks: Landmarks | null,
  optimizer: LandmarkSettings,
): RuleLandmarks {
  if (!landmarks) return { marks: [], note: '' };
  const loss = LOSS_NAMES[landmarks.loss];
  const marks: Landmark[] = [
    {
      name: '2/L0',
      value: landmarks.descentGuaranteed,
      meaning: `below it, every full-batch step of gradient descent lowers the ${loss}.`,
    },
  ];
  if (landmarks.convergenceLimit !== null) {
    marks.push({
      name: '2/L*',
      value: landmarks.convergenceLimit,
      meaning: `beyond it, gradient descent on the ${loss} cannot converge: it oscillates, every other step or in a longer or irregular pattern (bounded without an L2 term, which may make it diverge). Between the two marks the loss may rise on some steps and still converge.`,
    });
  }
  const miniBatch =
    optimizer.batchSize > 0
      ? ' The marks are the full batch’s: a mini-batch step follows a noisy gradient and may raise the loss below 2/L0 too.'
      : '';
  return { marks, note: `${noLimitNote(landmarks)}${miniBatch}`.trim() };
}

export function momentumLandmarks(
  landmarks: Landmarks | null,
  optimizer: LandmarkSettings,
): RuleLandmarks {
  if (!landmarks) return { marks: [], note: '' };
  const loss = LOSS_NAMES[landmarks.loss];
  const beta = optimizer.momentum;
  const marks: Landmark[] =
    landmarks.convergenceLimit === null
      ? []
      : [
          {
            name: '2(1+β)/L*',
            value: (1 + beta) * landmarks.convergenceLimit,
            meaning: `beyond it, momentum (β = ${beta}) cannot converge on the ${loss}: near the optimum each swing grows.`,
          },
        ];
  return {
    marks,
    note: `Momentum: 2/L0 does not apply (its guarantee is plain gradient descent’s).${noLimitNote(landmarks)}`,
  };
}

export function newtonLandmarks(): RuleLandmarks {
  return {
    marks: [],
    note: 'Newton’s method steps by −H⁻¹∇J and does not use η: no learning-rate landmark applies.',
  };
}
