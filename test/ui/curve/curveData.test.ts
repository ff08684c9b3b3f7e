import { describe, expect, it } from 'vitest';
import { RunHistory } from '../../../src/state/history';
import { curveData } from '../../../src/ui/curve/curveData';
import { curveDescription } from '../../../src/ui/curve/describe';

function history(losses: number[]): RunHistory {
  const h = new RunHistory(2);
  losses.forEach((loss, k) =>
    h.append({
      iteration: k,
      epoch: k,
      cursor: 0,
      loss,
      gradientNorm: loss / 2,
      theta: new Float64Array(2),
      aux: new Float64Array(2),
    }),
  );
  return h;
}

describe('curveData', () => {
  it('curveData spans the iterations and reduces both series', () => {
    const data = curveData(history([0.69, 0.5, 0.4, 0.35]), false, 200);
    expect(data.iterations).toEqual([0, 3]);
    expect(data.loss).toEqual({ min: 0, max: 0.69, clipped: false });
    expect(data.lossLines[0].ys).toEqual([0.69, 0.5, 0.4, 0.35]);
    expect(data.gradientNormLines[0].ys).toEqual([0.345, 0.25, 0.2, 0.175]);
    expect(data.overflowed).toBe(false);
  });

  it('curveData of a diverged run says so and keeps the axis finite', () => {
    const data = curveData(history([0.69, 5, 500, 1e300, Infinity]), false, 200);
    expect(data.overflowed).toBe(true);
    expect(data.loss.clipped).toBe(true);
    expect(Number.isFinite(data.loss.max)).toBe(true);
    expect(data.description).not.toMatch(/NaN|Infinity/);
  });

  it('curveData with no history is empty but drawable', () => {
    const data = curveData(null, true, 200);
    expect(data.lossLines).toEqual([]);
    expect(data.iterations).toEqual([0, 1]);
  });

  it('curveDescription reads the first and last loss', () => {
    expect(curveDescription([0, 10], [0.5, 0.25], [1, 0.1], false)).toMatch(
      /^The loss J went from 0.500000 at iteration 0 to 0.250000 at iteration 10; the gradient norm from 1.00000 at iteration 0 to 0.100000 at iteration 10\./,
    );
  });
});
