/**
 * The "Predict first" box's controls: mark a guess on the loss surface, then see how close it was
 * once the run has moved on.
 */
import { formatNumber } from '../text/format';
import type { Snapshot } from '../../worker/protocol';
import type { Prediction } from './usePrediction';
import { distance } from './usePrediction';

interface PredictionControlsProps {
  readonly prediction: Prediction;
  readonly snapshot: Snapshot | null;
  /** False when the loss surface is hidden: there is nowhere to mark a guess. */
  readonly surfaceShown: boolean;
}

export function PredictionControls({
  prediction,
  snapshot,
  surfaceShown,
}: PredictionControlsProps) {
  const { armed, guess, from } = prediction;
  if (!surfaceShown) return null;
  let result: string | null = null;
  if (guess && from && snapshot && snapshot.theta.length === guess.length) {
    const steps = snapshot.iteration - from.iteration;
    if (steps <= 0) {
      result = 'Your guess is marked on the loss surface (the hollow diamond). Now step or play.';
    } else {
      const moved = distance(snapshot.theta, from.theta);
      const off = distance(snapshot.theta, guess);
      result =
        `After ${steps} ${steps === 1 ? 'iteration' : 'iterations'} the weights moved ` +
        `${formatNumber(moved)} from where they were; your guess is ${formatNumber(off)} from ` +
        `where they are now${moved > 0 && off < moved / 2 ? ': close.' : '.'}`;
    }
  }
  return (
    <div className="prediction">
      {armed ? (
        <>
          <p>
            Click or drag on the loss surface where you expect the weights to go (Shift with the
            arrow keys on the focused surface moves the guess), then step or play.
          </p>
          <button type="button" className="button button-small" onClick={prediction.cancel}>
            Done marking
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" onClick={prediction.arm}>
          {guess ? 'Move your guess' : 'Mark your guess on the loss surface'}
        </button>
      )}
      {guess && !armed && (
        <button type="button" className="button button-small" onClick={prediction.clear}>
          Clear the guess
        </button>
      )}
      <p className="prediction-result" aria-live="polite">
        {result}
      </p>
    </div>
  );
}
