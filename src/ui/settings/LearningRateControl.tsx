import type { Landmarks } from '../../worker/analysis';
import { NumberSetting } from './NumberSetting';
import type { Landmark } from './LandmarkMarks';
import { LandmarkMarks } from './LandmarkMarks';
import { LEARNING_RATE_SCALE } from './logScale';
import { LogSlider } from './LogSlider';

interface LearningRateControlProps {
  value: number;
  /** 2/L0 and 2/L* for the current data and features (null before the first run is loaded). */
  landmarks: Landmarks | null;
  onChange: (learningRate: number) => void;
}

/** The landmarks in words (docs/design.md): what each critical learning rate means. */
export function learningRateLandmarks(landmarks: Landmarks | null): Landmark[] {
  if (!landmarks) return [];
  const marks: Landmark[] = [
    {
      name: '2/L0',
      value: landmarks.descentGuaranteed,
      meaning: 'below it, every step of gradient descent lowers the loss.',
    },
  ];
  if (landmarks.convergenceLimit !== null) {
    marks.push({
      name: '2/L*',
      value: landmarks.convergenceLimit,
      meaning:
        'beyond it, gradient descent cannot converge: it oscillates, every other step or in a longer or irregular pattern (bounded without an L2 term, which may make it diverge). Between the two marks the loss may rise on some steps and still converge.',
    });
  }
  return marks;
}

/**
 * η as a log slider from 1e-4 to 100 with the marks 2/L0 and 2/L*, and as a number field: both
 * labelled "Learning rate". Changes apply to the run as it goes.
 */
export function LearningRateControl({ value, landmarks, onChange }: LearningRateControlProps) {
  return (
    <div className="learning-rate">
      <LogSlider
        label="Learning rate"
        scale={LEARNING_RATE_SCALE}
        value={value}
        onChange={onChange}
      >
        <LandmarkMarks
          scale={LEARNING_RATE_SCALE}
          landmarks={learningRateLandmarks(landmarks)}
          onPick={onChange}
        />
      </LogSlider>
      <NumberSetting label="Learning rate" value={value} limit="learningRate" onCommit={onChange} />
    </div>
  );
}
