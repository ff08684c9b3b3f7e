/**
 * The model summary as text: the strings of R's `summary(glm(…, family = binomial))` print (for
 * the page's table and the text export), and a CSV of every number in full.
 */
import Papa from 'papaparse';
import type { MaximumLikelihoodSummary, ModelSummary } from '../engine';
import {
  formatCoefficientColumns,
  formatPValues,
  formatR,
  formatZColumn,
  SIGNIFICANCE_LEGEND,
  significanceStars,
} from './rFormat';

/** One printed row of R's coefficient table. */
export interface PrintedCoefficient {
  /** "(Intercept)" for the intercept, as R names it; the page's names for the features. */
  readonly term: string;
  readonly estimate: string;
  readonly standardError: string;
  readonly z: string;
  readonly p: string;
  readonly stars: string;
}

/** Everything R prints, and the odds-ratio and interval tables a student asks R for next. */
export interface PrintedSummary {
  readonly coefficients: readonly PrintedCoefficient[];
  /** True when R prints the stars column (some p < 0.1). */
  readonly stars: boolean;
  readonly nullDeviance: string;
  readonly residualDeviance: string;
  readonly nullDf: string;
  readonly residualDf: string;
  readonly aic: string;
  /** `logLik(fit)`: format(digits = 7). */
  readonly logLikelihood: string;
  readonly iterations: string;
  /** `exp(cbind(OR = coef(fit), confint.default(fit)))`: each column format(digits = 7). */
  readonly oddsRatios: readonly { term: string; or: string; lower: string; upper: string }[];
  /** `confint.default(fit)`: the Wald intervals, each column format(digits = 7). */
  readonly intervals: readonly { term: string; lower: string; upper: string }[];
}

/** R's name of a parameter: the intercept is "(Intercept)". */
export const termName = (name: string, index: number): string =>
  index === 0 ? '(Intercept)' : name;

export function printSummary(
  summary: MaximumLikelihoodSummary,
  parameterNames: readonly string[],
): PrintedSummary {
  const c = summary.coefficients;
  const terms = c.map((_, k) => termName(parameterNames[k] ?? `x${k}`, k));
  const { estimates, errors } = formatCoefficientColumns(
    c.map((r) => r.estimate),
    c.map((r) => r.standardError),
  );
  const z = formatZColumn(c.map((r) => r.z));
  const p = formatPValues(c.map((r) => r.p));
  const stars = c.some((r) => r.p < 0.1);
  const [nullDeviance, residualDeviance] = formatR(
    [summary.nullDeviance, summary.residualDeviance],
    5,
  );
  const [nullDf, residualDf] = formatR([summary.nullDf, summary.residualDf], 7);
  const or = formatR(
    c.map((r) => r.oddsRatio),
    7,
  );
  const orLower = formatR(
    c.map((r) => r.oddsRatioLower),
    7,
  );
  const orUpper = formatR(
    c.map((r) => r.oddsRatioUpper),
    7,
  );
  const lower = formatR(
    c.map((r) => r.lower),
    7,
  );
  const upper = formatR(
    c.map((r) => r.upper),
    7,
  );
  return {
    coefficients: c.map((r, k) => ({
      term: terms[k],
      estimate: estimates[k].trim(),
      standardError: errors[k].trim(),
      z: z[k].trim(),
      p: p[k],
      stars: stars ? significanceStars(r.p) : '',
    })),
    stars,
    nullDeviance: nullDeviance.trim(),
    residualDeviance: residualDeviance.trim(),
    nullDf: nullDf.trim(),
    residualDf: residualDf.trim(),
    aic: formatR([summary.aic], 5)[0],
    logLikelihood: formatR([summary.logLikelihood], 7)[0],
    iterations: summary.fisherScoring ? String(summary.fisherScoring.iterations) : 'unknown',
    oddsRatios: c.map((_, k) => ({
      term: terms[k],
      or: or[k].trim(),
      lower: orLower[k].trim(),
      upper: orUpper[k].trim(),
    })),
    intervals: c.map((_, k) => ({
      term: terms[k],
      lower: lower[k].trim(),
      upper: upper[k].trim(),
    })),
  };
}

/** A character matrix as R's print.default lays it out: row names left, columns right-aligned. */
function layout(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const nameWidth = Math.max(0, ...rows.map((r) => r[0].length));
  const widths = header.map((h, j) =>
    j === 0 ? nameWidth : Math.max(h.length, ...rows.map((r) => r[j].length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, j) => (j === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[j]))).join(' ');
  return [line(header), ...rows.map(line)];
}

/** The summary as R prints it (R ≥ 4.3, which no longer prints the deviance residuals). */
export function summaryText(summary: ModelSummary, parameterNames: readonly string[]): string {
  if (summary.status === 'penalized') {
    const estimates = summary.estimates;
    return [
      `Penalized fit (${summary.kind.toUpperCase()}, λ = ${summary.lambda}): estimates only.`,
      summary.message,
      '',
      ...(estimates
        ? layout(
            ['', 'Estimate'],
            Array.from(estimates, (e, k) => [
              termName(parameterNames[k] ?? `x${k}`, k),
              formatR([e], 7)[0].trim(),
            ]),
          )
        : ['The penalized optimum was not found.']),
      '',
    ].join('\n');
  }
  if (summary.status !== 'mle') return `${summary.message}\n`;
  const s = printSummary(summary, parameterNames);
  const coefficientLines = layout(
    ['', 'Estimate', 'Std. Error', 'z value', 'Pr(>|z|)'],
    s.coefficients.map((r) => [r.term, r.estimate, r.standardError, r.z, r.p]),
  );
  const starWidth = Math.max(...s.coefficients.map((r) => r.stars.length));
  const withStars = s.stars
    ? coefficientLines.map((line, i) =>
        `${line} ${i === 0 ? ''.padEnd(starWidth) : s.coefficients[i - 1].stars.padEnd(starWidth)}`.trimEnd(),
      )
    : coefficientLines;
  const dfWidth = Math.max(s.nullDf.length, s.residualDf.length);
  const devWidth = Math.max(s.nullDeviance.length, s.residualDeviance.length);
  return [
    'Coefficients:',
    ...withStars,
    ...(s.stars ? ['---', `Signif. codes:  ${SIGNIFICANCE_LEGEND}`] : []),
    '',
    '(Dispersion parameter for binomial family taken to be 1)',
    '',
    `    Null deviance: ${s.nullDeviance.padStart(devWidth)}  on ${s.nullDf.padStart(dfWidth)}  degrees of freedom`,
    `Residual deviance: ${s.residualDeviance.padStart(devWidth)}  on ${s.residualDf.padStart(dfWidth)}  degrees of freedom`,
    `AIC: ${s.aic}`,
    '',
    `Number of Fisher Scoring iterations: ${s.iterations}`,
    '',
    `> logLik(fit)`,
    `'log Lik.' ${s.logLikelihood} (df=${summary.parameters})`,
    '',
    '> confint.default(fit)   # Wald intervals (confint(fit) gives profile-likelihood ones)',
    ...layout(
      ['', '2.5 %', '97.5 %'],
      s.intervals.map((r) => [r.term, r.lower, r.upper]),
    ),
    '',
    '> exp(cbind(OR = coef(fit), confint.default(fit)))',
    ...layout(
      ['', 'OR', '2.5 %', '97.5 %'],
      s.oddsRatios.map((r) => [r.term, r.or, r.lower, r.upper]),
    ),
    '',
  ].join('\n');
}

/** Every number of the summary in full, one row per coefficient, for a spreadsheet. */
export function summaryCsv(summary: ModelSummary, parameterNames: readonly string[]): string {
  const name = (k: number) => parameterNames[k] ?? `x${k}`;
  if (summary.status === 'penalized') {
    return Papa.unparse(
      {
        fields: ['term', 'estimate'],
        data: summary.estimates ? Array.from(summary.estimates, (e, k) => [name(k), e]) : [],
      },
      { newline: '\n' },
    );
  }
  if (summary.status !== 'mle') return '';
  const fields = [
    'term',
    'estimate',
    'std_error',
    'z_value',
    'p_value',
    'wald_2.5',
    'wald_97.5',
    'odds_ratio',
    'odds_ratio_2.5',
    'odds_ratio_97.5',
    'null_deviance',
    'null_df',
    'residual_deviance',
    'residual_df',
    'aic',
    'log_likelihood',
    'fisher_scoring_iterations',
  ];
  const model = [
    summary.nullDeviance,
    summary.nullDf,
    summary.residualDeviance,
    summary.residualDf,
    summary.aic,
    summary.logLikelihood,
    summary.fisherScoring?.iterations ?? '',
  ];
  const data = summary.coefficients.map((c, k) => [
    name(k),
    c.estimate,
    c.standardError,
    c.z,
    c.p,
    c.lower,
    c.upper,
    c.oddsRatio,
    c.oddsRatioLower,
    c.oddsRatioUpper,
    ...model,
  ]);
  return Papa.unparse({ fields, data }, { newline: '\n' });
}
