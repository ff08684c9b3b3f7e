/**
 * Compare runs: a second training run (run B) beside the page's run (run A), from the same start on
 * the same data, differing in one chosen setting (variant.ts), driven by one transport (lockstep.ts).
 *
 * Run B has its own TrainerConnection, opened only while a comparison is on, so the page runs one
 * extra worker only then. Run B follows run A: a new run of A (other data, features, start, a click
 * on the surface) starts B afresh too, and a live change of A's settings reaches B as B's own
 * settings, so both keep going from the same iteration. Choosing what to compare starts both again
 * from the initial weights: a race needs a common start.
 *
 * The page's other panels keep showing run A; the loss chart, the surface and the playback bar
 * read run B through `useRunB`, so B's snapshots re-render only them.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { DEFAULT_CONFIG } from '../../state/config';
import type { TrainingConfig } from '../../state/config';
import type { TrainerView } from '../../worker/client';
import type { Snapshot } from '../../worker/protocol';
import { EMPTY_VIEW, TrainerConnection } from '../transport/trainerConnection';
import type { TrainerControls } from '../transport/useTrainer';
import type { LockstepCommands } from './lockstep';
import { Lockstep } from './lockstep';
import type { CompareChoice } from './variant';
import { comparisonFor, followActions, sameSurface } from './variant';

/** What the panels are given while a comparison runs (RunContext.comparison). */
export interface ActiveComparison {
  readonly choice: CompareChoice;
  /** The two runs named by their difference: "cross-entropy", "squared error". */
  readonly labelA: string;
  readonly labelB: string;
  readonly configB: TrainingConfig;
  /** Different objectives are different functions: each run gets its own surface. */
  readonly separateSurfaces: boolean;
  /** Run B's view, for useSyncExternalStore (see useRunB). */
  readonly subscribe: (listener: () => void) => () => void;
  readonly getView: () => TrainerView;
  /** Both runs' transport: what the buttons, the keys, the timeline and the loss chart drive. */
  readonly transport: LockstepCommands;
}

export interface ComparisonControls {
  /** The choice made, or null when comparison is off. */
  readonly choice: CompareChoice | null;
  readonly setChoice: (choice: CompareChoice | null) => void;
  /** Why run B cannot run with the choice and run A's settings, or null. */
  readonly problem: string | null;
  readonly labelA: string | null;
  readonly labelB: string | null;
  /** Non-null while run B runs. */
  readonly active: ActiveComparison | null;
}

/** Run B's connection and the lockstep of both runs, for the component's lifetime. */
class ComparisonSession {
  readonly connection = new TrainerConnection(DEFAULT_CONFIG);
  readonly lockstep: Lockstep;
  private snapshotA: Snapshot | null = null;
  /** What run B was last given, and for which choice (null: B must start afresh). */
  private sent: TrainingConfig | null = null;
  private sentChoice: CompareChoice | null = null;

  constructor(a: LockstepCommands) {
    this.lockstep = new Lockstep(a, this.connection);
    this.connection.subscribe(() =>
      this.lockstep.observe(this.snapshotA, this.connection.getView().snapshot),
    );
  }

  observeA(snapshot: Snapshot | null): void {
    this.snapshotA = snapshot;
    this.lockstep.observe(snapshot, this.connection.getView().snapshot);
  }

  /** Brings run B in line with its derived configuration; `restartA` gives both a common start. */
  follow(config: TrainingConfig, choice: CompareChoice, restartA: () => void): void {
    const before = this.sent;
    this.sent = config;
    if (!before || choice !== this.sentChoice) {
      this.sentChoice = choice;
      this.connection.load(config);
      restartA();
      return;
    }
    for (const action of followActions(before, config)) {
      if (action.kind === 'load') this.connection.load(config);
      else if (action.kind === 'start') this.connection.setParameters(action.theta);
      else if (action.kind === 'settings') this.connection.updateSettings(action.settings);
      else this.connection.setSpeed(action.speed);
    }
  }

  open(): void {
    this.connection.open();
  }

  close(): void {
    this.connection.close();
    this.sent = null;
    this.sentChoice = null;
  }
}

export function useComparison(trainer: TrainerControls): ComparisonControls {
  const [session] = useState(() => {
    const t = trainer.transport;
    return new ComparisonSession({
      play: t.play,
      pause: t.pause,
      togglePlay: t.togglePlay,
      step: t.step,
      stepBack: t.stepBack,
      reset: t.reset,
      seek: trainer.seek,
    });
  });
  const [choice, setChoice] = useState<CompareChoice | null>(null);
  // Run A's configuration with every accepted change, a start clicked on the surface included. It
  // is read on each render: the page renders on each of A's snapshots, so a change is seen at once.
  // Followed as a store: a click on the surface changes it without rendering the page.
  const configA = useSyncExternalStore(trainer.subscribeSharedConfig, trainer.sharedConfig);
  const derived = useMemo(
    () => (choice ? comparisonFor(configA, choice) : null),
    [configA, choice],
  );
  const running = derived !== null && derived.problem === null;

  // Declared before the effect that opens the connection: B's first run loads this configuration.
  const resetA = trainer.transport.reset;
  useEffect(() => {
    if (choice && derived && derived.problem === null)
      session.follow(derived.config, choice, resetA);
  }, [session, choice, derived, resetA]);

  useEffect(() => {
    if (!running) return;
    session.open();
    return () => session.close();
  }, [session, running]);

  // Run A's snapshots, followed outside React: the page does not render for each (issue 16).
  const storeA = trainer.store;
  useEffect(() => {
    let last: Snapshot | null | undefined;
    const observe = () => {
      const { snapshot } = storeA.getView();
      if (snapshot === last) return;
      last = snapshot;
      session.observeA(snapshot);
    };
    observe();
    return storeA.subscribe(observe);
  }, [session, storeA]);

  const active = useMemo<ActiveComparison | null>(
    () =>
      choice && derived && running
        ? {
            choice,
            labelA: derived.labelA,
            labelB: derived.labelB,
            configB: derived.config,
            separateSurfaces: !sameSurface(configA, derived.config),
            subscribe: session.connection.subscribe,
            getView: session.connection.getView,
            transport: session.lockstep,
          }
        : null,
    [choice, derived, running, configA, session],
  );

  return {
    choice,
    setChoice: useCallback((next: CompareChoice | null) => setChoice(next), []),
    problem: derived?.problem ?? null,
    labelA: derived?.labelA ?? null,
    labelB: derived?.labelB ?? null,
    active,
  };
}

/** Run B's view while a comparison runs (the empty view otherwise). */
export function useRunB(comparison: ActiveComparison | null | undefined): TrainerView {
  return useSyncExternalStore(
    comparison?.subscribe ?? noSubscription,
    comparison?.getView ?? emptyView,
  );
}

const noSubscription = () => () => {};
const emptyView = () => EMPTY_VIEW;
