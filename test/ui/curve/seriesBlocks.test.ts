import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunHistory } from '../../../src/state/history';
import { curveData } from '../../../src/ui/curve/curveData';
import type { Accepted } from '../../../src/ui/curve/downsample';
import { reduceSeries } from '../../../src/ui/curve/downsample';
import {
  BLOCK,
  HistoryBlocks,
  reduceBlocked,
  SeriesBlocks,
} from '../../../src/ui/curve/seriesBlocks';

/** Values a loss series takes: ordinary, repeated, zero and negative (log axis), NaN and ∞. */
const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1, max: 3, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0.5, 1, 0) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
);

/** Increasing iterations with gaps (a thinned history, mini-batch recording). */
const iterationsOf = (steps: number[]) => {
  const x = new Float64Array(steps.length);
  let at = 0;
  steps.forEach((step, k) => {
    at += step;
    x[k] = at;
  });
  return x;
};

describe('reduceBlocked', () => {
  it('draws exactly what reduceSeries draws, for any series, domain, width and growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, fc.integer({ min: 1, max: 5 })), {
          maxLength: 6 * BLOCK,
          size: 'max',
        }),
        fc.array(fc.nat({ max: 6 * BLOCK }), { maxLength: 4 }),
        // Few columns put whole blocks inside one; many make them straddle the columns' edges.
        fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 })),
        fc.constantFrom<Accepted>('finite', 'positive'),
        fc.boolean(),
        (entries, cuts, columns, accepted, runs) => {
          // Long runs of one value make whole blocks fall inside a column.
          const ys = entries.map(([v], k) => (runs ? entries[k - (k % 7)][0] : v));
          const y = Float64Array.from(ys);
          const x = iterationsOf(entries.map(([, step]) => step));
          const blocks = new SeriesBlocks(accepted);
          // Summed up in pieces, as a history grows between frames.
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const n = Math.min(cut, y.length);
            blocks.extend(y.subarray(0, n));
            const [x0, x1] = n > 0 ? [x[0], Math.max(x[n - 1], x[0] + 1)] : [0, 1];
            expect(
              reduceBlocked(x.subarray(0, n), y.subarray(0, n), blocks, x0, x1, columns),
            ).toEqual(reduceSeries(x.subarray(0, n), y.subarray(0, n), x0, x1, columns, accepted));
          }
          blocks.extend(y);
          const x0 = x.length > 0 ? x[0] : 0;
          const x1 = x.length > 0 ? Math.max(x[x.length - 1], x0 + 1) : 1;
          expect(reduceBlocked(x, y, blocks, x0, x1, columns)).toEqual(
            reduceSeries(x, y, x0, x1, columns, accepted),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

function append(history: RunHistory, from: number, losses: readonly number[]): void {
  losses.forEach((loss, k) =>
    history.append({
      iteration: from + k,
      epoch: from + k,
      cursor: 0,
      loss,
      gradientNorm: Math.abs(loss) / 2,
      theta: new Float64Array(2),
      aux: new Float64Array(0),
    }),
  );
}

describe('the loss chart with block summaries', () => {
  // 400 and 240: the history thins from entry 160 down by 80, whole blocks (the summaries of the
  // dense part move with its entries); 100 and 37: from entry 63 down by 31, not whole blocks
  // (summed up afresh).
  it.each([
    [400, 240],
    [100, 37],
  ])(
    'gives the same curve data frame after frame as from scratch, through growth, thinning and truncation (capacity %i, dense %i)',
    (capacity, dense) => {
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc.array(fc.constantFrom(0.25, 0.5, 1, 1.5), { maxLength: 130, size: 'max' }),
              // A stretch the axis does not show, as a diverged run's.
              fc.array(fc.constant(Infinity), { minLength: 40, maxLength: 90 }),
              fc.constant('truncate' as const),
            ),
            { maxLength: 12 },
          ),
          fc.boolean(),
          fc.constantFrom(2, 5, 37),
          (frames, logScale, columns) => {
            // A small capacity, so the history thins its older entries as it fills up.
            const history = new RunHistory(2, capacity, dense);
            const blocks = new HistoryBlocks();
            let next = 0;
            for (const frame of frames) {
              if (frame === 'truncate') {
                if (history.length > 1) history.truncateAfter(Math.floor(history.length / 2));
                next = history.length > 0 ? history.iteration(history.length - 1) + 1 : 0;
              } else {
                append(history, next, frame);
                next += frame.length;
              }
              expect(curveData(history, logScale, columns, blocks)).toEqual(
                curveData(history, logScale, columns),
              );
            }
          },
        ),
        { numRuns: 200 },
      );
    },
  );
});

describe('the block size and the default history', () => {
  it('a default history thins in whole blocks, so the chart keeps its summaries through it', () => {
    const { older, shift } = new RunHistory(2).thinning;
    expect([older % BLOCK, shift % BLOCK]).toEqual([0, 0]);
  });
});
