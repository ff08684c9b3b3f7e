/**
 * The app's training run as React state: one TrainerConnection for the component's lifetime, the
 * store of its view (read per frame by what shows the run's progress, app/runStore.ts), the parts
 * of the view that change once per run (its info and notice), the configuration the controls show,
 * and the commands. The caller does not render on every snapshot (issue 16).
 *
 * It opens with the configuration of the link in the address, else the one saved at the last
 * visit, else the defaults (useStartupConfig), and keeps the configuration saved as it changes.
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_CONFIG } from '../../state/config';
import type { DataSource, LiveSettings, PointsSource, TrainingConfig } from '../../state/config';
import type { Notice, TrainerView } from '../../worker/client';
import type { RunInfo } from '../../worker/protocol';
import type { RunViewStore } from '../app/runStore';
import { useRunSelector } from '../app/runStore';
import type { StartupConfig } from '../io/startupConfig';
import { useStartupConfig } from '../io/startupConfig';
import { usePersistConfig } from '../io/usePersistConfig';
import type { TransportCommands } from './trainerConnection';
import { TrainerConnection } from './trainerConnection';

/** What the link or the saved session held that could not be used, and where it came from. */
export interface StartupNotices {
  readonly from: StartupConfig['from'];
  readonly notices: readonly string[];
}

export interface TrainerControls {
  /** The run's view, per frame: read it with useRunSelector / useRunView or app/liveRun.tsx. */
  readonly store: RunViewStore;
  /** The run the worker accepted (its data, design and analysis), or null before the first. */
  readonly info: RunInfo | null;
  readonly notice: Notice | null;
  /** The configuration of the current run, as the controls show it. */
  readonly config: TrainingConfig;
  /** Stable across renders, so listeners (the keyboard's) need not be re-attached. */
  readonly transport: TransportCommands;
  readonly seek: (iteration: number) => void;
  /** Starts afresh from θ on the optimizer's features (a click on the loss surface). */
  readonly setParameters: (theta: readonly number[]) => void;
  readonly dismissNotice: () => void;
  readonly setSpeed: (iterationsPerSecond: number) => void;
  /** Applies live settings to the run as it goes; refused ones leave the controls as they were. */
  readonly updateSettings: (settings: LiveSettings) => void;
  /** Starts a new run on other data (the rest of the configuration kept). */
  loadData(data: DataSource): void;
  /** Starts a new run with part of the configuration changed (features, initialization). */
  restart(change: Partial<TrainingConfig>): void;
  /** Starts a new run on imported points with the default settings (the speed kept). */
  readonly importData: (points: PointsSource) => void;
  /**
   * The configuration the run was loaded with and every accepted change since, parameters set by
   * hand included: what a shared link holds.
   */
  readonly sharedConfig: () => TrainingConfig;
  /** Calls `listener` whenever sharedConfig() changes (for useSyncExternalStore). */
  readonly subscribeSharedConfig: (listener: () => void) => () => void;
  /** Null when the startup configuration was used as it was, or once dismissed. */
  readonly startupNotices: StartupNotices | null;
  readonly dismissStartupNotices: () => void;
  /** Set when local storage refuses to keep the configuration. */
  readonly storageProblem: string | null;
}

/** `initialConfig` overrides the startup configuration (for tests and stories). */
export function useTrainer(initialConfig?: TrainingConfig): TrainerControls {
  const startup = useStartupConfig();
  const first = initialConfig ?? startup.config;
  // Cheap and worker-less, so StrictMode's second call of the initializer costs nothing.
  const [connection] = useState(() => new TrainerConnection(first));
  const [config, setConfig] = useState(first);
  const [startupNotices, setStartupNotices] = useState<StartupNotices | null>(() =>
    !initialConfig && startup.notices.length > 0
      ? { from: startup.from, notices: startup.notices }
      : null,
  );

  useEffect(() => {
    connection.open();
    return () => connection.close();
  }, [connection]);

  const info = useRunSelector(connection, selectInfo);
  const notice = useRunSelector(connection, selectNotice);
  const storageProblem = usePersistConfig(
    connection.getConfig,
    connection.subscribeConfig,
    !initialConfig && startup.from === 'link',
  );

  const setSpeed = useCallback(
    (iterationsPerSecond: number) => {
      connection.setSpeed(iterationsPerSecond);
      setConfig((current) => ({ ...current, speed: iterationsPerSecond }));
    },
    [connection],
  );

  const updateSettings = useCallback(
    (settings: LiveSettings) => {
      if (connection.updateSettings(settings)) {
        setConfig((current) => ({ ...current, ...settings }));
      }
    },
    [connection],
  );

  /** A new run with part of the configuration changed (the data, the features, the start). */
  const restart = useCallback(
    (change: Partial<TrainingConfig>) => {
      const next = { ...config, ...change };
      connection.load(next);
      setConfig(next);
    },
    [connection, config],
  );

  const loadData = useCallback(
    // A starting point clicked on the old data's surface may not even have the right size here.
    (data: DataSource) =>
      restart({
        data,
        initialization:
          config.initialization.kind === 'point' ? { kind: 'zeros' } : config.initialization,
      }),
    [restart, config],
  );

  // "Defaults on first open and after an import" (docs/design.md): settings tuned for the previous
  // data (a learning rate, a starting point clicked on its surface) mean nothing for new data.
  const importData = useCallback(
    (points: PointsSource) => {
      const next: TrainingConfig = {
        ...DEFAULT_CONFIG,
        data: points,
        speed: config.speed,
        tolerance: config.tolerance,
      };
      connection.load(next);
      setConfig(next);
    },
    [connection, config],
  );

  const dismissStartupNotices = useCallback(() => setStartupNotices(null), []);

  return {
    store: connection,
    info,
    notice,
    config,
    transport: connection,
    seek: connection.seek,
    setParameters: connection.setParameters,
    dismissNotice: connection.dismissNotice,
    setSpeed,
    updateSettings,
    loadData,
    restart,
    importData,
    sharedConfig: connection.getConfig,
    subscribeSharedConfig: connection.subscribeConfig,
    startupNotices,
    dismissStartupNotices,
    storageProblem,
  };
}

const selectInfo = (view: TrainerView) => view.info;
const selectNotice = (view: TrainerView) => view.notice;
