import { describe, expect, it } from 'vitest';
import { extendToBorder, isolinePath, isolines, labelAnchor } from '../../../src/ui/data/isolines';

/** A cols × rows grid with value f(x, y) at each cell centre (grid units, y down). */
function grid(cols: number, rows: number, f: (x: number, y: number) => number): Float64Array {
  const values = new Float64Array(cols * rows);
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) values[j * cols + i] = f(i + 0.5, j + 0.5);
  }
  return values;
}

describe('isolines', () => {
  it('isolines(values, …, 0.5) of a field rising in x is one vertical line, border to border', () => {
    const lines = isolines(
      grid(10, 8, (x) => x / 10),
      10,
      8,
      0.5,
    );
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line.closed).toBe(false);
    for (const [x] of line.points) expect(x).toBeCloseTo(5, 10);
    const ys = line.points.map(([, y]) => y);
    // Extended to the top and bottom edges, not stopping half a cell short.
    expect(Math.min(...ys)).toBeCloseTo(0, 10);
    expect(Math.max(...ys)).toBeCloseTo(8, 10);
  });

  it('isolines keeps none of the grid’s edges that d3-contour closes its polygons with', () => {
    const lines = isolines(
      grid(10, 8, (x, y) => (x + y) / 18),
      10,
      8,
      0.5,
    );
    expect(lines).toHaveLength(1);
    const inner = lines[0].points.slice(1, -1);
    for (const [x, y] of inner) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(10);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(8);
      // On the level set: (x + y)/18 = 0.5.
      expect(x + y).toBeCloseTo(9, 10);
    }
  });

  it('isolines of a bump in the middle is one closed ring', () => {
    const lines = isolines(
      grid(12, 12, (x, y) => Math.exp(-((x - 6) ** 2 + (y - 6) ** 2) / 8)),
      12,
      12,
      0.5,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0].closed).toBe(true);
    const points = lines[0].points;
    expect(points[0]).toEqual(points[points.length - 1]);
    for (const [x, y] of points) {
      // exp(−r²/8) = 0.5 at r = √(8 ln 2) ≈ 2.35, up to the linear interpolation between cells.
      expect(Math.hypot(x - 6, y - 6)).toBeCloseTo(Math.sqrt(8 * Math.LN2), 0);
    }
  });

  it('isolines of a field equal to the threshold everywhere (θ = 0: p = 0.5) is empty', () => {
    expect(isolines(new Float64Array(64).fill(0.5), 8, 8, 0.5)).toEqual([]);
  });

  it('isolines of a field that never reaches the threshold is empty', () => {
    expect(isolines(new Float64Array(64).fill(0.1), 8, 8, 0.5)).toEqual([]);
  });
});

describe('extendToBorder', () => {
  it('extendToBorder carries both ends on in their direction until they meet the border', () => {
    const line = extendToBorder(
      [
        [2, 0.5],
        [2, 1.5],
        [2, 2.5],
      ],
      4,
      3,
    );
    expect(line[0]).toEqual([2, 0]);
    expect(line[line.length - 1]).toEqual([2, 3]);
  });

  it('extendToBorder extends a line running along the border by at most 1.5 cells', () => {
    const line = extendToBorder(
      [
        [4, 0.5],
        [5, 0.5],
      ],
      20,
      10,
    );
    expect(line[line.length - 1][0]).toBeCloseTo(6.5, 10);
  });
});

describe('isolinePath', () => {
  it('isolinePath scales grid units to pixels and closes rings', () => {
    const path = isolinePath(
      [
        {
          points: [
            [0, 0],
            [1, 2],
          ],
          closed: false,
        },
        {
          points: [
            [1, 1],
            [2, 1],
            [1, 1],
          ],
          closed: true,
        },
      ],
      10,
      5,
    );
    expect(path).toBe('M0,0L10,10M10,5L20,5L10,5Z');
  });

  it('isolinePath of no lines is empty (nothing is drawn)', () => {
    expect(isolinePath([], 1, 1)).toBe('');
  });
});

describe('labelAnchor', () => {
  const line = {
    points: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => [k, k] as const),
    closed: false,
  };

  it('labelAnchor(lines, fraction) picks the vertex that far along the longest line', () => {
    expect(labelAnchor([line], 0.5)).toEqual([4, 4]);
    expect(labelAnchor([line], 0)).toEqual([0, 0]);
    expect(labelAnchor([line], 1)).toEqual([8, 8]);
  });

  it('labelAnchor skips vertices where the label would not fit', () => {
    expect(labelAnchor([line], 1, ([x]) => x <= 6)).toEqual([6, 6]);
    expect(labelAnchor([line], 0.5, () => false)).toBeNull();
    expect(labelAnchor([], 0.5)).toBeNull();
  });
});
