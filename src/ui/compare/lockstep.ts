/**
 * One transport for two runs: every command goes to both, so iteration k of run A is shown beside
 * iteration k of run B.
 *
 * The two runs live in two workers, so "both" needs three rules:
 *
 * - A run that has stopped by itself (converged or diverged, at its latest iteration) stays where
 *   it is while the other goes on: Play and Step move only the runs still going (both, once both
 *   have stopped, as a single run does).
 * - Step back moves the run that is ahead, or both when they are level: after run B converged at
 *   iteration 6 and run A went on to 200, stepping back walks A down to 6, then both together.
 * - Playing flat out, the workers need not keep the same pace. After a pause, once both have
 *   answered, the run ahead goes back to the other's iteration (it has recorded it), so a paused
 *   comparison always shows the same iteration twice.
 */
import type { Snapshot } from '../../worker/protocol';
import type { TransportCommands } from '../transport/trainerConnection';

export interface LockstepCommands extends TransportCommands {
  readonly seek: (iteration: number) => void;
}

type Side = 'a' | 'b';

/** A run that stopped by itself: it shows its last iteration and reports why it stopped there. */
const stopped = (snapshot: Snapshot | null) => snapshot?.stop != null;

/**
 * After a pause: which run must go back to which iteration so both show the same one, or null.
 * A run that stopped by itself is never moved, nor one still playing.
 */
export function settleTarget(
  a: Snapshot | null,
  b: Snapshot | null,
): { readonly side: Side; readonly iteration: number } | null {
  if (!a || !b || a.playing || b.playing || stopped(a) || stopped(b)) return null;
  if (a.iteration === b.iteration) return null;
  return a.iteration > b.iteration
    ? { side: 'a', iteration: b.iteration }
    : { side: 'b', iteration: a.iteration };
}

export class Lockstep implements LockstepCommands {
  private snapshots: Record<Side, Snapshot | null> = { a: null, b: null };
  /** The snapshots shown when Pause was pressed, until both runs have answered it. */
  private settling: Record<Side, Snapshot | null> | null = null;

  constructor(
    private readonly a: LockstepCommands,
    private readonly b: LockstepCommands,
  ) {}

  /** The latest snapshot of each run (called whenever either changes). */
  observe(a: Snapshot | null, b: Snapshot | null): void {
    this.snapshots = { a, b };
    const pending = this.settling;
    // Snapshots sent before the pause arrived may still be on their way: wait for both to say
    // they are paused.
    if (!pending || a === pending.a || b === pending.b || a?.playing || b?.playing) return;
    this.settling = null;
    const target = settleTarget(a, b);
    if (target) this.run(target.side).seek(target.iteration);
  }

  readonly play = (): void => {
    this.settling = null;
    const going = this.going();
    for (const side of going.length > 0 ? going : (['a', 'b'] as const)) this.run(side).play();
  };

  readonly pause = (): void => {
    this.a.pause();
    this.b.pause();
    this.settling = { ...this.snapshots };
  };

  readonly togglePlay = (): void => {
    const { a, b } = this.snapshots;
    if (a?.playing || b?.playing) this.pause();
    else this.play();
  };

  readonly step = (): void => {
    this.settling = null;
    const going = this.going();
    for (const side of going.length > 0 ? going : (['a', 'b'] as const)) this.run(side).step();
  };

  readonly stepBack = (): void => {
    this.settling = null;
    const highest = Math.max(this.iteration('a'), this.iteration('b'));
    for (const side of ['a', 'b'] as const) {
      if (Number.isNaN(highest) || this.iteration(side) === highest) this.run(side).stepBack();
    }
  };

  readonly reset = (): void => {
    this.settling = null;
    this.a.reset();
    this.b.reset();
  };

  /** Both show the recorded iteration at or before `iteration` (a run that ended earlier, its end). */
  readonly seek = (iteration: number): void => {
    this.settling = null;
    this.a.seek(iteration);
    this.b.seek(iteration);
  };

  private run(side: Side): LockstepCommands {
    return side === 'a' ? this.a : this.b;
  }

  /**
   * The iteration a run shows; an unloaded run counts as level with anything. Commands sent since
   * may not be in it yet, which is why only Step back (the run ahead) compares iterations.
   */
  private iteration(side: Side): number {
    return this.snapshots[side]?.iteration ?? NaN;
  }

  /** The runs not stopped by themselves: those Play and Step move while there are any. */
  private going(): Side[] {
    return (['a', 'b'] as const).filter((side) => !stopped(this.snapshots[side]));
  }
}
