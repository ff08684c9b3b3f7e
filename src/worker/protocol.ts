/**
 * The messages between the page and the training worker: a discriminated union each way. Typed
 * arrays in them are transferred, not copied (see `transferables`).
 */
import type { HistoryChunk } from '../state/history';
import type { LiveSettings, TrainingConfig } from '../state/config';
import type { Analysis } from './analysis';

/** Why a run stopped by itself. */
export type StopReason =
  | { readonly kind: 'converged'; readonly iteration: number; readonly message: string }
  | { readonly kind: 'diverged'; readonly iteration: number; readonly message: string };

/** The state of the run at the iteration being shown. */
export interface Snapshot {
  readonly iteration: number;
  readonly epoch: number;
  /** θ = [b, w] on the optimizer's features. */
  readonly theta: Float64Array;
  /** θ in raw feature units: what a statistics package would report. */
  readonly rawTheta: Float64Array;
  /** J(θ) over the training points (all of them without a split), penalty included. */
  readonly loss: number;
  /**
   * The mean data loss over the held-out points, without the penalty (engine/split.ts); null
   * when nothing is held out.
   */
  readonly heldOutLoss: number | null;
  /** ∇J(θ) over all the points (its smooth part). */
  readonly gradient: Float64Array;
  readonly gradientNorm: number;
  readonly playing: boolean;
  readonly stop: StopReason | null;
  /** Things the user should know while it runs: separable data, η above 2/L*. */
  readonly warnings: readonly string[];
  /** The first and last iterations in the history (the last may lie ahead after stepping back). */
  readonly firstIteration: number;
  readonly lastIteration: number;
  /** The run's speed in iterations per second (Infinity: as fast as possible). */
  readonly speed: number;
}

/** What the page needs to know about the data and features of a loaded run. */
export interface RunInfo {
  readonly n: number;
  readonly inputNames: readonly string[];
  /** Names of the parameters: "intercept", then the features ("x1", "x1²"). */
  readonly parameterNames: readonly string[];
  readonly analysis: Analysis;
  /**
   * The data and features of this run, as the worker accepted them: the page rebuilds the same
   * design from them (prepareRun) to draw the points and fill in the derivation.
   */
  readonly source: Pick<TrainingConfig, 'data' | 'features' | 'split'>;
  /** How many points train and how many are held out (0: no split). */
  readonly trainingCount: number;
  readonly heldOutCount: number;
  /** Incremented by every load, so stale messages can be told apart. */
  readonly generation: number;
}

export type ToWorker =
  | { readonly type: 'load'; readonly config: TrainingConfig }
  | { readonly type: 'settings'; readonly settings: LiveSettings }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step' }
  | { readonly type: 'stepBack' }
  | { readonly type: 'seek'; readonly iteration: number }
  | { readonly type: 'reset' }
  /** Start afresh from these parameters (on the optimizer's features). */
  | { readonly type: 'setParameters'; readonly theta: readonly number[] }
  | { readonly type: 'speed'; readonly iterationsPerSecond: number }
  /** The page has drawn the last snapshot and can take the next one. */
  | { readonly type: 'ack' }
  /** Are you there? Answered at once with a pong (the page's watchdog, client.ts). */
  | { readonly type: 'ping' }
  /** Rebuild a run from the page's copy of its history, after the worker failed. */
  | {
      readonly type: 'restore';
      readonly config: TrainingConfig;
      readonly history: HistoryChunk;
      readonly iteration: number;
    };

export type FromWorker =
  | { readonly type: 'loaded'; readonly info: RunInfo }
  | {
      readonly type: 'snapshot';
      readonly generation: number;
      readonly snapshot: Snapshot;
      /**
       * History since the last message: appended entries, or, when `replace` is set, the whole
       * history (after thinning, or when the future was discarded).
       */
      readonly history: HistoryChunk;
      readonly replace: boolean;
    }
  /** The optimum and landmarks after a change of loss or regularization. */
  | { readonly type: 'analysis'; readonly generation: number; readonly analysis: Analysis }
  /** The settings or data could not be used; the run is as it was. */
  | { readonly type: 'refused'; readonly message: string }
  /** An exception inside the worker: the page restarts it from its copy of the history. */
  | { readonly type: 'crashed'; readonly message: string }
  /** The answer to a ping: the worker reads its messages. */
  | { readonly type: 'pong' };

/** The buffers of a message's typed arrays, to transfer instead of copy. */
export function transferables(message: FromWorker | ToWorker): Transferable[] {
  const buffers: Transferable[] = [];
  const add = (chunk: HistoryChunk) => {
    for (const array of [
      chunk.iteration,
      chunk.epoch,
      chunk.cursor,
      chunk.loss,
      chunk.heldOutLoss,
      chunk.gradientNorm,
      chunk.theta,
      chunk.aux,
      chunk.auxLength,
    ]) {
      buffers.push(array.buffer as ArrayBuffer);
    }
  };
  if ('history' in message) add(message.history);
  return buffers;
}
