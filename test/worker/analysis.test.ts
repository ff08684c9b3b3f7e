import { describe, expect, it } from 'vitest';
import type { Objective } from '../../src/engine';
import {
  buildDesign,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  hessian,
  largestEigenvalue,
  SQUARED_ERROR_CURVATURE_BOUND,
  toRawCoefficients,
} from '../../src/engine';
import { AnalysisCache, analyze } from '../../src/worker/analysis';

function prepared(kind: 'twoBlobs' | 'separable', degree = 1) {
  const data = generatePreset(kind, { n: 150, noise: 1, seed: 4 });
  const map = fitFeatureMap(data, { standardize: true, degree });
  return { map, design: buildDesign(data, map) };
}

const objective = (loss: Objective['loss'], kind: 'none' | 'l2' | 'l1', lambda = 0): Objective => ({
  loss,
  regularization: { kind, lambda },
});

describe('analyze', () => {
  it('gives an optimum for every loss and regularization, in raw units too', () => {
    const { map, design } = prepared('twoBlobs', 2);
    for (const loss of ['crossEntropy', 'squaredError'] as const) {
      for (const [kind, lambda] of [
        ['none', 0],
        ['l2', 0.05],
        ['l1', 0.05],
      ] as const) {
        const o = objective(loss, kind, lambda);
        const analysis = analyze(o, design, map);
        expect(analysis.objective).toEqual(o);
        const { optimum } = analysis;
        if (optimum.status !== 'found') throw new Error(`${loss} ${kind}: ${optimum.status}`);
        expect(optimum.minimum).toBe(loss === 'crossEntropy' ? 'global' : 'local');
        expect(Array.from(optimum.rawTheta)).toEqual(
          Array.from(toRawCoefficients(map, optimum.theta)),
        );
        // L1's exact zeros stay exact in raw units.
        for (let j = 1; j < optimum.theta.length; j++) {
          expect(optimum.rawTheta[j] === 0).toBe(optimum.theta[j] === 0);
        }
        if (kind === 'l1') expect(optimum.theta.some((w, j) => j > 0 && w === 0)).toBe(true);
      }
    }
  });

  it('each loss has its own landmarks, which an L1 term does not change', () => {
    const { map, design } = prepared('twoBlobs');
    const plain = analyze(objective('crossEntropy', 'none'), design, map).landmarks;
    expect(analyze(objective('crossEntropy', 'l1', 0.1), design, map).landmarks).toEqual(plain);
    const squared = analyze(objective('squaredError', 'none'), design, map).landmarks;
    expect(squared.loss).toBe('squaredError');
    expect(analyze(objective('squaredError', 'l1', 0.1), design, map).landmarks).toEqual(squared);
    // Squared error's curvature bound is about 0.0771 where the cross-entropy's is 1/4.
    expect(squared.descentGuaranteed / plain.descentGuaranteed).toBeCloseTo(
      0.25 / SQUARED_ERROR_CURVATURE_BOUND,
      10,
    );
    // Its 2/L* is its own curvature's at its own optimum.
    const se = findOptimum(objective('squaredError', 'none'), design);
    expect(se.status).toBe('found');
    if (se.status === 'found') {
      const curvature = largestEigenvalue(
        hessian(objective('squaredError', 'none'), design, se.theta),
        design.p + 1,
      );
      expect(squared.convergenceLimit).toBeCloseTo(2 / curvature, 8);
    }
    const ce = findOptimum(objective('crossEntropy', 'none'), design);
    expect(ce.status).toBe('found');
    expect(plain.convergenceLimit).not.toBeNull();
  });

  it('separable data: no optimum for either loss without a penalty, one with L1', () => {
    const { map, design } = prepared('separable');
    for (const loss of ['crossEntropy', 'squaredError'] as const) {
      const { optimum } = analyze(objective(loss, 'none'), design, map);
      expect(optimum.status).toBe('separable');
      if (optimum.status !== 'found') expect(optimum.message).toMatch(/separable/);
      expect(analyze(objective(loss, 'l1', 0.01), design, map).optimum.status).toBe('found');
    }
  });

  it('through a shared cache, every analysis equals a fresh one, whatever came before it', () => {
    for (const [kind, degree] of [
      ['twoBlobs', 2],
      ['separable', 1],
    ] as const) {
      const { map, design } = prepared(kind, degree);
      const cache = new AnalysisCache(design, map);
      // Squared error first (its start fills the cache), then back and forth across penalties.
      const order: Objective[] = [
        objective('squaredError', 'none'),
        objective('crossEntropy', 'none'),
        objective('squaredError', 'l2', 0.05),
        objective('crossEntropy', 'l1', 0.05),
        objective('squaredError', 'l1', 0.05),
        objective('crossEntropy', 'l2', 0.05),
        objective('squaredError', 'none'),
      ];
      for (const o of order) {
        expect(analyze(o, design, map, cache), `${kind} ${JSON.stringify(o)}`).toEqual(
          analyze(o, design, map),
        );
      }
      // Kept, not found again: the same objects come back.
      const again = objective('squaredError', 'l2', 0.05);
      expect(cache.optimum(again)).toBe(cache.optimum(again));
      expect(cache.summary(again.regularization)).toBe(cache.summary(again.regularization));
    }
  });

  it('refuses a cache made for another design', () => {
    const a = prepared('twoBlobs');
    const b = prepared('twoBlobs');
    expect(() =>
      analyze(
        objective('crossEntropy', 'none'),
        a.design,
        a.map,
        new AnalysisCache(b.design, b.map),
      ),
    ).toThrow(/another design/);
  });
});
