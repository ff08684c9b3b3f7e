/**
 * Plays each new iteration in slow motion when the speed is the slowest. One meaning throughout:
 * iteration k's slow motion is the step θ_{k−1} → θ_k. For the first three phases the figures show
 * θ_{k−1} (the snapshot rebuilt from the history with the engine's own objective); in the fourth,
 * the step's, they move from θ_{k−1} to θ_k (the boundary and the point on the surface glide over
 * MOVE_MS), and rest on θ_k. The derivation shows θ_{k−1}'s numbers in every phase (`before`), so
 * its step section computes the θ_k the figures move to. Returns the phase showing, if any, and
 * the snapshot the figures should draw.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Objective } from '../../engine';
import { objectiveAndGradient, stationarity, toRawCoefficients } from '../../engine';
import type { TrainingConfig } from '../../state/config';
import type { TrainerView } from '../../worker/client';
import type { Snapshot } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { MOVE_MS, PHASE_MS, PHASES, playsInSlowMotion } from './phases';

/** θ a fraction `t` of the way from `from` to `to`, evaluated with the engine: a frame of the step. */
function between(
  from: Snapshot,
  to: Snapshot,
  t: number,
  prepared: PreparedRun,
  objective: Objective,
): Snapshot {
  if (t >= 1 || from.theta.length !== to.theta.length) return to;
  const theta = from.theta.map((a, j) => a + (to.theta[j] - a) * t);
  const gradient = new Float64Array(theta.length);
  const loss = objectiveAndGradient(objective, prepared.design, theta, gradient);
  return {
    ...to,
    theta,
    rawTheta: toRawCoefficients(prepared.map, theta),
    loss,
    gradient,
  };
}

export interface SlowMotion {
  /** Index into PHASES. */
  readonly phase: number;
  /** The iteration being taken (its step ends at this iteration). */
  readonly iteration: number;
  /** The snapshot of iteration − 1, where the step starts: what the derivation shows. */
  readonly before: Snapshot;
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

  // The step's phase: how far the figures have moved from θ_{k−1} towards θ_k (0 to 1).
  const moving = phase !== null && PHASES[phase].after;
  const [progress, setProgress] = useState<{ iteration: number | null; t: number }>({
    iteration: null,
    t: 0,
  });
  useEffect(() => {
    if (!moving) return;
    const start = performance.now();
    let frame = 0;
    const tick = () => {
      const t = Math.min(1, (performance.now() - start) / MOVE_MS);
      setProgress({ iteration: slowIteration, t });
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [moving, slowIteration]);

  if (slowIteration === null || phase === null || !before) return { slowMotion: null, view };
  const slowMotion = { phase, iteration: slowIteration, before };
  if (!PHASES[phase].after) return { slowMotion, view: { ...view, snapshot: before } };
  const t = progress.iteration === slowIteration ? progress.t : 0;
  if (t >= 1 || !prepared || !view.snapshot) return { slowMotion, view };
  return {
    slowMotion,
    view: { ...view, snapshot: between(before, view.snapshot, t, prepared, config.objective) },
  };
}
