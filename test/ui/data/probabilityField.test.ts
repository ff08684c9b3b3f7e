import { describe, expect, it } from 'vitest';
import { datasetFromRows, fitFeatureMap, sigmoid } from '../../../src/engine';
import {
  cellCentres,
  fieldGrid,
  paintField,
  parseColor,
  probabilities,
} from '../../../src/ui/data/probabilityField';

describe('cellCentres', () => {
  it('cellCentres(x, y, cols, rows) lists centres row by row, x1 growing along a row, x2 falling down', () => {
    const centres = cellCentres([0, 4], [0, 2], 4, 2);
    expect(Array.from(centres)).toEqual([
      0.5, 1.5, 1.5, 1.5, 2.5, 1.5, 3.5, 1.5, 0.5, 0.5, 1.5, 0.5, 2.5, 0.5, 3.5, 0.5,
    ]);
  });

  it('cellCentres(x, null, cols, 1) gives one row of x values for one feature', () => {
    expect(Array.from(cellCentres([-1, 1], null, 4, 1))).toEqual([-0.75, -0.25, 0.25, 0.75]);
  });
});

describe('fieldGrid and probabilities', () => {
  const data = datasetFromRows(
    [
      [0, 1],
      [2, 3],
      [4, -1],
      [1, 1],
    ],
    [0, 1, 1, 0],
  );

  it('probabilities(fieldGrid(…).design, θ) is σ(θ·φ(x)) at each cell centre, with standardized φ', () => {
    const map = fitFeatureMap(data, { standardize: true, degree: 1 });
    const grid = fieldGrid(map, [-2, 6], [-2, 4], 8, 6);
    const theta = Float64Array.from([0.3, 1.5, -0.7]);
    const p = probabilities(grid.design, theta);
    expect(p).toHaveLength(48);
    const centres = cellCentres([-2, 6], [-2, 4], 8, 6);
    for (const k of [0, 7, 20, 47]) {
      const phi1 = (centres[2 * k] - map.mean[0]) / map.scale[0];
      const phi2 = (centres[2 * k + 1] - map.mean[1]) / map.scale[1];
      expect(p[k]).toBeCloseTo(sigmoid(0.3 + 1.5 * phi1 - 0.7 * phi2), 12);
    }
  });

  it('fieldGrid uses the polynomial terms of the map: with x1² the field is symmetric in x1', () => {
    const map = fitFeatureMap(data, { standardize: false, degree: 2 });
    const grid = fieldGrid(map, [-2, 2], [-1, 1], 4, 2);
    // θ on [x1, x2, x1², x1·x2, x2²]: z = 1 − x1².
    const theta = Float64Array.from([1, 0, 0, -1, 0, 0]);
    const p = probabilities(grid.design, theta);
    expect(p[0]).toBeCloseTo(p[3], 12);
    expect(p[1]).toBeCloseTo(sigmoid(1 - 0.25), 12);
  });
});

describe('paintField', () => {
  const blue = { r: 0, g: 114, b: 178 };
  const orange = { r: 213, g: 94, b: 0 };

  it('paintField(p) tints toward class 0 below 0.5 and class 1 above, opacity ∝ |2p − 1|', () => {
    const pixels = paintField(Float64Array.from([0, 0.25, 0.5, 1]), blue, orange, 0.4);
    expect(Array.from(pixels.slice(0, 4))).toEqual([0, 114, 178, Math.round(255 * 0.4)]);
    expect(Array.from(pixels.slice(4, 8))).toEqual([0, 114, 178, Math.round(255 * 0.2)]);
    expect(pixels[11]).toBe(0);
    expect(Array.from(pixels.slice(12, 16))).toEqual([213, 94, 0, Math.round(255 * 0.4)]);
  });

  it('paintField leaves a non-finite p transparent', () => {
    const pixels = paintField(Float64Array.from([Number.NaN]), blue, orange, 0.4);
    expect(Array.from(pixels)).toEqual([0, 0, 0, 0]);
  });
});

describe('parseColor', () => {
  it('parseColor reads the theme’s hex colours, and falls back to grey for anything else', () => {
    expect(parseColor('#0072b2')).toEqual({ r: 0, g: 114, b: 178 });
    expect(parseColor(' #d55e00 '.trim())).toEqual({ r: 213, g: 94, b: 0 });
    expect(parseColor('')).toEqual({ r: 128, g: 128, b: 128 });
  });
});
