/**
 * What changes every frame, given only to what shows it (issue 16). App renders the page once per
 * change of configuration, run or layout, and hands each panel a RunBase (the settings, the
 * prepared data, the commands, the theme); LiveRunProvider, the one component that follows the
 * run's store on every snapshot, adds the frame's part (the view, slow motion, the reader's
 * prediction and sketch) through a context. React skips the page's elements when the provider
 * renders (they are the same elements App made), except the consumers of that context: the
 * figures, the derivation, the loss curve, the readout, the status and the timeline. The header,
 * the controls, the guide's text and the settings drawer do not render per frame.
 *
 * One provider for the page, so every panel shows the same frame of one slow motion.
 */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { TrainingConfig } from '../../state/config';
import type { TrainerView } from '../../worker/client';
import type { PreparedRun } from '../../worker/run';
import type { SlowMotion } from '../slowMotion/useSlowMotion';
import { useSlowMotion } from '../slowMotion/useSlowMotion';
import type { Prediction } from '../story/usePrediction';
import { usePrediction } from '../story/usePrediction';
import type { Sketch } from '../story/useSketch';
import { useSketch } from '../story/useSketch';
import type { RunContext } from './runContext';
import type { RunViewStore } from './runStore';

/** The frame's part of a RunContext. */
export interface LiveRun {
  /** The view the figures draw: in slow motion, the step's phase rather than the latest. */
  readonly view: TrainerView;
  /** The view as the worker sent it (the status, the timeline, the announcer read this). */
  readonly latest: TrainerView;
  readonly slowMotion: SlowMotion | null;
  readonly prediction: Prediction;
  readonly sketch: Sketch;
}

/** A panel's RunContext without the frame's part: what App builds, once per change of it. */
export type RunBase = Omit<RunContext, keyof Omit<LiveRun, 'latest'>>;

const LiveRunContext = createContext<LiveRun | null>(null);

interface LiveRunProviderProps {
  readonly store: RunViewStore;
  readonly prepared: PreparedRun | null;
  readonly config: TrainingConfig;
  readonly children: ReactNode;
}

export function LiveRunProvider({ store, prepared, config, children }: LiveRunProviderProps) {
  const latest = useSyncExternalStore(store.subscribe, store.getView);
  const slow = useSlowMotion(latest, prepared, config);
  const prediction = usePrediction(latest);
  const sketch = useSketch(latest);
  const live = useMemo<LiveRun>(
    () => ({ view: slow.view, latest, slowMotion: slow.slowMotion, prediction, sketch }),
    [slow.view, latest, slow.slowMotion, prediction, sketch],
  );
  return <LiveRunContext.Provider value={live}>{children}</LiveRunContext.Provider>;
}

/** The frame's part of the run; renders the caller on every frame. */
export function useLiveRun(): LiveRun {
  const live = useContext(LiveRunContext);
  if (!live) throw new Error('useLiveRun outside LiveRunProvider');
  return live;
}

/** The whole RunContext a panel reads: App's part with this frame's. */
export function useRun(base: RunBase): RunContext {
  const { view, slowMotion, prediction, sketch } = useLiveRun();
  return useMemo(
    () => ({ ...base, view, slowMotion, prediction, sketch }),
    [base, view, slowMotion, prediction, sketch],
  );
}

interface WithRunProps {
  readonly base: RunBase;
  /** What to render with this frame's RunContext (and the latest view, unslowed). */
  readonly children: (run: RunContext, live: LiveRun) => ReactNode;
}

/** Renders its children with this frame's RunContext: where App places a panel that follows the run. */
export function WithRun({ base, children }: WithRunProps) {
  const run = useRun(base);
  return children(run, useLiveRun());
}

/** Renders its children with the frame's part alone (a part that needs no RunBase). */
export function WithLiveRun({ children }: { readonly children: (live: LiveRun) => ReactNode }) {
  return children(useLiveRun());
}
