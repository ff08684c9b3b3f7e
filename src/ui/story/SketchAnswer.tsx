/**
 * "What shape will the boundary take?" answered by drawing it: the reader arms the sketch, draws
 * on the data figure (story/useSketch.ts, data/useSketchDrawing.ts), plays, and once the run has
 * moved on and paused or stopped reads how close the sketch came to the model's boundary and
 * whether it has its shape (sketchCloseness.ts), with the chapter's explanation.
 */
import { useMemo } from 'react';
import type { Snapshot } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { Result, runSeen } from './PredictionResult';
import { measureSketch, modelBoundary, sketchCloseness } from './sketchCloseness';
import type { Sketch } from './useSketch';

export function SketchAnswer({
  sketch,
  prepared,
  snapshot,
  explanation,
}: {
  sketch: Sketch;
  prepared: PreparedRun | null;
  snapshot: Snapshot | null;
  explanation: string;
}) {
  const { armed, points, domains, at } = sketch;
  // A single vertex (the keyboard's first) is not yet a line to compare.
  const given = points && points.length >= 2 && at !== null ? { value: points, at } : null;
  const seen = runSeen(snapshot, given);
  const theta = seen ? snapshot.theta : null;
  const plane = prepared !== null && prepared.data.d === 2;
  const reveal = useMemo(() => {
    if (!theta || !points || !domains || !prepared || !plane) return null;
    if (theta.length !== prepared.design.p + 1) return null;
    const boundary = modelBoundary(prepared.map, theta, domains);
    return sketchCloseness(measureSketch(points, boundary, domains));
  }, [theta, points, domains, prepared, plane]);

  if (prepared && !plane) {
    return (
      <div className="prediction">
        <p>The sketch needs data with two features, drawn as a plane.</p>
      </div>
    );
  }
  const waiting =
    given === null
      ? 'Sketch your guess on the data, then play.'
      : 'Your sketch is on the data figure (dashed). Now play, then pause and see.';
  return (
    <div className="prediction">
      {armed ? (
        <>
          <p>
            Drag on the data figure where you expect the boundary p = 0.5 to be; a new drag replaces
            the sketch. Without a pointer: focus the figure, move the cursor with the arrow keys
            (Shift for bigger steps), press Enter to add a corner and Backspace to take one back;
            come back to the first corner to close the curve.
          </p>
          <button type="button" className="button button-small" onClick={sketch.done}>
            Done sketching
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" onClick={sketch.arm}>
          {points ? 'Sketch again' : 'Sketch your guess on the data'}
        </button>
      )}
      {points && !armed && (
        <button type="button" className="button button-small" onClick={sketch.clear}>
          Clear the sketch
        </button>
      )}
      <Result waiting={waiting} reveal={reveal} explanation={explanation} />
    </div>
  );
}
