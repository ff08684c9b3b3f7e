import { describe, expect, it } from 'vitest';
import {
  buildDesign,
  datasetFromRows,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  NO_REGULARIZATION,
  PRESET_KINDS,
  validateDataset,
} from '../../src/engine';

describe('generatePreset', () => {
  it.each(PRESET_KINDS)(
    '%s: valid, both classes, and the same points for the same seed',
    (kind) => {
      const a = generatePreset(kind, { n: 120, noise: 1, seed: 9 });
      const b = generatePreset(kind, { n: 120, noise: 1, seed: 9 });
      const c = generatePreset(kind, { n: 120, noise: 1, seed: 10 });
      expect(validateDataset(a).ok).toBe(true);
      expect(a.n).toBe(120);
      expect(a.d).toBe(kind === 'oneFeature' ? 1 : 2);
      expect(Array.from(a.features)).toEqual(Array.from(b.features));
      expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
      expect(Array.from(a.features)).not.toEqual(Array.from(c.features));
    },
  );

  it('keeps both classes even for the smallest and most unbalanced sets', () => {
    const tiny = generatePreset('unbalanced', { n: 2, noise: 1, seed: 1 });
    expect(Array.from(tiny.labels).sort()).toEqual([0, 1]);
    const unbalanced = generatePreset('unbalanced', { n: 200, noise: 1, seed: 1 });
    expect(unbalanced.labels.reduce((s, y) => s + y)).toBe(30);
  });

  it('separable is separable at any noise; circles and XOR need curved boundaries', () => {
    const optimumStatus = (kind: (typeof PRESET_KINDS)[number], degree: number, seed: number) => {
      const data = generatePreset(kind, { n: 100, noise: 1.5, seed });
      return findOptimum(
        { loss: 'crossEntropy', regularization: NO_REGULARIZATION },
        buildDesign(data, fitFeatureMap(data, { standardize: true, degree })),
      ).status;
    };
    for (let seed = 1; seed <= 3; seed++) {
      expect(optimumStatus('separable', 1, seed)).toBe('separable');
      expect(optimumStatus('twoBlobs', 1, seed)).toBe('found');
    }
    // With degree 1 no line fits circles: the best line barely beats the base rate.
    const circles = generatePreset('circles', { n: 200, noise: 1, seed: 1 });
    const linear = buildDesign(circles, fitFeatureMap(circles, { standardize: true, degree: 1 }));
    const quadratic = buildDesign(
      circles,
      fitFeatureMap(circles, { standardize: true, degree: 2 }),
    );
    const ce = { loss: 'crossEntropy', regularization: NO_REGULARIZATION } as const;
    const lossOf = (design: typeof linear) => {
      const result = findOptimum(ce, design);
      return result.status === 'found' ? result.objective : 0;
    };
    expect(lossOf(linear)).toBeGreaterThan(0.6);
    expect(lossOf(quadratic)).toBeLessThan(0.3);
  });

  it('refuses impossible options', () => {
    expect(() => generatePreset('twoBlobs', { n: 1, noise: 1, seed: 1 })).toThrow(RangeError);
    expect(() => generatePreset('twoBlobs', { n: 10, noise: -1, seed: 1 })).toThrow(RangeError);
  });
});

describe('validateDataset', () => {
  it('accepts two points of different classes', () => {
    expect(validateDataset(datasetFromRows([[0], [1]], [0, 1]))).toEqual({
      ok: true,
      positives: 1,
      negatives: 1,
    });
  });

  it.each([
    ['one point', datasetFromRows([[1, 2]], [1]), 'tooFewPoints', /at least 2 points/],
    [
      'one class',
      datasetFromRows([[1], [2], [3]], [1, 1, 1]),
      'oneClass',
      /All 3 points have label 1/,
    ],
    [
      'NaN',
      datasetFromRows([[1], [NaN]], [0, 1], ['temp']),
      'nonFinite',
      /Row 2: the value of "temp"/,
    ],
    ['Infinity', datasetFromRows([[Infinity], [1]], [0, 1]), 'nonFinite', /Row 1/],
    [
      'a label of 2',
      datasetFromRows([[1], [2]], [0, 2]),
      'badLabel',
      /Row 2: the label must be 0 or 1/,
    ],
  ])('refuses %s with a message that says why', (_, data, kind, message) => {
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe(kind);
    expect(result.problem.message).toMatch(message);
  });

  it('refuses arrays that do not match the stated size', () => {
    const data = { ...datasetFromRows([[1], [2]], [0, 1]), n: 3 };
    const result = validateDataset(data);
    expect(result.ok || result.problem.kind).toBe('shape');
  });
});
