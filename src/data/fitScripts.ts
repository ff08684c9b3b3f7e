/**
 * "Fit this in R / Python": short scripts that reproduce the page's fit with its data embedded, so a
 * student can run the same model in a statistics package and compare the numbers.
 *
 * The model is the same in raw units: polynomial terms are written out (I(x1^2) in R), and where
 * the page penalizes standardized features the scripts standardize the same way (population
 * standard deviation) and map the coefficients back: w_k = w'_k/s_k, b = b' − Σ w_k μ_k.
 *
 * Penalties, with the page's J = (1/N) Σ loss_i + (λ/2)‖w‖² (or + λ‖w‖₁), the bias unpenalized:
 * - scikit-learn minimizes C Σ loss_i + ½‖w‖² (or ‖w‖₁): dividing J by λ gives C = 1/(λN);
 * - glmnet minimizes (1/N) Σ loss_i + λ[(1 − α)/2 ‖w‖² + α‖w‖₁]: the same λ, α = 0 (L2) or 1 (L1),
 *   and its standardize flag is the page's.
 *
 * Every script embeds the coefficients the page shows ("the page shows: …") and prints its own.
 */
import type { Dataset, FeatureSettings, Regularization } from '../engine';
import { monomialExponents } from '../engine';

export type ScriptKind = 'r' | 'statsmodels' | 'sklearn';

export const SCRIPT_TITLES: Record<ScriptKind, string> = {
  r: 'R (glm)',
  statsmodels: 'Python (statsmodels)',
  sklearn: 'Python (scikit-learn)',
};

export interface ScriptInput {
  readonly data: Dataset;
  readonly features: FeatureSettings;
  readonly regularization: Regularization;
  /** The run's loss: the packages fit the cross-entropy; squared error gets a note. */
  readonly loss: 'crossEntropy' | 'squaredError';
  /** The page's parameter names, intercept first. */
  readonly parameterNames: readonly string[];
  /** The coefficients the page shows in raw units (the summary's), or null when there are none. */
  readonly coefficients: Float64Array | null;
  /** Where the data came from, for the first comment line. */
  readonly source: string;
}

export const PAGE_SHOWS = 'the page shows (raw units):';

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const RESERVED = new Set(['y', 'd', 'I', 'X', 'Z', 'fit', 'model', 'np', 'pd', 'in', 'if', 'for']);

/** Column names both languages accept: the page's where they are plain identifiers, else x1, x2. */
export function columnNames(featureNames: readonly string[]): string[] {
  const used = new Set<string>();
  return featureNames.map((name, j) => {
    let out = SAFE_NAME.test(name) && !RESERVED.has(name) ? name : `x${j + 1}`;
    while (used.has(out)) out = `${out}_${j + 1}`;
    used.add(out);
    return out;
  });
}

/** One term per feature, in the page's order: x1, x2, x1², x1·x2, … */
function terms(columns: readonly string[], degree: number, power: '^' | '**'): string[] {
  return monomialExponents(columns.length, degree).map((exponents) => {
    const factors = exponents
      .map((e, j) => (e === 0 ? '' : e === 1 ? columns[j] : `${columns[j]}${power}${e}`))
      .filter(Boolean);
    const product = factors.join(' * ');
    return factors.length === 1 && !product.includes(power) ? product : `I(${product})`;
  });
}

function numpyTerms(columns: readonly string[], degree: number): string[] {
  return monomialExponents(columns.length, degree).map((exponents) =>
    exponents
      .map((e, j) => (e === 0 ? '' : e === 1 ? `d["${columns[j]}"]` : `d["${columns[j]}"]**${e}`))
      .filter(Boolean)
      .join(' * '),
  );
}

/** The data as CSV under the script's column names, every number in full (it reads back exactly). */
function csv(data: Dataset, columns: readonly string[]): string {
  const lines = [[...columns, 'y'].join(',')];
  for (let i = 0; i < data.n; i++) {
    const row: string[] = [];
    for (let j = 0; j < data.d; j++) row.push(String(data.features[i * data.d + j]));
    row.push(String(data.labels[i]));
    lines.push(row.join(','));
  }
  return lines.join('\n');
}

/** "(Intercept) = 15.0429016477, x1 = -0.232162744219" with 12 significant digits. */
function pageShows(input: ScriptInput, termNames: readonly string[]): string {
  if (!input.coefficients) return `${PAGE_SHOWS} no coefficients (no optimum).`;
  const values = Array.from(
    input.coefficients,
    (v, k) => `${termNames[k]} = ${String(Number(v.toPrecision(12)))}`,
  );
  return `${PAGE_SHOWS} ${values.join(', ')}`;
}

/** Comment lines (without the comment character) shared by every script. */
function header(input: ScriptInput, columns: readonly string[], termNames: readonly string[]) {
  const { regularization: reg, features } = input;
  const lines = [
    `Logistic regression on ${input.source} (${input.data.n} points), as fitted on the page.`,
    pageShows(input, termNames),
  ];
  const renamed = input.data.featureNames
    .map((name, j) => (name === columns[j] ? null : `${columns[j]} = "${name.replace(/"/g, "'")}"`))
    .filter(Boolean);
  if (renamed.length) lines.push(`Columns renamed for the formula: ${renamed.join(', ')}.`);
  if (features.degree > 1) {
    lines.push(`Polynomial terms up to degree ${features.degree}, in the page's order.`);
  }
  if (features.standardize && reg.kind === 'none') {
    lines.push(
      'The page descends on standardized features and reports raw-unit coefficients: the MLE is the same either way.',
    );
  }
  if (reg.kind !== 'none' && reg.lambda > 0) {
    lines.push(
      `Penalty: ${reg.kind.toUpperCase()} with λ = ${reg.lambda} on the ${features.standardize ? 'standardized' : 'raw'} weights, the intercept unpenalized.`,
    );
  }
  if (input.loss === 'squaredError') {
    lines.push(
      'The page runs squared error on the sigmoid, which these packages do not fit: this is the cross-entropy (maximum-likelihood) fit the page summarizes.',
    );
  }
  return lines;
}

const comment = (prefix: string, lines: readonly string[]) =>
  lines.map((line) => `${prefix} ${line}`).join('\n');

function rScript(input: ScriptInput): string {
  const columns = columnNames(input.data.featureNames);
  const termList = terms(columns, input.features.degree, '^');
  const names = ['(Intercept)', ...termList];
  const reg = input.regularization;
  const penalized = reg.kind !== 'none' && reg.lambda > 0;
  const formula = `y ~ ${termList.join(' + ')}`;
  const lines = [
    comment('#', header(input, columns, names)),
    'd <- read.csv(text = "',
    csv(input.data, columns),
    '")',
    '',
    `fit <- glm(${formula}, family = binomial, data = d)`,
    'summary(fit)',
    'confint.default(fit)  # Wald intervals, as on the page (confint(fit) gives profile-likelihood ones)',
    'exp(cbind(OR = coef(fit), confint.default(fit)))  # odds ratios',
    'print(coef(fit), digits = 12)',
  ];
  if (penalized) {
    lines.push(
      '',
      `# glm above is the unpenalized fit. The page's penalized fit, with glmnet (install.packages("glmnet")):`,
      'library(glmnet)',
      `X <- model.matrix(${formula}, d)[, -1, drop = FALSE]`,
      `g <- glmnet(X, d$y, family = "binomial", alpha = ${reg.kind === 'l1' ? 1 : 0}, lambda = ${reg.lambda},`,
      `            standardize = ${input.features.standardize ? 'TRUE' : 'FALSE'}, thresh = 1e-14, maxit = 1e6)`,
      'print(as.matrix(coef(g)), digits = 12)',
    );
  }
  return `${lines.join('\n')}\n`;
}

function pythonData(columns: readonly string[], input: ScriptInput): string {
  return ['d = pd.read_csv(io.StringIO("""', csv(input.data, columns), '"""))'].join('\n');
}

function statsmodelsScript(input: ScriptInput): string {
  const columns = columnNames(input.data.featureNames);
  const termList = terms(columns, input.features.degree, '**');
  const names = ['Intercept', ...termList];
  const reg = input.regularization;
  const penalized = reg.kind !== 'none' && reg.lambda > 0;
  const lines = [
    comment('#', header(input, columns, names)),
    ...(penalized
      ? [
          '# statsmodels fits the unpenalized MLE here; the scikit-learn script reproduces the penalized fit.',
        ]
      : []),
    'import io',
    '',
    'import numpy as np',
    'import pandas as pd',
    'import statsmodels.formula.api as smf',
    '',
    pythonData(columns, input),
    '',
    `fit = smf.logit("y ~ ${termList.join(' + ')}", data=d).fit(method="newton", tol=1e-12, maxiter=100)`,
    'print(fit.summary())',
    'print(np.exp(pd.concat([fit.params, fit.conf_int()], axis=1)))  # odds ratios with Wald intervals',
    'print(fit.params.to_string(float_format="%.12g"))',
  ];
  return `${lines.join('\n')}\n`;
}

function sklearnScript(input: ScriptInput): string {
  const columns = columnNames(input.data.featureNames);
  const names = ['intercept', ...terms(columns, input.features.degree, '**')];
  const reg = input.regularization;
  const penalized = reg.kind !== 'none' && reg.lambda > 0;
  const n = input.data.n;
  // Unpenalized, the MLE is the same on standardized features, and lbfgs converges far better there.
  const standardize = input.features.standardize || !penalized;
  const model = !penalized
    ? [
        '# scikit-learn penalizes by default (C = 1.0: ½‖w‖² + C·Σ loss), so its default fit is not the MLE.',
        '# No penalty: penalty=None, or C=np.inf from scikit-learn 1.8 on (penalty is deprecated there).',
        'options = {"C": np.inf} if new_api else {"penalty": None}',
      ]
    : reg.kind === 'l2'
      ? [
          `# The page's J = mean loss + (λ/2)‖w‖², λ = ${reg.lambda}; scikit-learn's C·Σ loss + ½‖w‖²: C = 1/(λN).`,
          `options = {"C": 1 / (${reg.lambda} * ${n})}`,
        ]
      : [
          `# The page's J = mean loss + λ‖w‖₁, λ = ${reg.lambda}; scikit-learn's C·Σ loss + ‖w‖₁: C = 1/(λN).`,
          `options = {"C": 1 / (${reg.lambda} * ${n}), "solver": "saga", **({"l1_ratio": 1.0} if new_api else {"penalty": "l1"})}`,
        ];
  const lines = [
    comment('#', header(input, columns, names)),
    'import io',
    '',
    'import numpy as np',
    'import pandas as pd',
    'import sklearn',
    'from sklearn.linear_model import LogisticRegression',
    '',
    pythonData(columns, input),
    '',
    `X = np.column_stack([${numpyTerms(columns, input.features.degree).join(', ')}])`,
    'y = d["y"].to_numpy()',
    ...(standardize
      ? [
          '# Standardize as the page does (population standard deviation), fit, and map back to raw units.',
          'mu, s = X.mean(axis=0), X.std(axis=0)',
          's[s == 0] = 1',
        ]
      : ['mu, s = np.zeros(X.shape[1]), np.ones(X.shape[1])']),
    '',
    'new_api = tuple(int(v) for v in sklearn.__version__.split(".")[:2]) >= (1, 8)',
    ...model,
    'model = LogisticRegression(**options, tol=1e-12, max_iter=100000).fit((X - mu) / s, y)',
    'w = model.coef_[0] / s',
    'b = model.intercept_[0] - np.dot(w, mu)',
    `for name, value in zip(${JSON.stringify(names)}, [b, *w]):`,
    '    print(f"{name:>20} {value:.12g}")',
  ];
  return `${lines.join('\n')}\n`;
}

export function fitScript(kind: ScriptKind, input: ScriptInput): string {
  switch (kind) {
    case 'r':
      return rScript(input);
    case 'statsmodels':
      return statsmodelsScript(input);
    case 'sklearn':
      return sklearnScript(input);
  }
}

/** The file name a script downloads as. */
export function scriptFileName(kind: ScriptKind): string {
  return kind === 'r' ? 'fit.R' : kind === 'statsmodels' ? 'fit_statsmodels.py' : 'fit_sklearn.py';
}
