import { describe, expect, it } from 'vitest';
import { RunHistory } from '../../../src/state/history';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import {
  convergenceCriterion,
  OutcomeTracker,
  outcomeText,
  runOutcome,
} from '../../../src/ui/compare/outcome';

const iterations = [0, 1, 2, 3, 4];

describe('runOutcome', () => {
  it('converged at the first iteration whose gradient norm is below the tolerance', () => {
    const norms = [1, 1e-3, 1e-7, 1e-9, 1e-7];
    const outcome = runOutcome(iterations, norms, [1, 1, 1, 1, 1], 1e-6, null);
    expect(outcome).toEqual({ kind: 'converged', iteration: 2 });
    expect(outcomeText(outcome)).toBe('2');
  });

  it('diverged where the loss overflowed', () => {
    const outcome = runOutcome(
      iterations,
      [1, 2, 3, 4, 5],
      [1, 10, 1e300, Infinity, NaN],
      1e-6,
      null,
    );
    expect(outcome).toEqual({ kind: 'diverged', iteration: 3 });
    expect(outcomeText(outcome)).toBe('diverged at iteration 3');
  });

  it('not yet converged: says how far it got', () => {
    const outcome = runOutcome(iterations, [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], 1e-6, null);
    expect(outcome).toEqual({ kind: 'running', iteration: 4 });
    expect(outcomeText(outcome)).toBe('not yet (4 so far)');
  });

  it('nothing recorded yet', () => {
    expect(outcomeText(runOutcome([], [], [], 1e-6, null))).toBe('—');
  });
});

describe('OutcomeTracker', () => {
  it('reads only new entries, and what it found stays until the history is rewritten', () => {
    const history = new RunHistory(1);
    const add = (iteration: number, norm: number) =>
      history.append({
        iteration,
        epoch: 0,
        cursor: 0,
        loss: 0.5,
        gradientNorm: norm,
        theta: new Float64Array(1),
        aux: new Float64Array(1),
      });
    const tracker = new OutcomeTracker();
    add(0, 1);
    add(1, 0.1);
    expect(tracker.update(history, 1e-3, null)).toEqual({ kind: 'running', iteration: 1 });
    add(2, 1e-4);
    add(3, 1e-5);
    expect(tracker.update(history, 1e-3, null)).toEqual({ kind: 'converged', iteration: 2 });
    // The same answer as a full scan, for every tolerance.
    for (const tolerance of [1e-3, 0.5, 1e-9]) {
      const fresh = new OutcomeTracker().update(history, tolerance, null);
      expect(tracker.update(history, tolerance, null)).toEqual(fresh);
      expect(fresh).toEqual(
        runOutcome(
          history.view('iteration'),
          history.view('gradientNorm'),
          history.view('loss'),
          tolerance,
          null,
        ),
      );
    }
    // Rewritten (a reset): read afresh.
    history.clear();
    add(0, 1);
    expect(tracker.update(history, 1e-3, null)).toEqual({ kind: 'running', iteration: 0 });
  });
});

describe('convergenceCriterion', () => {
  const squaredError = {
    ...DEFAULT_CONFIG,
    objective: { ...DEFAULT_CONFIG.objective, loss: 'squaredError' as const },
  };

  it('says what is compared: each run’s own ‖∇J‖ over all the points, against the tolerance', () => {
    expect(convergenceCriterion(DEFAULT_CONFIG, DEFAULT_CONFIG)).toBe(
      'converged: each run’s own ‖∇J‖ over all the points below 1 × 10⁻⁶.',
    );
  });

  it('warns that two losses’ gradients differ in scale', () => {
    const text = convergenceCriterion(DEFAULT_CONFIG, squaredError);
    expect(text).toMatch(/differ in scale.*p\(1 − p\) ≤ 1\/4.*not equally strict/);
    expect(convergenceCriterion(squaredError, squaredError)).not.toMatch(/differ/);
  });

  it('names the L1 measure and two tolerances when they differ', () => {
    const l1 = {
      ...DEFAULT_CONFIG,
      objective: {
        ...DEFAULT_CONFIG.objective,
        regularization: { kind: 'l1' as const, lambda: 0.1 },
      },
      tolerance: 1e-4,
    };
    expect(convergenceCriterion(DEFAULT_CONFIG, l1)).toMatch(/proximal.*\(A\).*\(B\)/);
  });
});
