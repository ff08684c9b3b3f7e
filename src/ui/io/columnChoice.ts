/**
 * The column chooser's rules, as pure functions of the file's column summaries and the current
 * choice: which columns each select offers, how one change keeps the rest of the choice valid,
 * what the chosen columns give (the summary line), and the points the run is then given.
 *
 * Every function returns a choice that buildDataset accepts in shape (one or two distinct numeric
 * features, none of them the label, a positive and a negative value of the label column), so the
 * form never has to show an impossible combination.
 */
import type { ColumnChoice, ColumnSummary } from '../../data/csvImport';
import { defaultPositive } from '../../data/csvImport';
import type { Dataset } from '../../engine';
import type { PointsSource } from '../../state/config';
import { shorten, withSuffix } from '../../state/userText';

/** Columns that can be the label: exactly two distinct values. */
export function labelColumns(columns: readonly ColumnSummary[]): ColumnSummary[] {
  return columns.filter((column) => column.values.length === 2);
}

/**
 * Columns that can be feature `slot` (0 or 1): numeric ones, neither the label nor the other
 * slot's feature.
 */
export function featureColumns(
  columns: readonly ColumnSummary[],
  choice: ColumnChoice,
  slot: 0 | 1,
): ColumnSummary[] {
  const other = choice.features[1 - slot];
  return columns.filter(
    (column) => column.numeric && column.index !== choice.label && column.index !== other,
  );
}

/** The two values of the label column, in the order the file first shows them. */
export function labelValues(columns: readonly ColumnSummary[], choice: ColumnChoice): string[] {
  return [...(columns[choice.label]?.values ?? [])];
}

/**
 * Another label column: its positive value is guessed afresh (as for the default choice), and a
 * feature that was this column gives way to the first free numeric column.
 */
export function withLabel(
  columns: readonly ColumnSummary[],
  choice: ColumnChoice,
  label: number,
): ColumnChoice {
  const column = columns[label];
  if (!column || column.values.length !== 2 || label === choice.label) return choice;
  const values = column.values as readonly [string, string];
  const positive = defaultPositive(values);
  const negative = values[0] === positive ? values[1] : values[0];
  let features = choice.features.filter((feature) => feature !== label);
  if (features.length === 0) {
    const free = columns.find((c) => c.numeric && c.index !== label);
    // With no numeric column left the label change is not possible: keep the choice as it was.
    if (!free) return choice;
    features = [free.index];
  }
  return { features, label, positive, negative };
}

/** Which label value means y = 1; the other becomes y = 0. */
export function withPositive(
  columns: readonly ColumnSummary[],
  choice: ColumnChoice,
  positive: string,
): ColumnChoice {
  const values = labelValues(columns, choice);
  if (!values.includes(positive)) return choice;
  const negative = values[0] === positive ? values[1] : values[0];
  return { ...choice, positive, negative };
}

/**
 * Feature `slot` becomes `column`, or (for the second slot only) none. A column the other slot
 * holds, or the label, is refused: the selects do not offer them.
 */
export function withFeature(
  columns: readonly ColumnSummary[],
  choice: ColumnChoice,
  slot: 0 | 1,
  column: number | null,
): ColumnChoice {
  if (column === null) {
    return slot === 1 ? { ...choice, features: choice.features.slice(0, 1) } : choice;
  }
  if (!featureColumns(columns, choice, slot).some((c) => c.index === column)) return choice;
  const features = [...choice.features];
  if (slot === 0) features[0] = column;
  else features.splice(1, 1, column);
  return { ...choice, features };
}

/**
 * What the chosen columns give, in one line:
 * "400 rows: 127 “yes” (y = 1), 273 “no” (y = 0); 3 skipped for missing or non-numeric values."
 */
export function describeImport(dataset: Dataset, skipped: number, choice: ColumnChoice): string {
  let positives = 0;
  for (let i = 0; i < dataset.n; i++) positives += dataset.labels[i];
  const classes = `${formatCount(positives)} “${choice.positive}” (y = 1), ${formatCount(dataset.n - positives)} “${choice.negative}” (y = 0)`;
  const rows = `${countOf(dataset.n, 'row')}: ${classes}`;
  return skipped > 0
    ? `${rows}; ${countOf(skipped, 'row')} skipped for missing or non-numeric values.`
    : `${rows}.`;
}

const formatCount = (n: number) => n.toLocaleString('en');

function countOf(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Names as the link and local storage keep them (cut at 40 characters), so an imported name reads
 * the same after a reload as before it.
 */
export const shortName = shorten;

/**
 * Feature names made distinct from each other and from "intercept" (the parameters table and the
 * figures name the parameters by them): a clash gets its column number, "score (column 3)".
 */
export function distinctFeatureNames(
  names: readonly string[],
  columnIndices: readonly number[],
): string[] {
  const short = names.map(shortName);
  return short.map((name, k) => {
    const clashes =
      name.toLowerCase() === 'intercept' || short.some((other, j) => j !== k && other === name);
    // Cut to fit beside its column number: shortened again on reading, it would clash again.
    return clashes ? withSuffix(names[k], `(column ${columnIndices[k] + 1})`) : name;
  });
}

/** The imported points as the run's data source, named after the file. */
export function toPointsSource(
  fileName: string,
  dataset: Dataset,
  choice: ColumnChoice,
): PointsSource {
  return {
    kind: 'points',
    name: shortName(fileName),
    featureNames: distinctFeatureNames(dataset.featureNames, choice.features),
    features: Array.from(dataset.features),
    labels: Array.from(dataset.labels),
  };
}
