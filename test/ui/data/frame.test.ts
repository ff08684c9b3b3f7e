import { describe, expect, it } from 'vitest';
import { toRawCoefficients } from '../../../src/engine';
import { computeFrame, usableTheta } from '../../../src/ui/data/frame';
import { dataGeometry, screenGeometry, SIGMOID_Y_DOMAIN } from '../../../src/ui/data/geometry';
import { JITTER } from '../../../src/ui/data/sigmoidView';
import { prepareRun } from '../../../src/worker/run';

const prepare = (preset: 'twoBlobs' | 'oneFeature' | 'circles', degree = 1) =>
  prepareRun({
    data: { kind: 'preset', preset, n: 100, noise: 1, seed: 1 },
    features: { standardize: true, degree },
  });

describe('usableTheta', () => {
  it('usableTheta accepts a finite θ with one entry per parameter only', () => {
    expect(usableTheta(Float64Array.from([0, 1, 2]), 3)).toBe(true);
    expect(usableTheta(Float64Array.from([0, 1]), 3)).toBe(false);
    expect(usableTheta(Float64Array.from([0, Number.NaN, 2]), 3)).toBe(false);
    expect(usableTheta(Float64Array.from([0, Infinity, 2]), 3)).toBe(false);
  });
});

describe('dataGeometry and screenGeometry', () => {
  it('two features: the axes cover every point with room to spare, and the points land inside', () => {
    const run = prepare('twoBlobs');
    const geometry = dataGeometry(run.data, run.map);
    expect(geometry?.kind).toBe('plane');
    if (!geometry) return;
    const screen = screenGeometry(run.data, geometry, 420);
    const { plotWidth, plotHeight } = screen.layout;
    for (let i = 0; i < run.data.n; i++) {
      const [x, y] = [screen.positions[2 * i], screen.positions[2 * i + 1]];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(plotWidth);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(plotHeight);
      // x2 grows upwards.
      expect(screen.y.invert(y)).toBeCloseTo(run.data.features[2 * i + 1], 10);
    }
  });

  it('one feature: the sigmoid view puts each point at its label, jittered by at most JITTER', () => {
    const run = prepare('oneFeature');
    const geometry = dataGeometry(run.data, run.map);
    expect(geometry?.kind).toBe('sigmoid');
    expect(geometry?.yDomain).toEqual(SIGMOID_Y_DOMAIN);
    if (!geometry) return;
    const screen = screenGeometry(run.data, geometry, 420);
    for (let i = 0; i < run.data.n; i++) {
      const level = screen.y.invert(screen.positions[2 * i + 1]);
      expect(Math.abs(level - run.data.labels[i])).toBeLessThanOrEqual(JITTER + 1e-12);
    }
  });
});

describe('computeFrame', () => {
  it('the p = 0.5 line of a two-feature frame lies where the raw model says z = 0', () => {
    const run = prepare('twoBlobs');
    const geometry = dataGeometry(run.data, run.map);
    if (!geometry) throw new Error('no geometry');
    const theta = Float64Array.from([0.2, 1.1, 0.8]);
    const frame = computeFrame(run, geometry, theta, 'crossEntropy', false);
    expect(frame.boundary.length).toBeGreaterThan(0);
    expect(frame.lowQuartile).toEqual([]);
    const [b, w1, w2] = toRawCoefficients(run.map, theta);
    const { cols, rows } = geometry.grid;
    const [x0, x1] = geometry.xDomain;
    const [y0, y1] = geometry.yDomain;
    const cellWidth = (x1 - x0) / cols;
    for (const line of frame.boundary) {
      for (const [gx, gy] of line.points) {
        // Grid units (d3-contour's: a unit per cell, y down) back to raw inputs.
        const x = x0 + gx * cellWidth;
        const y = y1 - (gy * (y1 - y0)) / rows;
        const z = b + w1 * x + w2 * y;
        // Distance to the line z = 0 in raw units, well within a cell.
        expect(Math.abs(z) / Math.hypot(w1, w2)).toBeLessThan(cellWidth / 10);
      }
    }
  });

  it('computeFrame gives each point z, p and its weight under the loss in force', () => {
    const run = prepare('twoBlobs');
    const geometry = dataGeometry(run.data, run.map);
    if (!geometry) throw new Error('no geometry');
    const theta = Float64Array.from([0.2, 1.1, 0.8]);
    const ce = computeFrame(run, geometry, theta, 'crossEntropy', true);
    const se = computeFrame(run, geometry, theta, 'squaredError', true);
    for (let i = 0; i < 5; i++) {
      const { p, weight } = ce.contributions;
      expect(weight[i]).toBeCloseTo(p[i] - run.data.labels[i], 12);
      expect(se.contributions.weight[i]).toBeCloseTo(weight[i] * p[i] * (1 - p[i]), 12);
    }
    expect(ce.lowQuartile.length).toBeGreaterThan(0);
    expect(ce.highQuartile.length).toBeGreaterThan(0);
    expect(ce.summary.n).toBe(100);
    expect(ce.summary.wrong).toBeLessThan(20);
  });

  it('a one-feature frame has the curve p(x) and its crossing at x = −b/w in raw units', () => {
    const run = prepare('oneFeature');
    const geometry = dataGeometry(run.data, run.map);
    if (!geometry?.curve) throw new Error('no curve');
    const theta = Float64Array.from([0.3, 2]);
    const frame = computeFrame(run, geometry, theta, 'crossEntropy', false);
    const [b, w] = toRawCoefficients(run.map, theta);
    expect(frame.crossings).toHaveLength(1);
    expect(frame.crossings[0]).toBeCloseTo(-b / w, 10);
    expect(frame.curve).toHaveLength(geometry.curve.xs.length);
    expect(frame.boundary).toEqual([]);
  });

  it('with polynomial features the circles get a closed boundary', () => {
    const run = prepare('circles', 2);
    const geometry = dataGeometry(run.data, run.map);
    if (!geometry) throw new Error('no geometry');
    // On standardized [x1, x2, x1², x1·x2, x2²]: inside (small radius) is class 1.
    const theta = Float64Array.from([-1, 0, 0, -2, 0, -2]);
    const frame = computeFrame(run, geometry, theta, 'crossEntropy', false);
    expect(frame.boundary.some((line) => line.closed)).toBe(true);
  });

  it('at θ = 0 the model has decided nothing and no boundary is drawn', () => {
    const run = prepare('twoBlobs');
    const geometry = dataGeometry(run.data, run.map);
    if (!geometry) throw new Error('no geometry');
    const frame = computeFrame(run, geometry, new Float64Array(3), 'crossEntropy', true);
    expect(frame.boundary).toEqual([]);
    expect(frame.summary.undecided).toBe(100);
  });
});
