/**
 * What every answer form of "Predict first" shares: when the run counts as seen (it moved on from
 * the answer and is paused or stopped), and the box that says what to do next, then the verdict
 * with its one-line explanation.
 */
import type { Snapshot } from '../../worker/protocol';

/** An answer given at some iteration: the run must move on from there before it is judged. */
export interface Given<T> {
  readonly value: T;
  readonly at: number;
}

/** Whether the run has been seen: moved on since the answer, and paused or stopped. */
export function runSeen(
  snapshot: Snapshot | null,
  given: Given<unknown> | null,
): snapshot is Snapshot {
  return (
    snapshot !== null &&
    given !== null &&
    snapshot.iteration > given.at &&
    (!snapshot.playing || snapshot.stop !== null)
  );
}

export function Result({
  waiting,
  reveal,
  explanation,
}: {
  waiting: string | null;
  reveal: string | null;
  explanation: string | null;
}) {
  return (
    <div className="prediction-result" aria-live="polite">
      {reveal ? (
        <>
          <p className="prediction-verdict">{reveal}</p>
          {explanation && <p className="prediction-explanation">{explanation}</p>}
        </>
      ) : (
        waiting && <p>{waiting}</p>
      )}
    </div>
  );
}
