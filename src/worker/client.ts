/**
 * The page's side of the training worker: a typed client that sends commands, keeps the latest
 * snapshot and a mirror of the run's history, and restarts the worker from that mirror when it
 * fails, so nothing the user did is lost.
 *
 * The page never trains: it only receives. After showing a snapshot it acknowledges it on the next
 * animation frame, and the worker sends nothing new until then (see player.ts).
 */
import { settingsProblem } from '../engine';
import { limitsProblem } from '../state/limits';
import type { LiveSettings, TrainingConfig } from '../state/config';
import { RunHistory } from '../state/history';
import { InPageTrainingWorker } from './inPage';
import type { FromWorker, RunInfo, Snapshot, ToWorker } from './protocol';

export type Notice =
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'recovered'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }
  /** The browser has no workers: the run is trained in the page (NO_WORKER_MESSAGE). */
  | { readonly kind: 'inPage'; readonly message: string };

export interface TrainerView {
  readonly info: RunInfo | null;
  readonly snapshot: Snapshot | null;
  /** The page's copy of the history (the loss curve, the timeline, and the backup for restarts). */
  readonly history: RunHistory | null;
  /** Changes whenever `history` does, since the object itself is updated in place. */
  readonly historyVersion: number;
  readonly notice: Notice | null;
}

/** The subset of Worker the client uses: lets tests pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface ClientOptions {
  createWorker?: () => WorkerLike;
  requestFrame?: (callback: () => void) => void;
  /**
   * How often the client checks that the worker answers, and how long it waits for an answer
   * before restarting it; null turns the watchdog off. On by default with the real worker; tests
   * that pass `createWorker` turn it on themselves.
   */
  watchdog?: Watchdog | null;
}

export interface Watchdog {
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

/**
 * A ping every two seconds; no answer for eight means the worker hangs (a busy loop) or is gone
 * (terminated by the browser). Loading 100,000 points keeps a worker busy for about a second.
 */
export const DEFAULT_WATCHDOG: Watchdog = { intervalMs: 2000, timeoutMs: 8000 };

/** A worker that fails this many times within RESTART_WINDOW_MS is not restarted again. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 10_000;

const createTrainingWorker = (): WorkerLike =>
  new Worker(new URL('./trainer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'training',
  }) as unknown as WorkerLike;

/** Said once when the browser cannot start a worker and the run is trained in the page. */
export const NO_WORKER_MESSAGE =
  'This browser cannot run Web Workers, so the training runs in the page itself: the data and the mathematics are all here, but playing fast may make the page slow to respond.';

/** The real worker, or the same logic in the page where the browser has no workers. */
function defaultTrainingWorker(): { worker: WorkerLike; inPage: boolean } {
  if (typeof Worker === 'function') {
    try {
      return { worker: createTrainingWorker(), inPage: false };
    } catch {
      // A browser (or a policy) that refuses to start one: the page trains instead.
    }
  }
  return { worker: new InPageTrainingWorker(), inPage: true };
}

export class TrainerClient {
  private worker: WorkerLike;
  private readonly createWorker: () => WorkerLike;
  private readonly requestFrame: (callback: () => void) => void;
  /** The configuration of the run the worker has: what a restart restores. */
  private config: TrainingConfig | null = null;
  /** A configuration sent to the worker and not yet accepted. */
  private pendingLoad: TrainingConfig | null = null;
  private state: TrainerView = {
    info: null,
    snapshot: null,
    history: null,
    historyVersion: 0,
    notice: null,
  };
  private readonly listeners = new Set<() => void>();
  private restarts: number[] = [];
  private disposed = false;
  private readonly watchdog: Watchdog | null;
  private watchdogTimer: ReturnType<typeof setInterval> | null = null;
  /** When the unanswered ping was sent (Date.now()), or null when none is outstanding. */
  private pingSentAt: number | null = null;

  constructor(options: ClientOptions = {}) {
    let inPage = false;
    this.createWorker =
      options.createWorker ??
      (() => {
        const made = defaultTrainingWorker();
        inPage = made.inPage;
        return made.worker;
      });
    this.requestFrame =
      options.requestFrame ?? ((callback) => void requestAnimationFrame(() => callback()));
    this.worker = this.spawn();
    // A worker in the page cannot hang without the page hanging too: nothing to watch.
    this.watchdog = inPage
      ? null
      : options.watchdog !== undefined
        ? options.watchdog
        : options.createWorker
          ? null
          : DEFAULT_WATCHDOG;
    if (inPage)
      this.state = { ...this.state, notice: { kind: 'inPage', message: NO_WORKER_MESSAGE } };
    this.startWatchdog();
  }

  /** The current view; a new object whenever anything in it changed (for useSyncExternalStore). */
  readonly getView = (): TrainerView => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  load(config: TrainingConfig): void {
    this.pendingLoad = config;
    this.send({ type: 'load', config });
  }

  /**
   * Sends settings the engine can run, within the ranges a link can carry (state/limits.ts);
   * refuses others here, so the run's config stays valid.
   */
  updateSettings(settings: LiveSettings): void {
    const problem =
      limitsProblem(settings) ?? settingsProblem(settings.objective, settings.optimizer);
    if (problem) {
      this.update({ notice: { kind: 'refused', message: problem } });
      return;
    }
    this.replaceRun();
    if (this.config) this.config = { ...this.config, ...settings };
    if (this.pendingLoad) this.pendingLoad = { ...this.pendingLoad, ...settings };
    this.send({ type: 'settings', settings });
  }

  setSpeed(iterationsPerSecond: number): void {
    if (this.config) this.config = { ...this.config, speed: iterationsPerSecond };
    this.send({ type: 'speed', iterationsPerSecond });
  }

  play(): void {
    this.send({ type: 'play' });
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  togglePlay(): void {
    this.send({ type: this.state.snapshot?.playing ? 'pause' : 'play' });
  }

  step(): void {
    this.send({ type: 'step' });
  }

  stepBack(): void {
    this.send({ type: 'stepBack' });
  }

  seek(iteration: number): void {
    this.send({ type: 'seek', iteration });
  }

  reset(): void {
    this.replaceRun();
    this.send({ type: 'reset' });
  }

  /** Starts afresh from θ on the optimizer's features (a click on the loss surface). */
  setParameters(theta: readonly number[]): void {
    this.replaceRun();
    const initialization = { kind: 'point', theta: [...theta] } as const;
    if (this.config) this.config = { ...this.config, initialization };
    if (this.pendingLoad) this.pendingLoad = { ...this.pendingLoad, initialization };
    this.send({ type: 'setParameters', theta: [...theta] });
  }

  /**
   * A run replaced by settings that were applied (or a reset, or a new start): the message that a
   * change was not applied described the run before it, and goes with it.
   */
  private replaceRun(): void {
    if (this.state.notice?.kind === 'refused') this.update({ notice: null });
  }

  dismissNotice(): void {
    this.update({ notice: null });
  }

  dispose(): void {
    this.disposed = true;
    if (this.watchdogTimer !== null) clearInterval(this.watchdogTimer);
    this.watchdogTimer = null;
    this.worker.terminate();
    this.listeners.clear();
  }

  /**
   * Pings the worker now and then; one that has not answered for `timeoutMs` is replaced, as one
   * that throws is (recover). Any message counts as an answer. A hidden tab's timers slow down,
   * which only makes the checks rarer: the answer still arrives as a message.
   */
  private startWatchdog(): void {
    const watchdog = this.watchdog;
    if (!watchdog) return;
    this.watchdogTimer = setInterval(() => {
      if (this.disposed) return;
      const now = Date.now();
      if (this.pingSentAt === null) {
        this.pingSentAt = now;
        this.send({ type: 'ping' });
      } else if (now - this.pingSentAt > watchdog.timeoutMs) {
        this.pingSentAt = null;
        this.recover(`it stopped answering for ${Math.round(watchdog.timeoutMs / 1000)} seconds`);
      }
    }, watchdog.intervalMs);
  }

  private send(message: ToWorker): void {
    if (!this.disposed) this.worker.postMessage(message);
  }

  private spawn(): WorkerLike {
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      // Whatever it says, the worker is alive.
      this.pingSentAt = null;
      try {
        this.receive(event.data);
      } catch (error) {
        // A message the page cannot take in would otherwise leave the worker waiting for an ack.
        this.recover(error instanceof Error ? error.message : String(error));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.recover(event.message || 'the worker stopped with an error');
    };
    worker.onmessageerror = () => this.recover('a message from the worker could not be read');
    return worker;
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'loaded':
        if (this.pendingLoad) this.config = this.pendingLoad;
        this.pendingLoad = null;
        this.update({
          info: message.info,
          snapshot: null,
          history: new RunHistory(message.info.parameterNames.length),
          // What happened to the worker outlives the load it caused.
          notice:
            this.state.notice?.kind === 'recovered' || this.state.notice?.kind === 'inPage'
              ? this.state.notice
              : null,
        });
        return;
      case 'snapshot': {
        const { info, history } = this.state;
        // Acknowledged even when stale, or the worker would wait for the page forever.
        this.requestFrame(() => this.send({ type: 'ack' }));
        if (!info || !history || message.generation !== info.generation) return;
        if (message.replace) history.clear();
        history.appendChunk(message.history);
        this.update({
          snapshot: message.snapshot,
          historyVersion: this.state.historyVersion + 1,
        });
        return;
      }
      case 'analysis': {
        const { info } = this.state;
        if (info && message.generation === info.generation) {
          this.update({ info: { ...info, analysis: message.analysis } });
        }
        return;
      }
      case 'refused':
        this.pendingLoad = null;
        this.update({ notice: { kind: 'refused', message: message.message } });
        return;
      case 'crashed':
        this.recover(message.message);
        return;
      case 'pong':
        return;
    }
  }

  /** Replaces a failed worker with a new one, rebuilt from the page's copy of the history. */
  private recover(reason: string): void {
    if (this.disposed) return;
    const now = Date.now();
    // A worker that hangs again at once is noticed only after the watchdog's wait: the window
    // stretches to hold several such waits, or a hanging run would be restarted forever.
    const watchdog = this.watchdog;
    const window = watchdog
      ? Math.max(
          RESTART_WINDOW_MS,
          (MAX_RESTARTS + 1) * (watchdog.timeoutMs + 2 * watchdog.intervalMs),
        )
      : RESTART_WINDOW_MS;
    this.restarts = [...this.restarts.filter((t) => now - t < window), now];
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    if (this.restarts.length > MAX_RESTARTS) {
      this.update({
        notice: {
          kind: 'failed',
          message: `The training worker keeps failing (${reason}). Your settings and history are kept; reload the page to try again.`,
        },
      });
      return;
    }
    this.worker = this.spawn();
    this.pingSentAt = null;
    const { history, snapshot } = this.state;
    if (!this.config) return;
    const iteration = snapshot?.iteration ?? 0;
    if (history && history.length > 0) {
      this.send({ type: 'restore', config: this.config, history: history.chunk(), iteration });
    } else {
      this.send({ type: 'load', config: this.config });
    }
    this.update({
      notice: {
        kind: 'recovered',
        message: `The training worker failed (${reason}) and was restarted at iteration ${iteration}; nothing was lost.`,
      },
    });
  }

  private update(change: Partial<TrainerView>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
