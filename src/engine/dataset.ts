/**
 * A data set in raw feature units, and its validation. Every data set that reaches an optimizer has
 * passed `validateDataset`, so the engine can assume finite numbers and labels in {0, 1}.
 */
export interface Dataset {
  /** x_i row by row: n rows of d raw feature values. */
  readonly features: Float64Array;
  /** y_i ∈ {0, 1}. */
  readonly labels: Float64Array;
  readonly n: number;
  readonly d: number;
  /** One name per feature column, as the user knows them ("temperature", "x1"). */
  readonly featureNames: readonly string[];
}

export type DatasetProblem =
  | { readonly kind: 'shape'; readonly message: string }
  | { readonly kind: 'tooFewPoints'; readonly message: string }
  | {
      readonly kind: 'nonFinite';
      readonly row: number;
      readonly column: number;
      readonly message: string;
    }
  | { readonly kind: 'badLabel'; readonly row: number; readonly message: string }
  | { readonly kind: 'oneClass'; readonly message: string };

export type DatasetValidation =
  | { readonly ok: true; readonly positives: number; readonly negatives: number }
  | { readonly ok: false; readonly problem: DatasetProblem };

/**
 * Checks what the mathematics needs: consistent shapes, at least 2 points, finite feature values,
 * labels 0 or 1, and both classes present (with one class the loss has no minimum: the bias runs
 * off to ±∞). Rows and columns in messages are counted from 1, as a spreadsheet shows them.
 */
export function validateDataset(data: Dataset): DatasetValidation {
  const { features, labels, n, d } = data;
  if (!Number.isInteger(n) || !Number.isInteger(d) || n < 0 || d < 1) {
    return fail({
      kind: 'shape',
      message: `A data set needs at least one feature column (got ${d}).`,
    });
  }
  if (features.length !== n * d || labels.length !== n || data.featureNames.length !== d) {
    return fail({
      kind: 'shape',
      message: `The data set's arrays do not match its size: ${n} rows of ${d} features.`,
    });
  }
  if (n < 2) {
    return fail({
      kind: 'tooFewPoints',
      message: `Logistic regression needs at least 2 points; this data set has ${n}.`,
    });
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      if (!Number.isFinite(features[i * d + j])) {
        return fail({
          kind: 'nonFinite',
          row: i + 1,
          column: j + 1,
          message: `Row ${i + 1}: the value of "${data.featureNames[j]}" is not a finite number.`,
        });
      }
    }
  }
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const label = labels[i];
    if (label === 1) positives++;
    else if (label !== 0) {
      return fail({
        kind: 'badLabel',
        row: i + 1,
        message: `Row ${i + 1}: the label must be 0 or 1.`,
      });
    }
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) {
    return fail({
      kind: 'oneClass',
      message: `All ${n} points have label ${positives === 0 ? 0 : 1}: logistic regression needs both classes.`,
    });
  }
  return { ok: true, positives, negatives };
}

function fail(problem: DatasetProblem): DatasetValidation {
  return { ok: false, problem };
}

/** Makes a Dataset from rows of numbers and labels (tests, fixtures, small examples). */
export function datasetFromRows(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  featureNames?: readonly string[],
): Dataset {
  const n = rows.length;
  const d = n > 0 ? rows[0].length : (featureNames?.length ?? 1);
  const features = new Float64Array(n * d);
  rows.forEach((row, i) => row.forEach((v, j) => (features[i * d + j] = v)));
  return {
    features,
    labels: Float64Array.from(labels),
    n,
    d,
    featureNames: featureNames ?? Array.from({ length: d }, (_, j) => `x${j + 1}`),
  };
}
