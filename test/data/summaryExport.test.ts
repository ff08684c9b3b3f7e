import { describe, expect, it } from 'vitest';
import {
  formatCoefficientColumns,
  formatPValues,
  formatR,
  formatZColumn,
} from '../../src/data/rFormat';
import { summaryCsv, summaryText } from '../../src/data/summaryExport';
import {
  buildDesign,
  findOptimum,
  fitFeatureMap,
  generatePreset,
  modelSummary,
  NO_REGULARIZATION,
} from '../../src/engine';
import { REFERENCE_FITS } from '../engine/referenceData';

describe('formatR (R’s format(x, digits))', () => {
  it('gives every element the decimals the most demanding one needs', () => {
    expect(formatR([28.267152734, 20.315192688], 5)).toEqual(['28.267', '20.315']);
    // mtcars glm (vs ~ wt + disp): "Null deviance: 43.86", "Residual deviance: 21.40".
    expect(formatR([43.86011, 21.40018], 5)).toEqual(['43.86', '21.40']);
    expect(formatR([27.40018], 5)).toEqual(['27.4']);
  });

  it('switches the whole vector to scientific notation when that is narrower', () => {
    expect(formatR([3412315.488475797, 0.7928170864097465], 7)).toEqual([
      '3.412315e+06',
      '7.928171e-01',
    ]);
    expect(formatR([4.151e-6], 3)).toEqual(['4.15e-06']);
    expect(formatR([0.000104], 3)).toEqual(['0.000104']);
  });
});

describe('the coefficient table as printCoefmat prints it', () => {
  it('Estimate and Std. Error share their decimals, set by the smallest magnitude', () => {
    // mtcars: 1.60859 2.43903 / 1.62635 1.49068 / -0.03443 0.01536.
    const { estimates, errors } = formatCoefficientColumns(
      [1.608589, 1.626351, -0.034433],
      [2.439032, 1.490678, 0.015364],
    );
    expect(estimates.map((s) => s.trim())).toEqual(['1.60859', '1.62635', '-0.03443']);
    expect(errors.map((s) => s.trim())).toEqual(['2.43903', '1.49068', '0.01536']);
  });

  it('z values to 3 decimals, p-values with 3 significant digits, tiny ones as < 2e-16', () => {
    expect(formatZColumn([0.65952, 1.091, -2.2412]).map((s) => s.trim())).toEqual([
      '0.660',
      '1.091',
      '-2.241',
    ]);
    expect(formatPValues([0.50951, 0.27525, 0.025028])).toEqual(['0.510', '0.275', '0.025']);
    expect(formatPValues([0.000465, 0.038465, 0.015388])).toEqual([
      '0.000465',
      '0.038465',
      '0.015388',
    ]);
    expect(formatPValues([1e-30, 0.5])).toEqual(['<2e-16', '0.5']);
    expect(formatPValues([1e-30, 0.000123])).toEqual(['< 2e-16', '0.000123']);
  });
});

describe('summaryText', () => {
  it('prints the Challenger fit line for line as R does', () => {
    const data = REFERENCE_FITS[0].data;
    const map = fitFeatureMap(data, { standardize: true, degree: 1 });
    const design = buildDesign(data, map);
    const summary = modelSummary(
      NO_REGULARIZATION,
      design,
      map,
      findOptimum({ loss: 'crossEntropy', regularization: NO_REGULARIZATION }, design),
    );
    const text = summaryText(summary, ['intercept', 'x1']);
    expect(text.split('\n').slice(0, 13)).toEqual([
      'Coefficients:',
      '            Estimate Std. Error z value Pr(>|z|)',
      '(Intercept)  15.0429     7.3786   2.039   0.0415 *',
      'x1           -0.2322     0.1082  -2.145   0.0320 *',
      '---',
      'Signif. codes:  0 ‘***’ 0.001 ‘**’ 0.01 ‘*’ 0.05 ‘.’ 0.1 ‘ ’ 1',
      '',
      '(Dispersion parameter for binomial family taken to be 1)',
      '',
      '    Null deviance: 28.267  on 22  degrees of freedom',
      'Residual deviance: 20.315  on 21  degrees of freedom',
      'AIC: 24.315',
      '',
    ]);
    expect(text).toContain('Number of Fisher Scoring iterations: 5');
    expect(text).toContain("'log Lik.' -10.1576 (df=2)");

    const csv = summaryCsv(summary, ['intercept', 'x1']).split('\n');
    expect(csv[0]).toMatch(/^term,estimate,std_error,z_value,p_value/);
    expect(csv[1]).toMatch(/^intercept,15\.0429016/);
    expect(csv).toHaveLength(3);
  });

  it('separable data: the reason, and no numbers', () => {
    const data = generatePreset('separable', { n: 60, noise: 1, seed: 1 });
    const map = fitFeatureMap(data, { standardize: true, degree: 1 });
    const design = buildDesign(data, map);
    const summary = modelSummary(
      NO_REGULARIZATION,
      design,
      map,
      findOptimum({ loss: 'crossEntropy', regularization: NO_REGULARIZATION }, design),
    );
    expect(summaryText(summary, ['intercept', 'x1', 'x2'])).toMatch(/separable/);
    expect(summaryCsv(summary, ['intercept', 'x1', 'x2'])).toBe('');
  });
});
