import { describe, expect, it } from 'vitest';
import type { ScriptInput, ScriptKind } from '../../src/data/fitScripts';
import { columnNames, fitScript, PAGE_SHOWS } from '../../src/data/fitScripts';
import type { Dataset, FeatureSettings, Regularization } from '../../src/engine';
import {
  buildDesign,
  datasetFromRows,
  DEFAULT_PRESET_OPTIONS,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  toRawCoefficients,
} from '../../src/engine';
import { REFERENCE_FITS } from '../engine/referenceData';

const KINDS: ScriptKind[] = ['r', 'statsmodels', 'sklearn'];

/** The page's optimum (cross-entropy, with the penalty) in raw units. */
function pageFit(data: Dataset, features: FeatureSettings, regularization: Regularization) {
  const map = fitFeatureMap(data, features);
  const design = buildDesign(data, map);
  const optimum = findOptimum({ loss: 'crossEntropy', regularization }, design);
  if (optimum.status !== 'found') throw new Error(optimum.status);
  return { names: ['intercept', ...map.names], raw: toRawCoefficients(map, optimum.theta) };
}

function input(
  data: Dataset,
  features: FeatureSettings,
  regularization: Regularization,
): ScriptInput {
  const { names, raw } = pageFit(data, features, regularization);
  return {
    data,
    features,
    regularization,
    loss: 'crossEntropy',
    parameterNames: names,
    coefficients: raw,
    source: 'a test',
  };
}

/** The CSV between `text = "` (R) or `StringIO("""` (Python) and the closing quote. */
function embeddedData(script: string): Dataset {
  const lines = script.split('\n');
  const start = lines.findIndex((l) => l.endsWith('read.csv(text = "') || l.endsWith('("""'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('"'));
  const [header, ...rows] = lines.slice(start + 1, end);
  const names = header.split(',');
  expect(names[names.length - 1]).toBe('y');
  const values = rows.map((r) => r.split(',').map(Number));
  return datasetFromRows(
    values.map((r) => r.slice(0, -1)),
    values.map((r) => r[r.length - 1]),
    names.slice(0, -1),
  );
}

/** The numbers after "the page shows (raw units):". */
function embeddedCoefficients(script: string): number[] {
  const line = script.split('\n').find((l) => l.includes(PAGE_SHOWS))!;
  return line
    .slice(line.indexOf(PAGE_SHOWS) + PAGE_SHOWS.length)
    .split(', ')
    .map((part) => Number(part.split(' = ')[1]));
}

const CASES: { name: string; data: Dataset; features: FeatureSettings; reg: Regularization }[] = [
  {
    name: 'Challenger, standardized, no penalty',
    data: REFERENCE_FITS[0].data,
    features: { standardize: true, degree: 1 },
    reg: { kind: 'none', lambda: 0 },
  },
  {
    name: 'UCLA, raw, no penalty',
    data: REFERENCE_FITS[1].data,
    features: { standardize: false, degree: 1 },
    reg: { kind: 'none', lambda: 0 },
  },
  {
    name: 'circles, degree 2, L2 on standardized features',
    data: generatePreset('circles', DEFAULT_PRESET_OPTIONS),
    features: { standardize: true, degree: 2 },
    reg: { kind: 'l2', lambda: 0.01 },
  },
  {
    name: 'overlapping, L1 on raw features',
    data: generatePreset('overlapping', DEFAULT_PRESET_OPTIONS),
    features: { standardize: false, degree: 1 },
    reg: { kind: 'l1', lambda: 0.02 },
  },
];

describe('fitScript', () => {
  it.each(CASES.flatMap((c) => KINDS.map((kind) => [c.name, kind, c] as const)))(
    '%s (%s): the engine on the embedded data gives the numbers printed into the script',
    (_name, kind, c) => {
      const script = fitScript(kind, input(c.data, c.features, c.reg));
      const data = embeddedData(script);
      expect(data.n).toBe(c.data.n);
      expect(Array.from(data.features)).toEqual(Array.from(c.data.features));
      const refit = pageFit(data, c.features, c.reg).raw;
      const printed = embeddedCoefficients(script);
      expect(printed).toHaveLength(refit.length);
      printed.forEach((v, k) => expect(v).toBeCloseTo(refit[k], 9));
    },
  );

  it('R: glm with the polynomial terms in the page’s order, and glmnet with the same λ for a penalty', () => {
    const c = CASES[2];
    const script = fitScript('r', input(c.data, c.features, c.reg));
    expect(script).toContain('glm(y ~ x1 + x2 + I(x1^2) + I(x1 * x2) + I(x2^2), family = binomial');
    expect(script).toContain('alpha = 0, lambda = 0.01');
    expect(script).toContain('standardize = TRUE');
  });

  it('scikit-learn: C = 1/(λN) for L2, and the default penalty named for the unpenalized fit', () => {
    const l2 = fitScript('sklearn', input(CASES[2].data, CASES[2].features, CASES[2].reg));
    expect(l2).toContain(`options = {"C": 1 / (0.01 * ${CASES[2].data.n})}`);
    const none = fitScript('sklearn', input(CASES[0].data, CASES[0].features, CASES[0].reg));
    expect(none).toMatch(/penalizes by default \(C = 1\.0/);
    expect(none).toContain('{"C": np.inf} if new_api else {"penalty": None}');
  });

  it('C = 1/(λN) is the scaling that makes scikit-learn’s objective λ⁻¹ times the page’s J', () => {
    // J(θ) = (1/N) Σ ℓ_i + (λ/2)‖w‖², scikit-learn: C Σ ℓ_i + ½‖w‖². With C = 1/(λN) the second is
    // J/λ at every θ, so both have the same minimizer.
    const lambda = 0.03;
    const losses = [0.2, 1.3, 0.7, 0.05];
    const w2 = 2.5;
    const N = losses.length;
    const sum = losses.reduce((a, b) => a + b, 0);
    const J = sum / N + (lambda / 2) * w2;
    const C = 1 / (lambda * N);
    expect(C * sum + 0.5 * w2).toBeCloseTo(J / lambda, 12);
  });

  it('names that are not identifiers become x1, x2, with the page’s names in a comment', () => {
    expect(columnNames(['Beak Length (mm)', 'depth', 'y'])).toEqual(['x1', 'depth', 'x3']);
    const data = datasetFromRows([[1], [2], [3], [4]], [0, 1, 0, 1], ['Temp "F"']);
    const script = fitScript('r', {
      data,
      features: { standardize: true, degree: 1 },
      regularization: { kind: 'none', lambda: 0 },
      loss: 'squaredError',
      parameterNames: ['intercept', 'Temp "F"'],
      coefficients: null,
      source: 'points',
    });
    expect(script).toContain(`x1 = "Temp 'F'"`);
    expect(script).toMatch(/squared error/);
  });
});
