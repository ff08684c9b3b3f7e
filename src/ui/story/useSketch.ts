/**
 * Predict, then see, in data space: the reader sketches where they expect the decision boundary to
 * be, as a freehand line on the data figure, then plays and reads how close it was. While armed, a
 * drag on the data figure draws instead of adding or moving points (DataFigure routes it), and on
 * the focused figure the arrow keys move a cursor and Enter adds a vertex at it.
 *
 * Like the mark on the surface (usePrediction), the arming lasts while the run stands at the
 * iteration it was armed at: stepping or playing on ends it, and a new run (other data, another
 * chapter) drops the sketch, which was drawn for that run's boundary.
 */
import { useCallback, useState } from 'react';
import type { TrainerView } from '../../worker/client';
import type { DataPoint, PlotDomains } from './sketchCloseness';

export interface Sketch {
  /** Drags and keys on the data figure draw the sketch (instead of editing points) while on. */
  readonly armed: boolean;
  /** The sketch's vertices in raw feature units, for this run, or null. */
  readonly points: readonly DataPoint[] | null;
  /** What the plot showed when it was drawn: its distances are measured in shares of this. */
  readonly domains: PlotDomains | null;
  /** The iteration it was drawn at: the run must move on from there before it is judged. */
  readonly at: number | null;
  readonly arm: () => void;
  /** Ends the drawing ("Done sketching"), keeping the sketch. */
  readonly done: () => void;
  /** Replaces the sketch (a new stroke, or the keyboard's vertices so far). */
  readonly draw: (points: readonly DataPoint[], domains: PlotDomains) => void;
  readonly clear: () => void;
}

interface Drawn {
  readonly points: readonly DataPoint[];
  readonly domains: PlotDomains;
  readonly at: number;
  readonly info: TrainerView['info'];
}

export function useSketch(view: TrainerView): Sketch {
  const [armedAt, setArmedAt] = useState<{ iteration: number; info: TrainerView['info'] } | null>(
    null,
  );
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const { snapshot, info } = view;
  const iteration = snapshot?.iteration ?? null;
  const armed =
    armedAt !== null &&
    iteration !== null &&
    armedAt.iteration === iteration &&
    armedAt.info === info;

  const arm = useCallback(() => {
    if (iteration !== null) setArmedAt({ iteration, info });
  }, [iteration, info]);
  const done = useCallback(() => setArmedAt(null), []);
  const clear = useCallback(() => {
    setArmedAt(null);
    setDrawn(null);
  }, []);
  const draw = useCallback(
    (points: readonly DataPoint[], domains: PlotDomains) => {
      if (iteration === null) return;
      setDrawn(points.length > 0 ? { points, domains, at: iteration, info } : null);
    },
    [iteration, info],
  );

  const valid = drawn !== null && drawn.info === info;
  return {
    armed,
    points: valid ? drawn.points : null,
    domains: valid ? drawn.domains : null,
    at: valid ? drawn.at : null,
    arm,
    done,
    draw,
    clear,
  };
}
