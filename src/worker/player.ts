/**
 * Plays a Trainer: runs iterations at the chosen speed and hands snapshots to the page no faster
 * than it draws them. Time and scheduling are injected, so tests drive it with a fake clock.
 *
 * Flow control is by credit: after sending a snapshot the player waits for the page's `ack` (sent
 * once that snapshot is on screen) before sending the next, and meanwhile keeps only the latest
 * state. Snapshots therefore arrive at most once per animation frame, coalesced, and the last state
 * (after a hand-taken step, say) is always the one that ends up shown.
 */
import type { HistoryChunk } from '../state/history';
import type { Snapshot } from './protocol';
import type { Trainer } from './trainer';

/** Milliseconds of work per slice at full speed; the rest of the time the worker reads messages. */
export const SLICE_MS = 12;

export interface PlayerHost {
  now(): number;
  /** Runs `callback` after `delayMs` (0: as soon as pending messages are handled); returns a cancel. */
  schedule(callback: () => void, delayMs: number): () => void;
  send(snapshot: Snapshot, history: HistoryChunk, replace: boolean): void;
}

export class Player {
  private trainer: Trainer;
  private readonly host: PlayerHost;
  private playing = false;
  private speed: number;
  private playStartedAt = 0;
  private stepsSincePlay = 0;
  private cancelTick: (() => void) | null = null;
  private credit = true;
  private dirty = true;
  /** How many entries the page has been sent since the last replace (RunHistory.appended). */
  private sentAppended = 0;
  private sentRevision = -1;

  constructor(trainer: Trainer, host: PlayerHost, speed: number) {
    this.trainer = trainer;
    this.host = host;
    this.speed = speed;
    this.flush();
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  get currentTrainer(): Trainer {
    return this.trainer;
  }

  /** Continues with another trainer (new data or a restore); the page gets its whole history. */
  replaceTrainer(trainer: Trainer): void {
    // Stopped without a flush: a snapshot sent now would be the old run's, after the page has
    // already been told of the new one.
    this.stopTicking();
    this.trainer = trainer;
    this.sentRevision = -1;
    this.changed();
  }

  play(): void {
    if (this.playing || this.trainer.blocked) {
      // A blocked run does not move; the step it refuses records why, for the page to show.
      if (this.trainer.blocked) this.trainer.stepForward();
      this.changed();
      return;
    }
    this.playing = true;
    this.restartClock();
    this.changed();
    this.scheduleTick(0);
  }

  pause(): void {
    this.stopTicking();
    this.changed();
  }

  private stopTicking(): void {
    this.playing = false;
    this.cancelTick?.();
    this.cancelTick = null;
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** One iteration by hand: pauses first, so the step is exactly the one shown. */
  step(): void {
    this.pause();
    this.trainer.stepForward();
    this.changed();
  }

  stepBack(): void {
    this.pause();
    this.trainer.stepBack();
    this.changed();
  }

  seek(iteration: number): void {
    this.pause();
    this.trainer.seek(iteration);
    this.changed();
  }

  reset(): void {
    this.pause();
    this.trainer.reset();
    this.changed();
  }

  /** Starts afresh from θ (a click on the loss surface). */
  setParameters(theta: readonly number[]): void {
    this.pause();
    this.trainer.setParameters(theta);
    this.changed();
  }

  /** Applies a change of settings (the trainer's) and shows its effect. */
  apply(change: (trainer: Trainer) => void): void {
    change(this.trainer);
    this.changed();
  }

  setSpeed(iterationsPerSecond: number): void {
    this.speed = iterationsPerSecond;
    this.restartClock();
    if (this.playing) {
      this.cancelTick?.();
      this.scheduleTick(0);
    }
    this.changed();
  }

  /** The page has drawn the last snapshot. */
  acknowledge(): void {
    this.credit = true;
    this.flush();
  }

  private restartClock(): void {
    this.playStartedAt = this.host.now();
    this.stepsSincePlay = 0;
  }

  private scheduleTick(delayMs: number): void {
    this.cancelTick = this.host.schedule(() => this.tick(), delayMs);
  }

  private tick(): void {
    this.cancelTick = null;
    if (!this.playing) return;
    const start = this.host.now();
    const due =
      this.speed === Infinity
        ? Infinity
        : Math.floor(((start - this.playStartedAt) * this.speed) / 1000) - this.stepsSincePlay;
    let stopped = false;
    // Run what is due, but never more than one slice of time, so messages keep being read.
    for (let k = 0; k < due; k++) {
      stopped = this.trainer.stepForward().stopped !== null;
      this.stepsSincePlay++;
      if (stopped) break;
      if ((k & 7) === 7 && this.host.now() - start >= SLICE_MS) break;
    }
    if (stopped) {
      this.playing = false;
    } else if (this.speed === Infinity) {
      this.scheduleTick(0);
    } else {
      const nextDue = ((this.stepsSincePlay + 1) * 1000) / this.speed + this.playStartedAt;
      this.scheduleTick(Math.max(0, nextDue - this.host.now()));
    }
    this.changed();
  }

  private changed(): void {
    this.dirty = true;
    this.flush();
  }

  private flush(): void {
    if (!this.credit || !this.dirty) return;
    const trainer = this.trainer;
    // The page's copy thins itself exactly as the worker's history does when it is sent the same
    // entries, so new entries are enough, unless some of them were already thinned away here
    // (more than the dense part arrived between two messages) or the history changed otherwise.
    const fresh = trainer.historyAppended - this.sentAppended;
    const replace =
      trainer.historyRevision !== this.sentRevision || fresh > trainer.historyDenseCount;
    const history = trainer.historyChunk(replace ? 0 : trainer.historyLength - fresh);
    this.credit = false;
    this.dirty = false;
    this.sentAppended = trainer.historyAppended;
    this.sentRevision = trainer.historyRevision;
    this.host.send(trainer.snapshot(this.playing, this.speed), history, replace);
  }
}
