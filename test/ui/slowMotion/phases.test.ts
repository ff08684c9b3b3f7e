import { describe, expect, it } from 'vitest';
import type { Objective, OptimizerSettings } from '../../../src/engine';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import { liveNumbers } from '../../../src/ui/derivation/liveNumbers';
import { derivationSections } from '../../../src/ui/derivation/sections';
import { PHASES, playsInSlowMotion, SLOW_MOTION_SPEED } from '../../../src/ui/slowMotion/phases';
import { prepareRun } from '../../../src/worker/run';

describe('slow motion', () => {
  it('plays an iteration that arrives exactly one step on, at the slowest speed only', () => {
    expect(playsInSlowMotion(SLOW_MOTION_SPEED, 3, 4)).toBe(true);
    expect(playsInSlowMotion(SLOW_MOTION_SPEED, 3, 5)).toBe(false); // a jump (scrubbing)
    expect(playsInSlowMotion(SLOW_MOTION_SPEED, 4, 3)).toBe(false); // a step back
    expect(playsInSlowMotion(SLOW_MOTION_SPEED, null, 1)).toBe(false); // a new run
    expect(playsInSlowMotion(1, 3, 4)).toBe(false);
  });

  it('shows the iteration before the step until the last phase, the step itself last', () => {
    expect(PHASES.map((phase) => phase.after)).toEqual([false, false, false, true]);
  });

  // Each phase points at a section the derivation has, whatever the loss, penalty and rule.
  it.each([
    ['crossEntropy', 'none', 'gradientDescent'],
    ['crossEntropy', 'l2', 'momentum'],
    ['squaredError', 'l1', 'gradientDescent'],
    ['crossEntropy', 'none', 'newton'],
  ] as const)('names sections the derivation has: %s, %s, %s', (loss, penalty, rule) => {
    const objective: Objective = { loss, regularization: { kind: penalty, lambda: 0.1 } };
    const optimizer: OptimizerSettings = { ...DEFAULT_CONFIG.optimizer, rule };
    const { design } = prepareRun(DEFAULT_CONFIG);
    const live = liveNumbers({
      iteration: 0,
      objective,
      optimizer,
      design,
      theta: new Float64Array(design.p + 1),
      pointIndex: 0,
      aux: null,
    });
    const colors = { border: '#000000', background: '#ffffff' };
    const ids = derivationSections({ live, names: [], standardized: true, colors }).map(
      (section) => section.id,
    );
    for (const phase of PHASES) expect(ids).toContain(phase.section);
  });
});
