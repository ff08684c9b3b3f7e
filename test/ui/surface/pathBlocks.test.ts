import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { BLOCK, SettledBlocks, pointsList, settledEnd } from '../../../src/ui/surface/pathBlocks';
import type { TracedPath } from '../../../src/ui/surface/pathTrace';

const scales = {
  x: scaleLinear().domain([-2, 2]).range([0, 400]),
  y: scaleLinear().domain([-2, 2]).range([300, 0]),
};

function spiral(count: number, epoch = 1, turn = 0): TracedPath {
  const xs = Array.from({ length: count }, (_, k) => Math.cos(k / 40 + turn) * (1 - k / 2000));
  const ys = Array.from({ length: count }, (_, k) => Math.sin(k / 40 + turn) * (1 - k / 2000));
  return { epoch, xs, ys, iterations: xs.map((_, k) => k), bounds: null };
}

describe('the settled prefix of a drawn path', () => {
  it('settledEnd is a whole number of blocks and leaves the tail at least two points', () => {
    for (let split = 0; split < 5 * BLOCK; split++) {
      const end = settledEnd(split);
      expect(end % BLOCK).toBe(0);
      if (end > 0) expect(split - end).toBeGreaterThanOrEqual(2);
      expect(split - end).toBeLessThanOrEqual(BLOCK + 1);
    }
  });

  it('is the points list of 0 … settled whether it grows, steps back or starts a new epoch', () => {
    const blocks = new SettledBlocks();
    // Growing a frame at a time, a step back, growing again, then another epoch (a thinned path).
    const splits = [1, 2, 70, 130, 131, 200, 64, 66, 300, 700];
    for (const split of splits) {
      const path = spiral(split + 5);
      const settled = settledEnd(split);
      const expected = settled > 0 ? pointsList(path.xs, path.ys, 0, settled + 1, scales) : '';
      expect(blocks.get(path, settled, scales)).toBe(expected);
    }
    const other = spiral(400, 2, 1);
    const settled = settledEnd(390);
    expect(blocks.get(other, settled, scales)).toBe(
      pointsList(other.xs, other.ys, 0, settled + 1, scales),
    );
    // New scales (a zoom): formatted afresh for them.
    const zoomed = { x: scales.x.copy().domain([-1, 1]), y: scales.y.copy().domain([-1, 1]) };
    expect(blocks.get(other, settled, zoomed)).toBe(
      pointsList(other.xs, other.ys, 0, settled + 1, zoomed),
    );
  });
});
