/**
 * The app's training run as React state: one TrainerConnection for the component's lifetime, its
 * view through useSyncExternalStore, the configuration the controls show, and the commands.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { DEFAULT_CONFIG } from '../state/config';
import type { DataSource, LiveSettings, TrainingConfig } from '../state/config';
import type { TrainerView } from '../worker/client';
import type { TransportCommands } from './trainerConnection';
import { TrainerConnection } from './trainerConnection';

export interface TrainerControls {
  readonly view: TrainerView;
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
}

export function useTrainer(initialConfig: TrainingConfig = DEFAULT_CONFIG): TrainerControls {
  // Cheap and worker-less, so StrictMode's second call of the initializer costs nothing.
  const [connection] = useState(() => new TrainerConnection(initialConfig));
  const [config, setConfig] = useState(initialConfig);

  useEffect(() => {
    connection.open();
    return () => connection.close();
  }, [connection]);

  const view = useSyncExternalStore(connection.subscribe, connection.getView);

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

  const loadData = useCallback(
    (data: DataSource) => {
      const next = { ...config, data };
      connection.load(next);
      setConfig(next);
    },
    [connection, config],
  );

  return {
    view,
    config,
    transport: connection,
    seek: connection.seek,
    setParameters: connection.setParameters,
    dismissNotice: connection.dismissNotice,
    setSpeed,
    updateSettings,
    loadData,
  };
}
