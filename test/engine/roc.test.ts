import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  confusion,
  confusionAtThreshold,
  logit,
  logits,
  rocCurve,
  sigmoid,
} from '../../src/engine';
import { accuracy } from '../../src/ui/curve/accuracy';
import { randomProblem } from './arbitraries';

/** P(score of a random positive > that of a random negative) + ½ P(tie), pair by pair. */
function mannWhitney(z: ArrayLike<number>, y: ArrayLike<number>): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < z.length; i++) {
    if (y[i] !== 1) continue;
    for (let j = 0; j < z.length; j++) {
      if (y[j] !== 0) continue;
      pairs++;
      if (z[i] > z[j]) wins++;
      else if (z[i] === z[j]) wins += 0.5;
    }
  }
  return wins / pairs;
}

/** Scores with many ties (a few distinct values) and labels with both classes. */
const scored = fc
  .integer({ min: 2, max: 40 })
  .chain((n) =>
    fc.record({
      z: fc.array(
        fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -5, max: 5, noNaN: true })),
        {
          minLength: n,
          maxLength: n,
        },
      ),
      y: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
    }),
  )
  .filter(({ y }) => y.includes(0) && y.includes(1));

describe('the confusion matrix', () => {
  it('counts a small case by hand', () => {
    // p = 0.2, 0.4, 0.6, 0.8 with labels 0, 1, 0, 1.
    const z = [0.2, 0.4, 0.6, 0.8].map(logit);
    const y = [0, 1, 0, 1];
    expect(confusionAtThreshold(z, y, 0.5)).toEqual({
      truePositives: 1,
      falsePositives: 1,
      trueNegatives: 1,
      falseNegatives: 1,
    });
    expect(confusionAtThreshold(z, y, 0)).toMatchObject({ truePositives: 2, falsePositives: 2 });
    expect(confusionAtThreshold(z, y, 1)).toMatchObject({ trueNegatives: 2, falseNegatives: 2 });
    // p ≥ t: a point exactly at the threshold is called positive.
    expect(confusionAtThreshold([0], [1], 0.5).truePositives).toBe(1);
  });

  it('at t = ½ gives the engine’s classification, a point on the boundary (z = 0) called positive', () => {
    fc.assert(
      fc.property(randomProblem(), ({ design, theta }) => {
        const z = logits(design, theta);
        const c = confusionAtThreshold(z, design.y, 0.5);
        const counts = confusion(z, design.y);
        // classify() leaves z = 0 undecided; a threshold must call it, and calls it positive.
        let onBoundaryPositive = 0;
        for (let i = 0; i < z.length; i++)
          if (z[i] === 0 && design.y[i] === 1) onBoundaryPositive++;
        expect(c.truePositives + c.trueNegatives).toBe(counts.right + onBoundaryPositive);
        expect(counts.right).toBe(accuracy(design, theta).correct);
        expect(c.truePositives + c.falseNegatives).toBe(design.y.filter((v) => v === 1).length);
      }),
    );
    // A tiny negative score whose σ rounds to 0.5 is still called negative, as the boundary says.
    expect(sigmoid(-1e-17)).toBe(0.5);
    expect(confusionAtThreshold([-1e-17], [0], 0.5).trueNegatives).toBe(1);
  });
});

describe('the ROC curve', () => {
  it('runs from (0, 0) to (1, 1), never going down or left, one point per distinct score', () => {
    fc.assert(
      fc.property(scored, ({ z, y }) => {
        const roc = rocCurve(z, y)!;
        const { falsePositiveRate: x, truePositiveRate: h } = roc;
        expect([x[0], h[0]]).toEqual([0, 0]);
        expect([x.at(-1), h.at(-1)]).toEqual([1, 1]);
        for (let k = 1; k < x.length; k++) {
          expect(x[k]).toBeGreaterThanOrEqual(x[k - 1]);
          expect(h[k]).toBeGreaterThanOrEqual(h[k - 1]);
          expect(roc.scores[k]).toBeLessThan(roc.scores[k - 1]);
        }
        expect(x.length).toBe(new Set(z).size + 1);
      }),
    );
  });

  it('has the confusion matrix of each of its thresholds at each point', () => {
    fc.assert(
      fc.property(scored, ({ z, y }) => {
        const roc = rocCurve(z, y)!;
        for (let k = 1; k < roc.scores.length; k++) {
          const t = sigmoid(roc.scores[k]);
          // Where σ rounds, distinct scores can share a p: compare only where it does not.
          if (t <= 0 || t >= 1 || logit(t) !== roc.scores[k]) continue;
          const c = confusionAtThreshold(z, y, t);
          expect(c.truePositives / roc.positives).toBe(roc.truePositiveRate[k]);
          expect(c.falsePositives / roc.negatives).toBe(roc.falsePositiveRate[k]);
        }
      }),
    );
  });

  it('has an area equal to the Mann–Whitney statistic, ties counting ½', () => {
    fc.assert(
      fc.property(scored, ({ z, y }) => {
        expect(rocCurve(z, y)!.auc).toBeCloseTo(mannWhitney(z, y), 12);
      }),
    );
  });

  it('depends on the order of the scores only', () => {
    fc.assert(
      fc.property(scored, ({ z, y }) => {
        // The scores replaced by their ranks among the distinct ones (an increasing map).
        const distinct = [...new Set(z)].sort((a, b) => a - b);
        const ranks = z.map((v) => distinct.indexOf(v) * 10 - 7);
        expect(rocCurve(ranks, y)!.auc).toBeCloseTo(rocCurve(z, y)!.auc, 12);
      }),
    );
  });

  it('is 1 for perfectly ranked scores, ½ for all tied, null for one class', () => {
    expect(rocCurve([1, 2, 3, 4], [0, 0, 1, 1])!.auc).toBe(1);
    expect(rocCurve([1, 2, 3, 4], [1, 1, 0, 0])!.auc).toBe(0);
    expect(rocCurve([5, 5, 5, 5], [0, 1, 0, 1])!.auc).toBe(0.5);
    expect(rocCurve([1, 2], [1, 1])).toBeNull();
  });
});
