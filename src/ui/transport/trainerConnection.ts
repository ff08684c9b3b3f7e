/**
 * The page's one connection to the training worker, made to outlive React's StrictMode.
 *
 * React may call a state initializer twice and, in development, mounts, unmounts and mounts again
 * every effect. So the connection itself is cheap and holds no worker: `open()` (from an effect)
 * starts a TrainerClient and loads the configuration, `close()` (its cleanup) disposes it, and a
 * second `open()` starts a fresh one from the configuration last sent. Its `subscribe`/`getView`
 * forward to whichever client is current, so they fit useSyncExternalStore and never change.
 */
import { settingsProblem } from '../../engine';
import { limitsProblem } from '../../state/limits';
import type { LiveSettings, TrainingConfig } from '../../state/config';
import type { ClientOptions, TrainerView } from '../../worker/client';
import { TrainerClient } from '../../worker/client';

/** What the page shows before a client exists. */
export const EMPTY_VIEW: TrainerView = {
  info: null,
  snapshot: null,
  history: null,
  historyVersion: 0,
  notice: null,
};

/** The run's commands that take no argument: what the buttons and keys trigger. */
export interface TransportCommands {
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlay: () => void;
  readonly step: () => void;
  readonly stepBack: () => void;
  readonly reset: () => void;
}

export class TrainerConnection implements TransportCommands {
  private client: TrainerClient | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly configListeners = new Set<() => void>();
  /** What a new client loads: the last configuration sent, with every accepted change since. */
  private config: TrainingConfig;
  private readonly clientOptions: ClientOptions;

  constructor(config: TrainingConfig, clientOptions: ClientOptions = {}) {
    this.config = config;
    this.clientOptions = clientOptions;
  }

  /** Starts a client (once; a second call while open does nothing) and loads the configuration. */
  open(): void {
    if (this.client) return;
    const client = new TrainerClient(this.clientOptions);
    this.client = client;
    this.unsubscribe = client.subscribe(this.emit);
    client.load(this.config);
    this.emit();
  }

  /** Disposes the client (its worker ends); `open()` may start another. */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.client?.dispose();
    this.client = null;
    this.emit();
  }

  readonly getView = (): TrainerView => this.client?.getView() ?? EMPTY_VIEW;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The configuration of the run: the last one loaded, with every accepted change since (the
   * parameters set by hand included). What a shared link and local storage hold.
   */
  readonly getConfig = (): TrainingConfig => this.config;

  /** Calls `listener` whenever getConfig() changes. */
  readonly subscribeConfig = (listener: () => void): (() => void) => {
    this.configListeners.add(listener);
    return () => this.configListeners.delete(listener);
  };

  /** A new run with this configuration. */
  load(config: TrainingConfig): void {
    this.setConfig(config);
    this.client?.load(config);
  }

  /**
   * Changes the loss, optimizer or tolerance of the current run. Returns whether the settings can
   * run: those the engine refuses (Newton's method with squared error) are still passed on, so the
   * client says why in its notice, but are not kept.
   */
  updateSettings(settings: LiveSettings): boolean {
    const accepted =
      limitsProblem(settings) === null &&
      settingsProblem(settings.objective, settings.optimizer) === null;
    if (accepted) this.setConfig({ ...this.config, ...settings });
    this.client?.updateSettings(settings);
    return accepted;
  }

  setSpeed(iterationsPerSecond: number): void {
    this.setConfig({ ...this.config, speed: iterationsPerSecond });
    this.client?.setSpeed(iterationsPerSecond);
  }

  readonly play = (): void => this.client?.play();
  readonly pause = (): void => this.client?.pause();
  readonly togglePlay = (): void => this.client?.togglePlay();
  readonly step = (): void => this.client?.step();
  readonly stepBack = (): void => this.client?.stepBack();
  readonly reset = (): void => this.client?.reset();
  readonly seek = (iteration: number): void => this.client?.seek(iteration);
  readonly setParameters = (theta: readonly number[]): void => {
    this.setConfig({ ...this.config, initialization: { kind: 'point', theta: [...theta] } });
    this.client?.setParameters(theta);
  };
  readonly dismissNotice = (): void => this.client?.dismissNotice();

  private setConfig(config: TrainingConfig): void {
    this.config = config;
    for (const listener of this.configListeners) listener();
  }

  private readonly emit = (): void => {
    for (const listener of this.listeners) listener();
  };
}
