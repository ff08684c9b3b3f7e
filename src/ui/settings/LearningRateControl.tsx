import type { OptimizerSettings } from '../../engine';
import type { Landmarks } from '../../worker/analysis';
import { LOSS_NAMES } from '../text/labels';
import { NumberSetting } from './NumberSetting';
import type { Landmark } from './LandmarkMarks';
import { LandmarkMarks } from './LandmarkMarks';
import { LEARNING_RATE_SCALE, trackFraction } from './logScale';
import { formatSetting } from '../text/format';
import { LogSlider } from './LogSlider';

interface LearningRateControlProps {
  value: number;
  /** 2/L0 and 2/L* for the run's loss, data and features (null before the first run is loaded). */
  landmarks: Landmarks | null;
  /** The update rule in force: each has its own landmarks, or none. */
  optimizer?: Pick<OptimizerSettings, 'rule' | 'momentum' | 'batchSize'>;
  onChange: (learningRate: number) => void;
}

const GRADIENT_DESCENT: Pick<OptimizerSettings, 'rule' | 'momentum' | 'batchSize'> = {
  rule: 'gradientDescent',
  momentum: 0,
  batchSize: 0,
};

export interface RuleLandmarks {
  readonly marks: Landmark[];
  /** What does not apply, or what the marks are for, in a plain sentence; '' when all is said. */
  readonly note: string;
}

/**
 * The landmarks in words (docs/design.md), the rule's and the loss's own: full-batch gradient
 * descent's 2/L0 and 2/L* for the run's loss; momentum's limit 2(1 + β)/L* (its guarantee below
 * 2/L0 does not carry over); none for Newton's method, which does not use η.
 */
export function learningRateLandmarks(
  landmarks: Landmarks | null,
  optimizer: Pick<OptimizerSettings, 'rule' | 'momentum' | 'batchSize'> = GRADIENT_DESCENT,
): RuleLandmarks {
  if (optimizer.rule === 'newton') {
    return {
      marks: [],
      note: 'Newton’s method steps by −H⁻¹∇J and does not use η: no learning-rate landmark applies.',
    };
  }
  if (!landmarks) return { marks: [], note: '' };
  const loss = LOSS_NAMES[landmarks.loss];
  const noLimit =
    landmarks.convergenceLimit === null ? ' There is no 2/L* here: the loss has no optimum.' : '';
  if (optimizer.rule === 'momentum') {
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
      note: `Momentum: 2/L0 does not apply (its guarantee is plain gradient descent’s).${noLimit}`,
    };
  }
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
  return { marks, note: `${noLimit}${miniBatch}`.trim() };
}

/**
 * η as a log slider from 1e-4 to 100 with the rule's and the loss's own landmarks, and as a number
 * field: both labelled "Learning rate". Changes apply to the run as it goes.
 */
export function LearningRateControl({
  value,
  landmarks,
  optimizer = GRADIENT_DESCENT,
  onChange,
}: LearningRateControlProps) {
  const ruled = learningRateLandmarks(landmarks, optimizer);
  const { marks } = ruled;
  // A mark beyond the slider's ends is said in words, never silently left out.
  const beyond = marks
    .filter((mark) => trackFraction(LEARNING_RATE_SCALE, mark.value) === null)
    .map(
      (mark) =>
        `${mark.name} = ${formatSetting(mark.value, 4)} lies beyond the slider (type η in the field).`,
    );
  const note = [ruled.note, ...beyond].filter((text) => text !== '').join(' ');
  return (
    <div className="learning-rate">
      <LogSlider
        label="Learning rate"
        scale={LEARNING_RATE_SCALE}
        value={value}
        onChange={onChange}
      >
        <LandmarkMarks scale={LEARNING_RATE_SCALE} landmarks={marks} onPick={onChange} />
      </LogSlider>
      <NumberSetting label="Learning rate" value={value} limit="learningRate" onCommit={onChange} />
      {/* Always there, one line high: a note coming or going never moves the controls. */}
      <p className="landmark-note" title={note || undefined}>
        {note}
      </p>
    </div>
  );
}
