import { DEFAULT_CONFIG } from '../../state/config';
import type { Landmarks } from '../../worker/analysis';
import { RULE_VIEWS } from '../rules/ruleViews';
import { NumberSetting } from './NumberSetting';
import { LandmarkMarks } from './LandmarkMarks';
import type { LandmarkSettings, RuleLandmarks } from './ruleLandmarks';
import { LEARNING_RATE_SCALE, trackFraction } from './logScale';
import { formatSetting } from '../text/format';
import { LogSlider } from './LogSlider';

interface LearningRateControlProps {
  value: number;
  /** 2/L0 and 2/L* for the run's loss, data and features (null before the first run is loaded). */
  landmarks: Landmarks | null;
  /** The update rule in force: each has its own landmarks, or none. */
  optimizer?: LandmarkSettings;
  onChange: (learningRate: number) => void;
}

/** Without a rule given, the default configuration's. */
const DEFAULT_OPTIMIZER: LandmarkSettings = DEFAULT_CONFIG.optimizer;

/** The landmarks of the rule in force, from the rules' table. */
export function learningRateLandmarks(
  landmarks: Landmarks | null,
  optimizer: LandmarkSettings = DEFAULT_OPTIMIZER,
): RuleLandmarks {
  return RULE_VIEWS[optimizer.rule].landmarks(landmarks, optimizer);
}

/**
 * η as a log slider from 1e-4 to 100 with the rule's and the loss's own landmarks, and as a number
 * field: both labelled "Learning rate". Changes apply to the run as it goes.
 */
export function LearningRateControl({
  value,
  landmarks,
  optimizer = DEFAULT_OPTIMIZER,
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
