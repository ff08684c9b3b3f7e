import { describe, expect, it } from 'vitest';
import { dataLossAndGradient } from '../../src/engine';
import { DEFAULT_CONFIG } from '../../src/state/config';
import type { TrainingConfig } from '../../src/state/config';
import { prepareRun, RefusedError } from '../../src/worker/run';
import { Trainer } from '../../src/worker/trainer';

const split: TrainingConfig = {
  ...DEFAULT_CONFIG,
  split: { percent: 20, seed: 3 },
  objective: { loss: 'crossEntropy', regularization: { kind: 'l2', lambda: 0.1 } },
};

describe('a run with points held out', () => {
  it('trains on the training rows only; the map is fitted to them; the rest is measured', () => {
    const prepared = prepareRun(split);
    expect(prepared.data.n).toBe(100);
    expect(prepared.training.n).toBe(80);
    expect(prepared.test?.n).toBe(20);
    // Standardized on the training rows: their features have mean 0.
    const { X, n, p } = prepared.training;
    for (let j = 0; j < p; j++) {
      let mean = 0;
      for (let i = 0; i < n; i++) mean += X[i * p + j] / n;
      expect(Math.abs(mean)).toBeLessThan(1e-12);
    }
    const trainer = new Trainer(split, 1);
    for (let k = 0; k < 25; k++) trainer.stepForward();
    const snapshot = trainer.snapshot(false, 1);
    const test = prepared.test!;
    expect(snapshot.heldOutLoss).toBe(
      dataLossAndGradient('crossEntropy', test, snapshot.theta, null),
    );
    // Recorded at every iteration, in the chunk the page is sent.
    const chunk = trainer.historyChunk();
    expect(chunk.heldOutLoss).toHaveLength(26);
    expect(chunk.heldOutLoss.every(Number.isFinite)).toBe(true);
    expect(chunk.heldOutLoss[25]).toBe(snapshot.heldOutLoss);
    // A restore from that history shows the same held-out loss.
    const restored = Trainer.restore(split, 2, chunk, 10);
    expect(restored.snapshot(false, 1).heldOutLoss).toBe(chunk.heldOutLoss[10]);
    // A change of loss re-measures the shown iteration's held-out loss with the new loss.
    trainer.updateSettings({ ...split, objective: { ...split.objective, loss: 'squaredError' } });
    expect(trainer.snapshot(false, 1).heldOutLoss).toBe(
      dataLossAndGradient('squaredError', test, snapshot.theta, null),
    );
  });

  it('without a split: no held-out loss, and the training rows are all the rows', () => {
    const prepared = prepareRun(DEFAULT_CONFIG);
    expect(prepared.training).toBe(prepared.design);
    expect(prepared.heldOut).toBeNull();
    expect(new Trainer(DEFAULT_CONFIG, 1).snapshot(false, 1).heldOutLoss).toBeNull();
  });

  it('refuses a split the points cannot take, in words', () => {
    const tiny: TrainingConfig = {
      ...DEFAULT_CONFIG,
      data: { ...DEFAULT_CONFIG.data, n: 2 },
      split: { percent: 50, seed: 1 },
    };
    expect(() => prepareRun(tiny)).toThrow(RefusedError);
    expect(() => prepareRun(tiny)).toThrow(/leaves no training point of one class/);
  });
});
