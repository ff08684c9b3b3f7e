import { describe, expect, it } from 'vitest';
import { cellCenter } from '../../../src/engine';
import type { SurfaceSpec } from '../../../src/engine';
import { gridAffine, levelColors } from '../../../src/ui/surface/contours';
import type { PlaneScales } from '../../../src/ui/surface/projection';
import { planeScales, plotLayout } from '../../../src/ui/surface/projection';
import {
  LEVEL_COUNT,
  contourGrid,
  contourInput,
  contourThresholds,
  flattenLevel,
  gridExtent,
  surfaceContours,
} from '../../../src/worker/surfaceContours';

/** gridAffine as a function of grid units. */
function gridToPixel(spec: SurfaceSpec, scales: PlaneScales) {
  const { x0, kx, y0, ky } = gridAffine(spec, scales);
  return (gx: number, gy: number) => [x0 + kx * gx, y0 + ky * gy];
}

/** A G×G grid of J = (θx − cx)² + (θy − cy)² + 1 sampled at cell centres over [min, max]². */
function bowl(size: number, min: number, max: number, cx: number, cy: number): Float64Array {
  const axis = { parameter: 0, min, max };
  const values = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x = cellCenter(axis, size, c);
      const y = cellCenter(axis, size, r);
      values[r * size + c] = (x - cx) ** 2 + (y - cy) ** 2 + 1;
    }
  }
  return values;
}

describe('gridExtent', () => {
  it('gridExtent skips non-finite values', () => {
    expect(gridExtent([3, NaN, 1, Infinity, 2])).toEqual({ min: 1, max: 3 });
    expect(gridExtent([NaN])).toBeNull();
  });
});

describe('contourThresholds', () => {
  it('contourThresholds starts at J_min and is evenly spaced in √(J − J_min)', () => {
    const t = contourThresholds({ min: 1, max: 101 });
    expect(t).toHaveLength(LEVEL_COUNT);
    expect(t[0]).toBe(1);
    const roots = t.map((v) => Math.sqrt(v - 1));
    for (let k = 2; k < roots.length; k++) {
      expect(roots[k] - roots[k - 1]).toBeCloseTo(roots[1] - roots[0], 9);
    }
    // Levels crowd towards the minimum: the first gaps are the smallest.
    expect(t[1] - t[0]).toBeLessThan(t[LEVEL_COUNT - 1] - t[LEVEL_COUNT - 2]);
    expect(t[LEVEL_COUNT - 1]).toBeLessThan(101);
  });

  it('contourThresholds of a flat grid is one level, of an empty one none', () => {
    expect(contourThresholds({ min: 2, max: 2 })).toEqual([2]);
    expect(contourThresholds(null)).toEqual([]);
  });
});

describe('contours of a grid', () => {
  it('contourInput replaces overflow and NaN by the largest finite value', () => {
    expect(contourInput([1, Infinity, NaN, 3], { min: 1, max: 3 })).toEqual([1, 3, 3, 3]);
  });

  it('surfaceContours: the lowest level covers the whole grid, higher ones ring the minimum', () => {
    const size = 40;
    const values = bowl(size, -2, 2, 0.5, -0.5);
    const levels = surfaceContours(values, size, contourThresholds(gridExtent(values)));
    expect(levels).toHaveLength(LEVEL_COUNT);
    // Level 0: J ≥ J_min everywhere, a single square of the grid's size.
    const outline = levels[0].coordinates.flat(2);
    const xs = outline.map(([x]) => x);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(size);
    // A higher level has a hole where J is below it: around the minimum.
    const level = levels[3];
    const rings = level.coordinates.flat(1);
    expect(rings.length).toBeGreaterThan(1);
  });

  it('gridAffine scales grid units by width/G, so the grid spans exactly its range', () => {
    const layout = plotLayout(300, 300, { top: 0, right: 0, bottom: 0, left: 0 });
    const range = { x: { min: -1, max: 3 }, y: { min: 0, max: 2 } };
    const scales = planeScales(range, layout);
    const spec = {
      x: { parameter: 1, min: -1, max: 3 },
      y: { parameter: 2, min: 0, max: 2 },
      size: 100,
    };
    const toPixel = gridToPixel(spec, scales);
    expect(toPixel(0, 0)).toEqual([0, 300]);
    expect(toPixel(100, 100)).toEqual([300, 0]);
    // The centre of cell c lies at cellCenter, as d3-contour assumes (c + ½).
    const [px] = toPixel(7.5, 0);
    expect(scales.x.invert(px)).toBeCloseTo(cellCenter(spec.x, 100, 7), 12);
  });

  it('gridAffine places an older grid of a smaller range inside the current view', () => {
    const layout = plotLayout(200, 200, { top: 0, right: 0, bottom: 0, left: 0 });
    const scales = planeScales({ x: { min: 0, max: 4 }, y: { min: 0, max: 4 } }, layout);
    const spec = {
      x: { parameter: 1, min: 0, max: 2 },
      y: { parameter: 2, min: 0, max: 2 },
      size: 25,
    };
    expect(gridToPixel(spec, scales)(25, 25)).toEqual([100, 100]);
  });

  it('levelColors runs from the low colour to the high one', () => {
    const colors = levelColors(5, '#ffffff', '#000000');
    expect(colors).toHaveLength(5);
    expect(colors[0]).toBe('rgb(255, 255, 255)');
    expect(colors[4]).toBe('rgb(0, 0, 0)');
  });
});

describe('contours as the surface worker sends them', () => {
  it('flattenLevel keeps every ring, point by point and in order', () => {
    const size = 40;
    const values = bowl(size, -2, 2, 0.5, -0.5);
    for (const level of surfaceContours(values, size, contourThresholds(gridExtent(values)))) {
      const rings = level.coordinates.flat(1);
      const flat = flattenLevel(level);
      expect(Array.from(flat.ringSizes)).toEqual(rings.map((ring) => ring.length));
      expect(Array.from(flat.points)).toEqual(rings.flat(2));
    }
  });

  it('contourGrid gives the extent, the thresholds and one flat level per threshold', () => {
    const size = 30;
    const values = bowl(size, -1, 3, 1, 1);
    values[0] = Infinity;
    const grid = contourGrid(values, size);
    expect(grid.extent).toEqual(gridExtent(values));
    expect(grid.thresholds).toEqual(contourThresholds(gridExtent(values)));
    expect(grid.levels).toEqual(
      surfaceContours(values, size, grid.thresholds).map((level) => flattenLevel(level)),
    );
  });

  it('gridAffine puts grid coordinate g at min + g·(max − min)/G through the scales', () => {
    const layout = plotLayout(320, 240, { top: 0, right: 0, bottom: 0, left: 0 });
    const scales = planeScales({ x: { min: -3, max: 5 }, y: { min: -1, max: 2 } }, layout);
    const spec = {
      x: { parameter: 0, min: -2, max: 4 },
      y: { parameter: 1, min: 0, max: 1.5 },
      size: 25,
    };
    const map = gridToPixel(spec, scales);
    for (const [gx, gy] of [
      [0, 0],
      [25, 25],
      [7.5, 13.25],
      [0.5, 24.5],
    ]) {
      const [px, py] = map(gx, gy);
      expect(px).toBeCloseTo(scales.x(-2 + (gx * 6) / 25), 9);
      expect(py).toBeCloseTo(scales.y((gy * 1.5) / 25), 9);
    }
  });
});
