/**
 * What every answer form of "Predict first" shares: when the run counts as seen (it moved on from
 * the answer and is paused or stopped), and the box that says what to do next, then the verdict
 * with its one-line explanation.
 */
import { useEffect, useRef } from 'react';
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
  const ref = useRef<HTMLDivElement>(null);
  // On the stage the question's box scrolls (stage.css) and the verdict comes last in it: when it
  // appears below the box's fold, the box (only the box, never the page) scrolls it into sight.
  useEffect(() => {
    const result = ref.current;
    const box = result?.closest('.guide-question');
    if (!reveal || !result || !box || box.scrollHeight <= box.clientHeight) return;
    const inner = result.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    if (inner.top >= outer.top && inner.bottom <= outer.bottom) return;
    box.scrollTop += inner.top - outer.top;
  }, [reveal]);
  return (
    <div ref={ref} className="prediction-result" aria-live="polite">
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
