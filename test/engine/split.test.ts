import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/engine';
import { heldOutLoss, splitProblem, splitRows, stratifiedSplit } from '../../src/engine';
import { randomProblem } from './arbitraries';

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

/** The mean of a point's loss, given its probability and label, over the rows with mask 1, written out. */
function meanOverRows(
  X: Float64Array,
  y: ArrayLike<number>,
  p: number,
  theta: Float64Array,
  mask: Uint8Array,
  pointLoss: (prob: number, label: number) => number,
): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < y.length; i++) {
    if (mask[i] !== 1) continue;
    let z = theta[0];
    for (let j = 0; j < p; j++) z += theta[j + 1] * X[i * p + j];
    sum += pointLoss(1 / (1 + Math.exp(-z)), y[i]);
    count++;
  }
  return sum / count;
}

/** The mean cross-entropy −[y log p + (1 − y) log(1 − p)] over the rows with mask 1. */
const crossEntropyOfRows = (
  X: Float64Array,
  y: ArrayLike<number>,
  p: number,
  theta: Float64Array,
  mask: Uint8Array,
) =>
  meanOverRows(X, y, p, theta, mask, (prob, label) =>
    label === 1 ? -Math.log(prob) : -Math.log(1 - prob),
  );

/** The mean of (p − y)²/2 over the rows with mask 1. */
const squaredErrorOfRows = (
  X: Float64Array,
  y: ArrayLike<number>,
  p: number,
  theta: Float64Array,
  mask: Uint8Array,
) => meanOverRows(X, y, p, theta, mask, (prob, label) => (prob - label) ** 2 / 2);

describe('the held-out rows and their loss', () => {
  it('the held-out loss is the loss of the held-out rows alone, computed independently', () => {
    fc.assert(
      fc.property(randomProblem(), fc.integer(), ({ design, theta }, seed) => {
        const mask = stratifiedSplit(design.y, 0.4, seed);
        fc.pre(mask.includes(1));
        // The held-out rows as a design of their own: splitRows on the rows as a data set.
        const asData: Dataset = {
          features: design.X,
          labels: design.y,
          n: design.n,
          d: design.p,
          featureNames: Array.from({ length: design.p }, (_, j) => `x${j + 1}`),
        };
        const rows = splitRows(asData, mask, 1);
        const test = { X: rows.features, y: rows.labels, n: rows.n, p: design.p };
        const expected = crossEntropyOfRows(design.X, design.y, design.p, theta, mask);
        expect(heldOutLoss('crossEntropy', test, theta)).toBeCloseTo(expected, 10);
        const squared = squaredErrorOfRows(design.X, design.y, design.p, theta, mask);
        expect(heldOutLoss('squaredError', test, theta)).toBeCloseTo(squared, 12);
      }),
    );
  });

  it('splitRows keeps each side’s rows in order, and the two sides make up the data', () => {
    fc.assert(
      fc.property(
        randomProblem(),
        fc.integer(),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        ({ design }, seed, share) => {
          const data: Dataset = {
            features: design.X,
            labels: design.y,
            n: design.n,
            d: design.p,
            featureNames: [],
          };
          const mask = stratifiedSplit(design.y, share, seed);
          const train = splitRows(data, mask, 0);
          const test = splitRows(data, mask, 1);
          expect(train.n + test.n).toBe(design.n);
          const indices = (side: number) => Array.from(mask.keys()).filter((i) => mask[i] === side);
          indices(1).forEach((i, k) => {
            expect(test.labels[k]).toBe(design.y[i]);
            expect(Array.from(test.features.subarray(k * design.p, (k + 1) * design.p))).toEqual(
              Array.from(design.X.subarray(i * design.p, (i + 1) * design.p)),
            );
          });
          indices(0).forEach((i, k) => expect(train.labels[k]).toBe(design.y[i]));
        },
      ),
    );
  });

  it('keeps each class’s proportion on both sides, within one point', () => {
    fc.assert(
      fc.property(
        labelled,
        fc.integer({ min: 5, max: 50 }),
        fc.integer(),
        (labels, percent, seed) => {
          const test = stratifiedSplit(labels, percent / 100, seed);
          const heldOut = labels.filter((_, i) => test[i] === 1);
          for (const label of [0, 1]) {
            const share = labels.filter((y) => y === label).length * (percent / 100);
            const held = heldOut.filter((y) => y === label).length;
            expect(Math.abs(held - share)).toBeLessThanOrEqual(0.5);
          }
        },
      ),
    );
  });

  it('says when a split leaves nothing held out, or a class without training points', () => {
    expect(splitProblem([0, 1, 0, 1, 0, 1], 10, 1)).toMatch(/holds out none/);
    expect(splitProblem([0, 1], 50, 1)).toMatch(/no training point of one class/);
    expect(splitProblem([0, 0, 1, 1, 0, 1], 50, 1)).toBeNull();
    // The same check the split makes: when it passes, both classes train and something is held out.
    fc.assert(
      fc.property(
        labelled,
        fc.integer({ min: 1, max: 50 }),
        fc.integer(),
        (labels, percent, seed) => {
          const test = stratifiedSplit(labels, percent / 100, seed);
          const ok = splitProblem(labels, percent, seed) === null;
          const trains = (label: number) => labels.some((y, i) => y === label && test[i] === 0);
          expect(ok).toBe(test.includes(1) && trains(0) && trains(1));
        },
      ),
    );
  });
});
