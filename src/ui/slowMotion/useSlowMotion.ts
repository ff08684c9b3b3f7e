/**
 * Plays each new iteration in slow motion when the speed is the slowest: for the first three
 * phases the page shows the iteration before the step (the snapshot rebuilt from the history with
 * the engine's own objective), for the last the new one. Returns the phase showing, if any, and
 * the snapshot the panels should draw.
 */
import { useEffect, useMemo, useState } from 'react';
import { objectiveAndGradient, stationarity, toRawCoefficients } from '../../engine';
import type { TrainingConfig } from '../../state/config';
import type { TrainerView } from '../../worker/client';
import type { Snapshot } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { PHASE_MS, PHASES, playsInSlowMotion } from './phases';

export interface SlowMotion {
  /** Index into PHASES. */
  readonly phase: number;
  /** The iteration being taken (its step ends at this iteration). */
  readonly iteration: number;
}

/** The snapshot of `iteration` rebuilt from the page's history, or null if it is not there. */
function snapshotBefore(
  view: TrainerView,
  prepared: PreparedRun,
  config: TrainingConfig,
  iteration: number,
): Snapshot | null {
  const { history, snapshot } = view;
  if (!history || !snapshot || history.length === 0) return null;
  const entry = history.entry(history.indexAtOrBefore(iteration));
  if (entry.iteration !== iteration || entry.theta.length !== prepared.design.p + 1) return null;
  const theta = Float64Array.from(entry.theta);
  const gradient = new Float64Array(theta.length);
  const loss = objectiveAndGradient(config.objective, prepared.design, theta, gradient);
  return {
    ...snapshot,
    iteration,
    epoch: entry.epoch,
    theta,
    rawTheta: toRawCoefficients(prepared.map, theta),
    loss,
    gradient,
    gradientNorm: stationarity(config.objective, theta, gradient, config.optimizer.learningRate),
    stop: null,
  };
}

export function useSlowMotion(
  view: TrainerView,
  prepared: PreparedRun | null,
  config: TrainingConfig,
): { slowMotion: SlowMotion | null; view: TrainerView } {
  const iteration = view.snapshot?.iteration ?? null;
  /** The iteration last seen, and the phase of its slow motion (null: shown as it is). */
  const [state, setState] = useState<{
    readonly iteration: number | null;
    readonly phase: number | null;
  }>({ iteration, phase: null });
  // Decided while rendering, not in an effect: the new iteration must not flash on screen
  // before its first phase, which shows the iteration before it.
  if (state.iteration !== iteration) {
    const starts =
      iteration !== null && playsInSlowMotion(config.speed, state.iteration, iteration);
    setState({ iteration, phase: starts ? 0 : null });
  }
  const { phase } = state;
  const slowIteration = phase === null ? null : state.iteration;

  // Each phase shows for PHASE_MS, then the next; a late timer delays a phase, never skips one.
  useEffect(() => {
    if (phase === null) return;
    const timer = window.setTimeout(
      () =>
        setState((current) => ({
          ...current,
          phase: phase + 1 < PHASES.length ? phase + 1 : null,
        })),
      PHASE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [slowIteration, phase]);

  const before = useMemo(
    () =>
      slowIteration !== null && prepared
        ? snapshotBefore(view, prepared, config, slowIteration - 1)
        : null,
    // The snapshot before the step is fixed once the step arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [slowIteration, prepared],
  );

  if (slowIteration === null || phase === null || !before) return { slowMotion: null, view };
  const slowMotion = { phase, iteration: slowIteration };
  return { slowMotion, view: PHASES[phase].after ? view : { ...view, snapshot: before } };
}
