import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainingConfig } from '../../src/state/config';
import { Player } from '../../src/worker/player';
import type { Snapshot } from '../../src/worker/protocol';
import { RefusedError, Trainer } from '../../src/worker/trainer';

/**
 * Issue 17, item 2: a run that cannot step says why. `#init=point:1e308,1e308,1e308` used to load
 * a run whose loss overflowed: Step, Play and Reset did nothing and no message reached the page.
 */

const withStart = (theta: number[]): TrainingConfig => ({
  ...DEFAULT_CONFIG,
  initialization: { kind: 'point', theta },
});

describe('a run that cannot step', () => {
  it('refuses a start point whose loss overflows, with the reason', () => {
    expect(() => new Trainer(withStart([1e308, 1e308, 1e308]), 1)).toThrow(RefusedError);
    expect(() => new Trainer(withStart([1e308, 1e308, 1e308]), 1)).toThrow(
      /start point θ = \(1\.00e\+308, 1\.00e\+308, 1\.00e\+308\) is too far out/,
    );
    // …and one where the run would count as diverged before its first step.
    expect(() => new Trainer(withStart([0, 1e9, 0]), 1)).toThrow(/too far out/);
    // A start point that can be used still can.
    expect(new Trainer(withStart([0.5, -2, 3]), 1).blocked).toBe(false);
  });

  it('records why when asked to step from an iterate it cannot step from', () => {
    const trainer = new Trainer(DEFAULT_CONFIG, 1);
    trainer.updateSettings({
      ...DEFAULT_CONFIG,
      optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 1e308 },
    });
    for (let k = 0; k < 20 && !trainer.blocked; k++) trainer.stepForward();
    expect(trainer.blocked).toBe(true);
    // Scrubbing to that iterate forgets the stop, as a seek does…
    trainer.seek(trainer.iteration);
    expect(trainer.snapshot(false, 1).stop).toBeNull();
    // …and the refused step brings it back, for the page to show.
    const { stopped } = trainer.stepForward();
    expect(stopped?.kind).toBe('diverged');
    expect(trainer.snapshot(false, 1).stop?.message).toMatch(/^Diverged at iteration \d+/);
  });

  it('Play on a blocked run sends a snapshot that says why', () => {
    const trainer = new Trainer(DEFAULT_CONFIG, 1);
    trainer.updateSettings({
      ...DEFAULT_CONFIG,
      optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 1e308 },
    });
    for (let k = 0; k < 20 && !trainer.blocked; k++) trainer.stepForward();
    trainer.seek(trainer.iteration);
    const sent: Snapshot[] = [];
    const player = new Player(
      trainer,
      {
        now: () => 0,
        schedule: () => () => undefined,
        send: (snapshot) => sent.push(snapshot),
      },
      30,
    );
    player.acknowledge();
    player.play();
    expect(sent.at(-1)?.playing).toBe(false);
    expect(sent.at(-1)?.stop?.kind).toBe('diverged');
  });
});
