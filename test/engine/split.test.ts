import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stratifiedSplit } from '../../src/engine';

const labelled = fc.array(fc.constantFrom(0, 1), { minLength: 0, maxLength: 200 });
const share = fc.double({ min: 0, max: 0.95, noNaN: true });

describe('the stratified split', () => {
  it('holds out round(share · count) rows of each class', () => {
    fc.assert(
      fc.property(labelled, share, fc.integer(), (labels, testShare, seed) => {
        const test = stratifiedSplit(labels, testShare, seed);
        for (const label of [0, 1]) {
          const count = labels.filter((y) => y === label).length;
          const held = labels.filter((y, i) => y === label && test[i] === 1).length;
          expect(held).toBe(Math.round(testShare * count));
        }
      }),
    );
  });

  it('is the same for the same seed, and another for another seed', () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    expect(stratifiedSplit(labels, 0.3, 7)).toEqual(stratifiedSplit(labels, 0.3, 7));
    expect(stratifiedSplit(labels, 0.3, 7)).not.toEqual(stratifiedSplit(labels, 0.3, 8));
  });

  it('refuses a share outside [0, 1)', () => {
    expect(() => stratifiedSplit([0, 1], 1, 1)).toThrow();
    expect(() => stratifiedSplit([0, 1], -0.1, 1)).toThrow();
    expect(() => stratifiedSplit([0, 1], Number.NaN, 1)).toThrow();
  });
});
