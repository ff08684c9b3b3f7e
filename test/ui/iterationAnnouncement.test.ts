import { describe, expect, it } from 'vitest';
import { datasetFromRows, logits } from '../../src/engine';
import {
  announcementDelay,
  factsOf,
  iterationAnnouncement,
  PLAYING_INTERVAL_MS,
  SETTLE_MS,
} from '../../src/ui/app/iterationAnnouncement';
import type { Snapshot } from '../../src/worker/protocol';
import { prepareRun } from '../../src/worker/run';

const snapshot = (change: Partial<Snapshot>): Snapshot => ({
  iteration: 0,
  epoch: 0,
  theta: new Float64Array(2),
  rawTheta: new Float64Array(2),
  loss: Math.LN2,
  heldOutLoss: null,
  gradient: new Float64Array(2),
  gradientNorm: 0.25,
  playing: false,
  stop: null,
  warnings: [],
  firstIteration: 0,
  lastIteration: 0,
  speed: 30,
  ...change,
});

/** Four points on a line, x = 1..4, labels 0 0 1 1; raw features so θ reads directly. */
const prepared = () => {
  const data = datasetFromRows([[1], [2], [3], [4]], [0, 0, 1, 1]);
  return prepareRun({
    data: {
      kind: 'points',
      name: 'line.csv',
      featureNames: data.featureNames,
      features: Array.from(data.features),
      labels: Array.from(data.labels),
    },
    features: { standardize: false, degree: 1 },
  });
};

describe('iterationAnnouncement', () => {
  it('says the iteration, loss, gradient norm and misclassified points in one sentence', () => {
    expect(
      iterationAnnouncement({
        iteration: 12,
        loss: 0.432149,
        gradientNorm: 0.0123456,
        summary: { n: 100, wrong: 8, undecided: 0 },
      }),
    ).toBe('Iteration 12: loss 0.4321, gradient norm 0.01235; 8 of 100 points misclassified.');
  });

  it('says "point" for one, and that nothing is decided at θ = 0', () => {
    const facts = { iteration: 0, loss: Math.LN2, gradientNorm: 0.5 };
    expect(iterationAnnouncement({ ...facts, summary: { n: 1, wrong: 1, undecided: 0 } })).toMatch(
      /; 1 of 1 point misclassified\.$/,
    );
    expect(iterationAnnouncement({ ...facts, summary: { n: 4, wrong: 0, undecided: 4 } })).toBe(
      'Iteration 0: loss 0.6931, gradient norm 0.5000; every point at p = 0.5.',
    );
  });

  it('never speaks "NaN" or "Infinity": a diverged run is said in words', () => {
    const text = iterationAnnouncement({
      iteration: 3,
      loss: NaN,
      gradientNorm: Infinity,
      summary: null,
    });
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(text).toMatch(/^Iteration 3: loss .+; the parameters are not finite numbers\.$/);
  });
});

describe('factsOf', () => {
  it('counts the points misclassified at the snapshot’s θ, as the data panel does', () => {
    const run = prepared();
    // z = −2.5 + x: x = 1, 2 below 0 (right), 3, 4 above (right); θ = [−3.5, 1] gets x = 3 wrong.
    expect(factsOf(snapshot({ theta: Float64Array.from([-2.5, 1]) }), run)?.summary).toEqual({
      n: 4,
      wrong: 0,
      undecided: 0,
    });
    const theta = Float64Array.from([-3.5, 1]);
    expect(Array.from(logits(run.design, theta))).toEqual([-2.5, -1.5, -0.5, 0.5]);
    expect(factsOf(snapshot({ theta, iteration: 7 }), run)).toMatchObject({
      iteration: 7,
      summary: { n: 4, wrong: 1, undecided: 0 },
    });
  });

  it('has no count for θ that is not finite, and nothing for another run’s θ', () => {
    const run = prepared();
    expect(factsOf(snapshot({ theta: Float64Array.from([NaN, 1]) }), run)?.summary).toBeNull();
    expect(factsOf(snapshot({ theta: new Float64Array(3) }), run)).toBeNull();
  });
});

describe('announcementDelay', () => {
  it('paused: waits for the state to settle, however long since the last', () => {
    expect(announcementDelay(false, Infinity)).toBe(SETTLE_MS);
    expect(announcementDelay(false, 10)).toBe(SETTLE_MS);
  });

  it('playing: at most one announcement per interval', () => {
    expect(announcementDelay(true, Infinity)).toBe(0);
    expect(announcementDelay(true, PLAYING_INTERVAL_MS + 1)).toBe(0);
    expect(announcementDelay(true, 1000)).toBe(PLAYING_INTERVAL_MS - 1000);
    expect(PLAYING_INTERVAL_MS).toBeGreaterThanOrEqual(3000);
  });
});
