import { describe, expect, it } from 'vitest';
import { accuracy, classify, confusion } from '../../src/engine';

describe('classify: one rule at z = 0 for every count on the page', () => {
  it('z > 0 predicts 1, z < 0 predicts 0, z = 0 and NaN are undecided', () => {
    expect(classify(0.1)).toBe(1);
    expect(classify(-0.1)).toBe(0);
    expect(classify(0)).toBeNull();
    expect(classify(-0)).toBeNull();
    expect(classify(NaN)).toBeNull();
  });

  it('confusion counts right, wrong and undecided, which add up to n', () => {
    const counts = confusion([2, -1, 0, 3, -2], [1, 1, 0, 0, 0]);
    expect(counts).toEqual({
      n: 5,
      truePositive: 1,
      trueNegative: 1,
      falsePositive: 1,
      falseNegative: 1,
      undecided: 1,
      right: 2,
      wrong: 2,
    });
    expect(counts.right + counts.wrong + counts.undecided).toBe(counts.n);
    expect(accuracy(counts)).toBe(0.4);
  });

  it('at θ = 0 every point is undecided: accuracy 0, nothing misclassified', () => {
    const counts = confusion([0, 0, 0], [1, 0, 1]);
    expect(counts.undecided).toBe(3);
    expect(counts.wrong).toBe(0);
    expect(accuracy(counts)).toBe(0);
  });
});
