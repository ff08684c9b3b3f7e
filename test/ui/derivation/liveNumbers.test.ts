import { describe, expect, it } from 'vitest';
import { hessian } from '../../../src/engine';
import { DEFAULT_CONFIG, type PresetSource, type TrainingConfig } from '../../../src/state/config';
import { liveNumbers, type LiveNumbers } from '../../../src/ui/derivation/liveNumbers';
import { nextTheta } from '../../../src/ui/derivation/summary';
import { prepareRun } from '../../../src/worker/run';
import { Trainer } from '../../../src/worker/trainer';

/**
 * The numbers the derivation shows are the worker's, bit for bit: the panel computes them on the
 * page's copy of the run (prepareRun on the same configuration) at the snapshot's θ.
 */

function steppedTrainer(config: TrainingConfig, iterations: number): Trainer {
  const trainer = new Trainer(config, 1);
  for (let k = 0; k < iterations; k++) trainer.stepForward();
  return trainer;
}

/** What the panel computes for the trainer's current snapshot. */
function shown(trainer: Trainer, config: TrainingConfig, pointIndex = 0): LiveNumbers {
  const snapshot = trainer.snapshot(false, 1);
  const chunk = trainer.historyChunk(trainer.historyLength - 1);
  return liveNumbers({
    iteration: snapshot.iteration,
    objective: config.objective,
    optimizer: config.optimizer,
    design: prepareRun(config).design,
    theta: snapshot.theta,
    pointIndex,
    aux: chunk.aux.subarray(0, chunk.auxLength[0]),
  });
}

const withSettings = (
  objective: Partial<TrainingConfig['objective']>,
  optimizer: Partial<TrainingConfig['optimizer']> = {},
  data: Partial<PresetSource> = {},
): TrainingConfig => ({
  ...DEFAULT_CONFIG,
  data: { ...DEFAULT_CONFIG.data, ...data },
  objective: { ...DEFAULT_CONFIG.objective, ...objective },
  optimizer: { ...DEFAULT_CONFIG.optimizer, ...optimizer },
});

const array = (a: ArrayLike<number>) => Array.from(a);

describe('liveNumbers equals the worker', () => {
  it('liveNumbers(snapshot θ) gives the snapshot’s J, ∇J and ‖∇J‖ exactly, and θ − η∇J is the next snapshot’s θ', () => {
    const config = DEFAULT_CONFIG;
    const trainer = steppedTrainer(config, 5);
    const snapshot = trainer.snapshot(false, 1);
    const live = shown(trainer, config);
    expect(live.iteration).toBe(5);
    expect(live.derivation.loss).toBe(snapshot.loss);
    expect(array(live.derivation.gradient)).toEqual(array(snapshot.gradient));
    expect(live.derivation.gradientNorm).toBe(snapshot.gradientNorm);
    expect(array(live.theta)).toEqual(array(snapshot.theta));

    trainer.stepForward();
    const after = trainer.snapshot(false, 1);
    expect(after.iteration).toBe(6);
    expect(array(live.derivation.next)).toEqual(array(after.theta));
    expect(array(nextTheta(live)!)).toEqual(array(after.theta));
  });

  it.each([
    ['squared error', withSettings({ loss: 'squaredError' })],
    ['L2', withSettings({ regularization: { kind: 'l2', lambda: 0.1 } })],
    ['L1', withSettings({ regularization: { kind: 'l1', lambda: 0.05 } })],
    ['one feature', withSettings({}, {}, { preset: 'oneFeature' })],
  ])('with %s, J, ∇J and the next θ are the worker’s, bit for bit', (_, config) => {
    const trainer = steppedTrainer(config, 7);
    const snapshot = trainer.snapshot(false, 1);
    const live = shown(trainer, config, 3);
    expect(live.derivation.loss).toBe(snapshot.loss);
    expect(array(live.derivation.gradient)).toEqual(array(snapshot.gradient));
    trainer.stepForward();
    expect(array(nextTheta(live)!)).toEqual(array(trainer.snapshot(false, 1).theta));
  });

  it('under momentum, the step shown (v ← βv + ∇J; θ ← θ − ηv) is the worker’s next θ', () => {
    const config = withSettings({}, { rule: 'momentum', learningRate: 0.5, momentum: 0.9 });
    const trainer = steppedTrainer(config, 4);
    const live = shown(trainer, config);
    expect(live.step).not.toBeNull();
    expect(live.step!.aux.length).toBe(live.theta.length);
    trainer.stepForward();
    const after = trainer.snapshot(false, 1);
    expect(array(live.step!.theta)).toEqual(array(after.theta));
    const chunk = trainer.historyChunk(trainer.historyLength - 1);
    expect(array(live.step!.nextAux)).toEqual(array(chunk.aux.subarray(0, chunk.auxLength[0])));
  });

  it('under Newton’s method, H is the engine’s Hessian and the step shown is the worker’s next θ', () => {
    const config = withSettings({}, { rule: 'newton' });
    for (const iterations of [0, 2]) {
      const trainer = steppedTrainer(config, iterations);
      const live = shown(trainer, config);
      const snapshot = trainer.snapshot(false, 1);
      expect(live.newton).not.toBeNull();
      expect(array(live.newton!.hessian)).toEqual(
        array(hessian(config.objective, prepareRun(config).design, snapshot.theta)),
      );
      const [smallest, largest] = [live.newton!.eigenvalues[0], live.newton!.eigenvalues[2]];
      expect(smallest).toBeGreaterThan(0);
      expect(largest).toBeGreaterThanOrEqual(smallest);
      trainer.stepForward();
      expect(array(live.newton!.next)).toEqual(array(trainer.snapshot(false, 1).theta));
    }
  });

  it('the leading terms are the first points’ g_i and φ̃_i; all of them when N ≤ 3', () => {
    const config = DEFAULT_CONFIG;
    const live = shown(steppedTrainer(config, 3), config, 0);
    expect(live.leading.map((point) => point.index)).toEqual([0, 1]);
    // Point 0 is also the highlighted one: the same g_i and φ̃_i as derivationNumbers'.
    expect(live.leading[0].weight).toBe(live.derivation.point.weight);
    expect(array(live.leading[0].features)).toEqual(array(live.derivation.point.features));

    const tiny = withSettings({}, {}, { n: 3 });
    expect(shown(steppedTrainer(tiny, 1), tiny).leading).toHaveLength(3);
  });

  it('a mini-batch run is marked as such: its next θ is not the full-batch step', () => {
    const config = withSettings({}, { batchSize: 10 });
    expect(shown(steppedTrainer(config, 1), config).fullBatch).toBe(false);
    expect(shown(steppedTrainer(DEFAULT_CONFIG, 1), DEFAULT_CONFIG).fullBatch).toBe(true);
  });
});
