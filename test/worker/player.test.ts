import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/config';
import { RunHistory, type HistoryChunk } from '../../src/state/history';
import { Player, SLICE_MS, type PlayerHost } from '../../src/worker/player';
import type { Snapshot } from '../../src/worker/protocol';
import { Trainer } from '../../src/worker/trainer';

/** A clock that only moves when told, and a queue of scheduled callbacks run in time order. */
class FakeHost implements PlayerHost {
  time = 0;
  /** Milliseconds each call to now() advances the clock by: the cost of the work in between. */
  tickCost = 0;
  private queue: { at: number; callback: () => void; cancelled: boolean }[] = [];
  sent: { snapshot: Snapshot; history: HistoryChunk; replace: boolean }[] = [];

  now = (): number => {
    this.time += this.tickCost;
    return this.time;
  };

  schedule = (callback: () => void, delayMs: number): (() => void) => {
    const task = { at: this.time + delayMs, callback, cancelled: false };
    this.queue.push(task);
    return () => {
      task.cancelled = true;
    };
  };

  send = (snapshot: Snapshot, history: HistoryChunk, replace: boolean): void => {
    this.sent.push({ snapshot, history, replace });
  };

  /** Runs every task due up to `until` (ms from now), advancing the clock to each. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      this.queue = this.queue.filter((task) => !task.cancelled);
      this.queue.sort((a, b) => a.at - b.at);
      const next = this.queue[0];
      if (!next || next.at > until) break;
      this.queue.shift();
      this.time = Math.max(this.time, next.at);
      next.callback();
    }
    this.time = until;
  }

  get last(): Snapshot {
    return this.sent[this.sent.length - 1].snapshot;
  }
}

const setup = (speed: number) => {
  const host = new FakeHost();
  const player = new Player(new Trainer(DEFAULT_CONFIG, 1), host, speed);
  return { host, player };
};

describe('Player', () => {
  it('sends the first snapshot at once, with the whole history', () => {
    const { host } = setup(10);
    expect(host.sent).toHaveLength(1);
    expect(host.sent[0].replace).toBe(true);
    expect(host.last.iteration).toBe(0);
  });

  it('runs at the chosen speed: 10 iterations per second is 10 iterations in a second', () => {
    const { host, player } = setup(10);
    player.acknowledge();
    player.play();
    for (let k = 0; k < 10; k++) {
      host.advance(100);
      player.acknowledge();
    }
    expect(host.last.iteration).toBe(10);
    expect(host.last.playing).toBe(true);
  });

  it('at one iteration per second, waits a second between iterations', () => {
    const { host, player } = setup(1);
    player.acknowledge();
    player.play();
    host.advance(999);
    player.acknowledge();
    expect(host.last.iteration).toBe(0);
    host.advance(1);
    player.acknowledge();
    expect(host.last.iteration).toBe(1);
  });

  it('sends nothing new until the page acknowledges, then only the latest state', () => {
    const { host, player } = setup(100);
    player.play();
    host.advance(500);
    // The first snapshot was never acknowledged: nothing else was sent, however much ran.
    expect(host.sent).toHaveLength(1);
    player.acknowledge();
    expect(host.sent).toHaveLength(2);
    const shown = host.last;
    expect(shown.iteration).toBe(50);
    // The history sent with it holds every iteration since the last message.
    expect(host.sent[1].history.iteration.length).toBe(50);
    expect(host.sent[1].replace).toBe(false);
  });

  it('at full speed, works in slices and yields between them so messages are read', () => {
    const { host, player } = setup(Infinity);
    host.tickCost = 0.01;
    player.play();
    host.advance(0);
    // One slice ran and another was scheduled: pause takes effect before it.
    const after = player.currentTrainer.iteration;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(SLICE_MS / 0.01 + 8);
    player.pause();
    host.advance(100);
    expect(player.currentTrainer.iteration).toBe(after);
  });

  it('a step by hand pauses and is shown exactly, even if the page was busy', () => {
    const { host, player } = setup(50);
    player.play();
    host.advance(200);
    player.step();
    const iteration = player.currentTrainer.iteration;
    player.acknowledge();
    expect(host.last.iteration).toBe(iteration);
    expect(host.last.playing).toBe(false);
    host.advance(1000);
    player.acknowledge();
    expect(player.currentTrainer.iteration).toBe(iteration);
  });

  it('stops by itself when the run converges, and says so', () => {
    const { host, player } = setup(Infinity);
    host.tickCost = 0.001;
    player.play();
    for (let k = 0; k < 200 && player.isPlaying; k++) {
      host.advance(16);
      player.acknowledge();
    }
    player.acknowledge();
    expect(player.isPlaying).toBe(false);
    expect(host.last.stop?.kind).toBe('converged');
    expect(host.last.playing).toBe(false);
  });

  it('replaces the page’s history when stepping back then forward discards the future', () => {
    const { host, player } = setup(10);
    for (let k = 0; k < 5; k++) player.step();
    player.acknowledge();
    player.seek(2);
    player.acknowledge();
    expect(host.last.iteration).toBe(2);
    expect(host.last.lastIteration).toBe(5);
    player.step();
    player.acknowledge();
    const message = host.sent[host.sent.length - 1];
    expect(message.replace).toBe(true);
    expect(Array.from(message.history.iteration)).toEqual([0, 1, 2, 3]);
  });

  it('a speed change while playing restarts the schedule at the new pace', () => {
    const { host, player } = setup(1);
    player.play();
    host.advance(500);
    player.setSpeed(100);
    host.advance(100);
    player.acknowledge();
    expect(player.currentTrainer.iteration).toBe(10);
  });
});

describe('Player and the page’s copy of the history', () => {
  it('the page’s copy stays equal to the worker’s through thinning, stepping back and resets', () => {
    const host = new FakeHost();
    const config = { ...DEFAULT_CONFIG, tolerance: 0, data: { ...DEFAULT_CONFIG.data, n: 4 } };
    const trainer = new Trainer(config, 1, { capacity: 3000, denseCount: 2000 });
    const player = new Player(trainer, host, Infinity);
    const mirror = new RunHistory(3, 3000, 2000);
    const receive = () => {
      for (const { history, replace } of host.sent.splice(0)) {
        if (replace) mirror.clear();
        mirror.appendChunk(history);
      }
    };
    host.tickCost = 0.01;
    player.play();
    // Long enough to thin the history more than once, with the page acknowledging irregularly.
    for (let k = 0; trainer.iteration < 12_000; k++) {
      host.advance(16);
      if (k % 3 !== 0) {
        player.acknowledge();
        receive();
      }
    }
    player.pause();
    player.acknowledge();
    receive();
    expect(mirror.chunk()).toEqual(trainer.historyChunk());
    player.seek(trainer.iteration - 500);
    player.step();
    player.acknowledge();
    receive();
    expect(mirror.chunk()).toEqual(trainer.historyChunk());
  });
});

describe('Player with a new trainer', () => {
  it('never sends the old run’s snapshot once the new run is in place', () => {
    const host = new FakeHost();
    const player = new Player(new Trainer(DEFAULT_CONFIG, 1), host, 10);
    player.acknowledge();
    player.acknowledge();
    const oneFeature = {
      ...DEFAULT_CONFIG,
      data: { ...DEFAULT_CONFIG.data, preset: 'oneFeature' as const },
    };
    const sentBefore = host.sent.length;
    player.replaceTrainer(new Trainer(oneFeature, 2));
    const after = host.sent.slice(sentBefore);
    expect(after).toHaveLength(1);
    expect(after[0].replace).toBe(true);
    expect(after[0].snapshot.theta).toHaveLength(2);
  });
});
