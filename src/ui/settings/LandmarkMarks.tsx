import { useId } from 'react';
import { formatNumber } from '../text/format';
import type { LogScale } from './logScale';
import { trackFraction } from './logScale';

export interface Landmark {
  /** Short name on the track: "2/L0". */
  readonly name: string;
  readonly value: number;
  /** What crossing it means, shown on hover and focus and read by screen readers. */
  readonly meaning: string;
}

interface LandmarkMarksProps {
  scale: LogScale;
  landmarks: readonly Landmark[];
  /** Setting η to a landmark's value (a click or Enter on the mark). */
  onPick: (value: number) => void;
}

/**
 * Marks on a log slider's track at the critical learning rates. Each is a small button: focus or
 * hover shows what it means, a click sets η to it, so users can cross it and watch.
 */
export function LandmarkMarks({ scale, landmarks, onPick }: LandmarkMarksProps) {
  const baseId = useId();
  return (
    <div className="landmarks">
      {landmarks.map((landmark, index) => {
        const fraction = trackFraction(scale, landmark.value);
        if (fraction === null) return null;
        const tipId = `${baseId}-${index}`;
        return (
          <span
            key={landmark.name}
            // Alternate marks stand above the track, so close landmarks' names never overlap.
            className={index % 2 === 1 ? 'landmark landmark-above' : 'landmark'}
            style={{ left: `calc(${fraction} * (100% - 1rem) + 0.5rem)` }}
          >
            <button
              type="button"
              className="landmark-mark"
              aria-describedby={tipId}
              onClick={() => onPick(Number(landmark.value.toPrecision(3)))}
            >
              {landmark.name}
            </button>
            <span id={tipId} role="tooltip" className="landmark-tip">
              {landmark.name} = {formatNumber(landmark.value)}: {landmark.meaning}
            </span>
          </span>
        );
      })}
    </div>
  );
}
