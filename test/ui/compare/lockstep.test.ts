import { describe, expect, it } from 'vitest';
import type { LockstepCommands } from '../../../src/ui/compare/lockstep';
import { Lockstep, settleTarget } from '../../../src/ui/compare/lockstep';
import type { Snapshot } from '../../../src/worker/protocol';

/** A run's commands that only record what they were asked to do. */
function recorder() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(args.length > 0 ? `${name} ${args.join(',')}` : name);
  const commands: LockstepCommands = {
    play: record('play'),
    pause: record('pause'),
    togglePlay: record('togglePlay'),
    step: record('step'),
    stepBack: record('stepBack'),
    reset: record('reset'),
    seek: record('seek'),
  };
  return { calls, commands };
}

function snapshot(iteration: number, change: Partial<Snapshot> = {}): Snapshot {
  return {
    iteration,
    epoch: 0,
    theta: new Float64Array(3),
    rawTheta: new Float64Array(3),
    loss: 0.5,
    heldOutLoss: null,
    gradient: new Float64Array(3),
    gradientNorm: 0.1,
    playing: false,
    stop: null,
    warnings: [],
    firstIteration: 0,
    lastIteration: iteration,
    speed: 30,
    ...change,
  };
}

const converged = (iteration: number) =>
  snapshot(iteration, { stop: { kind: 'converged', iteration, message: 'Converged.' } });

function pair(a: Snapshot | null, b: Snapshot | null) {
  const runA = recorder();
  const runB = recorder();
  const lockstep = new Lockstep(runA.commands, runB.commands);
  lockstep.observe(a, b);
  return { lockstep, a: runA.calls, b: runB.calls };
}

describe('Lockstep forwards each command to both runs', () => {
  it('play, pause, step, step back, reset and seek reach both when they are level', () => {
    const { lockstep, a, b } = pair(snapshot(5), snapshot(5));
    lockstep.play();
    lockstep.pause();
    lockstep.step();
    lockstep.stepBack();
    lockstep.reset();
    lockstep.seek(3);
    const expected = ['play', 'pause', 'step', 'stepBack', 'reset', 'seek 3'];
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
  });

  it('togglePlay plays both when neither plays, and pauses both when either plays', () => {
    const level = pair(snapshot(5), snapshot(5));
    level.lockstep.togglePlay();
    expect([level.a, level.b]).toEqual([['play'], ['play']]);
    // Run A stopped by itself, run B still playing: one toggle pauses B and leaves A paused.
    const mixed = pair(converged(6), snapshot(40, { playing: true }));
    mixed.lockstep.togglePlay();
    expect([mixed.a, mixed.b]).toEqual([['pause'], ['pause']]);
  });

  it('a run that converged stays put while the other plays and steps on', () => {
    const { lockstep, a, b } = pair(snapshot(6), converged(6));
    lockstep.play();
    lockstep.step();
    expect(a).toEqual(['play', 'step']);
    expect(b).toEqual([]);
  });

  it('once both have stopped, Play and Step move both, as a single run does', () => {
    const { lockstep, a, b } = pair(converged(400), converged(6));
    lockstep.step();
    expect([a, b]).toEqual([['step'], ['step']]);
  });

  it('step back moves the run ahead, then both once level', () => {
    const { lockstep, a, b } = pair(snapshot(200), converged(6));
    lockstep.stepBack();
    expect([a, b]).toEqual([['stepBack'], []]);
    lockstep.observe(snapshot(6), converged(6));
    lockstep.stepBack();
    expect([a, b]).toEqual([['stepBack', 'stepBack'], ['stepBack']]);
  });

  it('before the runs have loaded, commands still reach both', () => {
    const { lockstep, a, b } = pair(null, null);
    lockstep.step();
    lockstep.stepBack();
    expect([a, b]).toEqual([
      ['step', 'stepBack'],
      ['step', 'stepBack'],
    ]);
  });
});

describe('after a pause the runs settle on the same iteration', () => {
  it('the run ahead seeks back once both have answered the pause', () => {
    const playingA = snapshot(520, { playing: true });
    const playingB = snapshot(500, { playing: true });
    const { lockstep, a, b } = pair(playingA, playingB);
    lockstep.pause();
    // Snapshots sent before the pause: still playing, so not yet.
    lockstep.observe(snapshot(521, { playing: true }), snapshot(501, { playing: true }));
    expect(a).toEqual(['pause']);
    // Only run A has answered: wait for B.
    lockstep.observe(snapshot(523), playingB);
    expect(a).toEqual(['pause']);
    lockstep.observe(snapshot(523), snapshot(501));
    expect(a).toEqual(['pause', 'seek 501']);
    expect(b).toEqual(['pause']);
    // Once only: later snapshots do not seek again.
    lockstep.observe(snapshot(501), snapshot(501));
    lockstep.observe(snapshot(502), snapshot(501));
    expect(a).toEqual(['pause', 'seek 501']);
  });

  it('settleTarget leaves a run that stopped by itself, and runs still playing, alone', () => {
    expect(settleTarget(snapshot(10), snapshot(14))).toEqual({ side: 'b', iteration: 10 });
    expect(settleTarget(snapshot(14), snapshot(10))).toEqual({ side: 'a', iteration: 10 });
    expect(settleTarget(snapshot(10), snapshot(10))).toBeNull();
    expect(settleTarget(snapshot(300), converged(6))).toBeNull();
    expect(settleTarget(snapshot(10), snapshot(14, { playing: true }))).toBeNull();
    expect(settleTarget(null, snapshot(14))).toBeNull();
  });
});
