import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import { formatNumber } from '../../../src/ui/text/format';
import { liveNumbers } from '../../../src/ui/derivation/liveNumbers';
import { parsePointNumber } from '../../../src/ui/derivation/parsePoint';
import { derivationSummary } from '../../../src/ui/derivation/summary';
import { PLAYING_INTERVAL_MS, throttleDelay } from '../../../src/ui/derivation/throttle';
import { prepareRun } from '../../../src/worker/run';
import { Trainer } from '../../../src/worker/trainer';

describe('derivationSummary', () => {
  it('derivationSummary(live, names) says the iteration, J, ∇J by name, the point and the next θ in words', () => {
    const trainer = new Trainer(DEFAULT_CONFIG, 1);
    for (let k = 0; k < 3; k++) trainer.stepForward();
    const snapshot = trainer.snapshot(false, 1);
    const live = liveNumbers({
      iteration: snapshot.iteration,
      objective: DEFAULT_CONFIG.objective,
      optimizer: DEFAULT_CONFIG.optimizer,
      design: prepareRun(DEFAULT_CONFIG).design,
      theta: snapshot.theta,
      pointIndex: 9,
      aux: null,
    });
    const text = derivationSummary(live, ['intercept', 'x1', 'x2']);
    expect(text).toContain('Iteration 3.');
    expect(text).toContain(`Loss J(θ) = ${formatNumber(snapshot.loss)}.`);
    expect(text).toContain(`x1 ${formatNumber(snapshot.gradient[1])}`);
    expect(text).toContain(`its norm ${formatNumber(snapshot.gradientNorm)}`);
    expect(text).toContain('Point 10 of 100');
    expect(text).toContain(`p = ${formatNumber(live.derivation.point.p)}`);
    trainer.stepForward();
    const next = trainer.snapshot(false, 1).theta;
    expect(text).toContain(`Next θ with learning rate η = 1: intercept ${formatNumber(next[0])}`);
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});

describe('throttleDelay', () => {
  it('throttleDelay(…, immediate) is 0: paused or stepped numbers show at once', () => {
    expect(throttleDelay(1000, 990, PLAYING_INTERVAL_MS, true)).toBe(0);
  });

  it('throttleDelay(now, last, interval) waits out the rest of the interval while playing', () => {
    expect(throttleDelay(1000, 900, 250, false)).toBe(150);
    expect(throttleDelay(1000, 700, 250, false)).toBe(0);
    expect(throttleDelay(1000, -Infinity, 250, false)).toBe(0);
  });

  it('at most 4 updates a second while playing', () => {
    expect(1000 / PLAYING_INTERVAL_MS).toBeLessThanOrEqual(4);
  });
});

describe('parsePointNumber', () => {
  it('parsePointNumber(text, N) accepts whole numbers from 1 to N', () => {
    expect(parsePointNumber('1', 100)).toEqual({ value: 1 });
    expect(parsePointNumber(' 100 ', 100)).toEqual({ value: 100 });
    for (const text of ['0', '101', '2.5', '', 'abc', '-1']) {
      expect(parsePointNumber(text, 100)).toEqual({
        error: 'Enter a whole number from 1 to 100.',
      });
    }
  });
});
