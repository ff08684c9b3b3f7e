import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRealPoints,
  parseRealTable,
  REAL_DATASET_IDS,
  REAL_DATASETS,
} from '../../src/data/realDatasets';
import type { Dataset, FeatureSettings, MaximumLikelihoodSummary } from '../../src/engine';
import {
  buildDesign,
  DEFAULT_PRESET_OPTIONS,
  erfc,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  modelSummary,
  NO_REGULARIZATION,
  NORMAL_QUANTILE_975,
  nullDeviance,
  PRESET_KINDS,
  twoSidedP,
} from '../../src/engine';
import { REFERENCE_FITS } from './referenceData';

const crossEntropy = { loss: 'crossEntropy', regularization: NO_REGULARIZATION } as const;

function summarize(data: Dataset, features: FeatureSettings = { standardize: true, degree: 1 }) {
  const map = fitFeatureMap(data, features);
  const design = buildDesign(data, map);
  const optimum = findOptimum(crossEntropy, design);
  return modelSummary(NO_REGULARIZATION, design, map, optimum);
}

function mle(data: Dataset, features?: FeatureSettings): MaximumLikelihoodSummary {
  const summary = summarize(data, features);
  if (summary.status !== 'mle') throw new Error(`no MLE summary: ${summary.status}`);
  return summary;
}

const reference = (name: string) => REFERENCE_FITS.find((fit) => fit.name.startsWith(name))!.data;

/** x rounded to `decimals` places, as a printed number would show it. */
const printed = (x: number, decimals: number) => Number(x.toFixed(decimals));

describe('erfc', () => {
  // Python's math.erfc (correctly rounded C library values) at the same points.
  const VALUES: [number, number][] = [
    [0, 1],
    [0.1, 0.8875370839817152],
    [0.5, 0.4795001221869535],
    [0.8, 0.2578990352923395],
    [1, 0.15729920705028513],
    [2, 0.004677734981047265],
    [3, 2.2090496998585438e-5],
    [5, 1.5374597944280351e-12],
    [10, 2.088487583762545e-45],
    [20, 5.3958656116079005e-176],
    [26, 5.663192408856143e-296],
  ];
  it.each(VALUES)('erfc(%f) is accurate relative to its value', (x, expected) => {
    expect(Math.abs(erfc(x) - expected)).toBeLessThanOrEqual(2e-15 * expected);
  });

  it('erfc(−x) = 2 − erfc(x), and the tail beyond the smallest double is 0', () => {
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 15);
    expect(erfc(30)).toBe(0);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });

  it('two-sided p at qnorm(0.975) is 0.05, and tiny p-values keep their digits', () => {
    expect(twoSidedP(NORMAL_QUANTILE_975)).toBeCloseTo(0.05, 15);
    expect(twoSidedP(-NORMAL_QUANTILE_975)).toBeCloseTo(0.05, 15);
    // 2·pnorm(−10) = erfc(10/√2) (Python: math.erfc(10 / math.sqrt(2))).
    expect(twoSidedP(10) / 1.5239706048321186e-23).toBeCloseTo(1, 13);
  });
});

describe('modelSummary against the published fits', () => {
  // R: summary(glm(y ~ x1, family = binomial)) on test/fixtures/challenger23.csv prints
  //   (Intercept)  15.0429     7.3786   2.039   0.0415 *
  //   x1           -0.2322     0.1082  -2.145   0.0320 *
  //   Null deviance: 28.267 on 22 degrees of freedom
  //   Residual deviance: 20.315 on 21 degrees of freedom
  //   AIC: 24.315
  //   Number of Fisher Scoring iterations: 5
  it('Challenger: every number R prints, to the digits it prints them', () => {
    const s = mle(reference('Challenger'));
    const [b, w] = s.coefficients;
    expect(printed(b.estimate, 4)).toBe(15.0429);
    expect(printed(b.standardError, 4)).toBe(7.3786);
    expect(printed(b.z, 3)).toBe(2.039);
    expect(printed(b.p, 4)).toBe(0.0415);
    expect(printed(w.estimate, 4)).toBe(-0.2322);
    expect(printed(w.standardError, 4)).toBe(0.1082);
    expect(printed(w.z, 3)).toBe(-2.145);
    expect(printed(w.p, 4)).toBe(0.032);
    expect(printed(s.nullDeviance, 3)).toBe(28.267);
    expect(s.nullDf).toBe(22);
    expect(printed(s.residualDeviance, 3)).toBe(20.315);
    expect(s.residualDf).toBe(21);
    expect(printed(s.aic, 3)).toBe(24.315);
    expect(s.fisherScoring).toEqual({ iterations: 5, converged: true });
    // Odds ratio per °F: e^(−0.232) ≈ 0.79.
    expect(printed(w.oddsRatio, 4)).toBe(0.7928);
  });

  it('UCLA admissions: Stata’s log-likelihood −240.17199, and −249.98826 for the constant-only model', () => {
    const s = mle(reference('UCLA'));
    expect(printed(s.logLikelihood, 5)).toBe(-240.17199);
    // Stata's "Iteration 0" is the intercept-only model: −D₀/2.
    expect(printed(-s.nullDeviance / 2, 5)).toBe(-249.98826);
    // LR chi2(2) = D₀ − D, as Stata prints it (19.63).
    expect(printed(s.nullDeviance - s.residualDeviance, 2)).toBe(19.63);
    expect(s.coefficients.map((c) => c.estimate)).toEqual(
      [-4.949378, 0.0026907, 0.7546869].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('agrees with every fixture’s independent Newton fit and mean log-loss', () => {
    for (const fit of REFERENCE_FITS) {
      const s = mle(fit.data);
      s.coefficients.forEach((c, k) => expect(c.estimate / fit.independent[k]).toBeCloseTo(1, 9));
      expect(s.residualDeviance / (2 * fit.data.n) / fit.meanLogLoss).toBeCloseTo(1, 10);
    }
  });
});

/**
 * An independent computation, written for this test only: Newton's method on the raw design with
 * its column of ones, from θ = 0, solved by Gauss-Jordan elimination with partial pivoting, then
 * the inverse of X̃ᵀSX̃ at the optimum by the same elimination.
 */
function plainIrls(data: Dataset) {
  const { n, d } = data;
  const m = d + 1;
  const row = (i: number) => [1, ...Array.from(data.features.subarray(i * d, (i + 1) * d))];
  const rows = Array.from({ length: n }, (_, i) => row(i));
  const y = Array.from(data.labels);
  const invert = (a: number[][]): number[][] => {
    const k = a.length;
    const aug = a.map((r, i) => [...r, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
    for (let c = 0; c < k; c++) {
      let pivot = c;
      for (let r = c + 1; r < k; r++) if (Math.abs(aug[r][c]) > Math.abs(aug[pivot][c])) pivot = r;
      [aug[c], aug[pivot]] = [aug[pivot], aug[c]];
      const v = aug[c][c];
      for (let j = 0; j < 2 * k; j++) aug[c][j] /= v;
      for (let r = 0; r < k; r++) {
        if (r === c) continue;
        const f = aug[r][c];
        for (let j = 0; j < 2 * k; j++) aug[r][j] -= f * aug[c][j];
      }
    }
    return aug.map((r) => r.slice(k));
  };
  const information = (theta: number[]) => {
    const info = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    const grad = new Array<number>(m).fill(0);
    let dev = 0;
    rows.forEach((x, i) => {
      const z = x.reduce((s, v, j) => s + v * theta[j], 0);
      const p = 1 / (1 + Math.exp(-z));
      dev += -2 * (y[i] ? Math.log(p) : Math.log(1 - p));
      for (let a = 0; a < m; a++) {
        grad[a] += (p - y[i]) * x[a];
        for (let b = 0; b < m; b++) info[a][b] += p * (1 - p) * x[a] * x[b];
      }
    });
    return { info, grad, dev };
  };
  let theta = new Array<number>(m).fill(0);
  for (let it = 0; it < 100; it++) {
    const { info, grad } = information(theta);
    const inv = invert(info);
    const step = inv.map((r) => r.reduce((s, v, j) => s + v * grad[j], 0));
    theta = theta.map((t, j) => t - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-13 * (1 + Math.max(...theta.map(Math.abs)))) break;
  }
  const { info, dev } = information(theta);
  const cov = invert(info);
  return { theta, se: cov.map((r, k) => Math.sqrt(r[k])), dev };
}

function shippedDatasets(): { name: string; data: Dataset }[] {
  const out: { name: string; data: Dataset }[] = PRESET_KINDS.map((kind) => ({
    name: `preset ${kind}`,
    data: generatePreset(kind, DEFAULT_PRESET_OPTIONS),
  }));
  for (const id of REAL_DATASET_IDS) {
    const info = REAL_DATASETS[id];
    const json: unknown = JSON.parse(
      readFileSync(new URL(`../../public/datasets/${info.file}`, import.meta.url), 'utf8'),
    );
    const parsed = parseRealTable(json);
    if (!parsed.ok) throw new Error(parsed.reason);
    for (const positive of parsed.table.classes) {
      const built = buildRealPoints(parsed.table, info, { ...info.defaults, positive });
      if (!built.ok) continue;
      const { features, labels, featureNames } = built.points;
      out.push({
        name: `${info.title}: ${positive} vs others`,
        data: {
          features: Float64Array.from(features),
          labels: Float64Array.from(labels),
          n: labels.length,
          d: featureNames.length,
          featureNames,
        },
      });
    }
  }
  for (const fit of REFERENCE_FITS) out.push({ name: fit.name, data: fit.data });
  return out;
}

describe('modelSummary against an independent computation, on every data set shipped', () => {
  const all = shippedDatasets();
  it('covers the presets, both real data sets and the fixtures', () => {
    expect(all.length).toBeGreaterThanOrEqual(PRESET_KINDS.length + 3 + 3);
  });

  it.each(all.map((entry) => [entry.name, entry.data] as const))('%s', (_name, data) => {
    const summary = summarize(data);
    if (summary.status === 'noMle') {
      // Separable data: the plain Newton iteration runs off (its weights grow without bound).
      expect(summary.message).toMatch(/separable/);
      const map = fitFeatureMap(data, { standardize: true, degree: 1 });
      expect(findOptimum(crossEntropy, buildDesign(data, map)).status).toBe('separable');
      return;
    }
    expect(summary.status).toBe('mle');
    if (summary.status !== 'mle') return;
    const plain = plainIrls(data);
    summary.coefficients.forEach((c, k) => {
      expect(c.estimate / plain.theta[k]).toBeCloseTo(1, 7);
      expect(c.standardError / plain.se[k]).toBeCloseTo(1, 7);
      expect(c.z).toBeCloseTo(plain.theta[k] / plain.se[k], 5);
    });
    expect(summary.residualDeviance / plain.dev).toBeCloseTo(1, 10);
    expect(summary.fisherScoring?.converged).toBe(true);
  });
});

describe('modelSummary properties', () => {
  const challenger = reference('Challenger');
  const ucla = reference('UCLA');

  it('standard errors do not depend on standardizing the features (degree 1 and 2)', () => {
    for (const data of [challenger, ucla]) {
      for (const degree of [1, 2]) {
        const a = mle(data, { standardize: true, degree });
        const b = mle(data, { standardize: false, degree });
        a.coefficients.forEach((c, k) => {
          expect(c.estimate / b.coefficients[k].estimate).toBeCloseTo(1, 6);
          expect(c.standardError / b.coefficients[k].standardError).toBeCloseTo(1, 6);
        });
        expect(a.fisherScoring).toEqual(b.fisherScoring);
      }
    }
  });

  it('z = estimate / SE, p = 2Φ(−|z|), and the intervals are estimate ± 1.96 SE and their exp', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_KINDS.filter((k) => k !== 'separable')),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 30, max: 200 }),
        (kind, seed, n) => {
          const summary = summarize(generatePreset(kind, { n, noise: 1, seed }));
          if (summary.status !== 'mle') return;
          for (const c of summary.coefficients) {
            expect(c.z).toBe(c.estimate / c.standardError);
            expect(c.p).toBe(twoSidedP(c.z));
            expect(c.p).toBeGreaterThanOrEqual(0);
            expect(c.p).toBeLessThanOrEqual(1);
            expect((c.lower + c.upper) / 2).toBeCloseTo(c.estimate, 9);
            expect((c.upper - c.lower) / 2).toBeCloseTo(NORMAL_QUANTILE_975 * c.standardError, 9);
            expect(c.oddsRatio).toBe(Math.exp(c.estimate));
            expect(c.oddsRatioLower).toBe(Math.exp(c.lower));
            expect(c.oddsRatioUpper).toBe(Math.exp(c.upper));
          }
          expect(summary.aic).toBe(summary.residualDeviance + 2 * summary.parameters);
          expect(summary.residualDeviance).toBeLessThanOrEqual(summary.nullDeviance + 1e-9);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the null deviance is the closed form of the intercept-only fit', () => {
    const y = Float64Array.from([1, 0, 0, 1, 0]);
    const ybar = 2 / 5;
    expect(nullDeviance(y)).toBeCloseTo(-2 * (2 * Math.log(ybar) + 3 * Math.log(1 - ybar)), 14);
  });
});

describe('modelSummary without a maximum-likelihood estimate', () => {
  it('separable data: says so instead of giving numbers', () => {
    const summary = summarize(generatePreset('separable', DEFAULT_PRESET_OPTIONS));
    expect(summary.status).toBe('noMle');
    if (summary.status === 'noMle') expect(summary.message).toMatch(/No maximum-likelihood/);
  });

  it('L2 and L1: the penalized estimates alone, with the reason', () => {
    const data = reference('Challenger');
    const map = fitFeatureMap(data, { standardize: true, degree: 1 });
    const design = buildDesign(data, map);
    for (const kind of ['l2', 'l1'] as const) {
      const regularization = { kind, lambda: 0.05 };
      const optimum = findOptimum({ loss: 'crossEntropy', regularization }, design);
      const summary = modelSummary(regularization, design, map, optimum);
      expect(summary.status).toBe('penalized');
      if (summary.status !== 'penalized') continue;
      expect(summary.message).toMatch(/no usual standard errors/);
      expect(summary.estimates).toHaveLength(2);
      // Shrunk toward 0 compared with the MLE's slope −0.2322.
      expect(Math.abs(summary.estimates![1])).toBeLessThan(0.2322);
    }
  });

  it('a constant feature: the information matrix is singular, and the summary says so', () => {
    const data: Dataset = {
      features: Float64Array.from([1, 5, 2, 5, 3, 5, 4, 5, 5, 5, 6, 5]),
      labels: Float64Array.from([0, 1, 0, 1, 1, 0]),
      n: 6,
      d: 2,
      featureNames: ['x1', 'x2'],
    };
    const map = fitFeatureMap(data, { standardize: false, degree: 1 });
    const design = buildDesign(data, map);
    const summary = modelSummary(NO_REGULARIZATION, design, map, {
      status: 'found',
      theta: new Float64Array(3),
    });
    expect(summary.status).toBe('singular');
  });
});
