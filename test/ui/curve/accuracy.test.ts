import { describe, expect, it } from 'vitest';
import type { Design } from '../../../src/engine';
import { accuracy, accuracyPercent, accuracyText } from '../../../src/ui/curve/accuracy';

// One feature: points at x = −2, −1, 1, 2 with labels 0, 1, 1, 1.
const design: Design = {
  X: Float64Array.from([-2, -1, 1, 2]),
  y: Float64Array.from([0, 1, 1, 1]),
  n: 4,
  p: 1,
};

describe('accuracy', () => {
  it('accuracy counts the points on the right side of w·x + b = 0', () => {
    // z = x: predicts 1 for x ≥ 0; the point at −1 (y = 1) is wrong.
    expect(accuracy(design, Float64Array.from([0, 1]))).toEqual({
      correct: 3,
      total: 4,
      undecided: 0,
    });
    // z = x + 1.5: every point right.
    expect(accuracy(design, Float64Array.from([1.5, 1]))).toEqual({
      correct: 4,
      total: 4,
      undecided: 0,
    });
  });

  it('a point at z = 0 exactly (p = ½) is undecided, neither right nor wrong, as the figure counts it', () => {
    expect(accuracy(design, Float64Array.from([0, 0]))).toEqual({
      correct: 0,
      total: 4,
      undecided: 4,
    });
  });

  it('accuracyPercent never rounds to 100 % with a point wrong, nor to 0 % with one right', () => {
    expect(accuracyPercent({ correct: 9999, total: 10000 })).toBe(99);
    expect(accuracyPercent({ correct: 1, total: 10000 })).toBe(1);
    expect(accuracyPercent({ correct: 3, total: 4 })).toBe(75);
    expect(accuracyPercent({ correct: 4, total: 4 })).toBe(100);
    expect(accuracyPercent({ correct: 0, total: 0 })).toBe(0);
  });

  it('reads "—" while no point is decided, a percentage once one is', () => {
    // θ = 0: every point at z = 0.
    expect(accuracyText(accuracy(design, Float64Array.from([0, 0])))).toBe('—');
    // z = x: three of four right.
    expect(accuracyText(accuracy(design, Float64Array.from([0, 1])))).toBe('75%');
    // One point decided and wrong, the rest undecided, is 0 %, not "—".
    expect(accuracyText({ correct: 0, total: 4, undecided: 3 })).toBe('0%');
  });
});
