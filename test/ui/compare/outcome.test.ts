import { describe, expect, it } from 'vitest';
import { outcomeText, runOutcome } from '../../../src/ui/compare/outcome';

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
