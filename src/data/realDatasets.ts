/**
 * The real data sets the app ships in public/datasets/ (written by scripts/build-datasets.mjs):
 * which there are, reading one of their files into a checked table, and turning the user's choice
 * (one or two numeric columns, one class against the others) into points for the run.
 *
 * The points are an ordinary PointsSource, named "Palmer penguins: Adelie vs others", so they
 * travel in the link and in local storage like imported points; recognizeRealPoints reads that
 * name back, so the chooser can show the choice again after a reload.
 *
 * Pure apart from fetchRealTable, which takes its fetch as an argument.
 */
import type { Dataset } from '../engine';
import { validateDataset } from '../engine';
import type { PointsSource } from '../state/config';
import { MAX_POINTS } from '../state/limits';
import { shorten } from '../state/userText';

export type RealDatasetId = 'penguins' | 'iris' | 'challenger';

export interface RealDatasetInfo {
  readonly id: RealDatasetId;
  /** The menu's entry, and the start of the points' name. */
  readonly title: string;
  /** The file's name in public/datasets/. */
  readonly file: string;
  /** What the chooser starts with: column names and a class, all present in the file. */
  readonly defaults: RealChoice;
}

/** One class against the rest, on one or two numeric columns (by name). */
export interface RealChoice {
  readonly features: readonly string[];
  /** The class that is y = 1; every other class is y = 0. */
  readonly positive: string;
}

export const REAL_DATASETS: Record<RealDatasetId, RealDatasetInfo> = {
  penguins: {
    id: 'penguins',
    title: 'Palmer penguins',
    file: 'penguins.json',
    // Adelie penguins have shorter, deeper beaks than the other two species, with some overlap:
    // a boundary that is clear but not perfect, so the optimum exists without regularization.
    defaults: { features: ['Beak Length (mm)', 'Beak Depth (mm)'], positive: 'Adelie' },
  },
  iris: {
    id: 'iris',
    title: 'Fisher’s iris',
    file: 'iris.json',
    // Setosa is separable from the rest on any petal measure; virginica against the rest is the
    // classic case where the classes overlap a little.
    defaults: { features: ['Petal length (cm)', 'Petal width (cm)'], positive: 'virginica' },
  },
  challenger: {
    id: 'challenger',
    title: 'Challenger O-rings',
    file: 'challenger.json',
    // One feature, the launch temperature; the guide's chapters use the same rows
    // (src/data/challenger.ts), R's glm gives 15.0429 − 0.2322·temperature.
    defaults: { features: ['Temperature (°F)'], positive: 'distress' },
  },
};

export const REAL_DATASET_IDS: readonly RealDatasetId[] = ['penguins', 'iris', 'challenger'];

export type Cell = number | string | null;

export interface RealColumn {
  readonly name: string;
  /** Every value present is a finite number (and at least one is present). */
  readonly numeric: boolean;
}

/** A data set file, checked. */
export interface RealTable {
  readonly title: string;
  /** The citation, as plain text. */
  readonly source: string;
  readonly licence: string;
  /** Where the source can be read (an https address), or null. */
  readonly url: string | null;
  readonly columns: readonly RealColumn[];
  /** The index of the column that holds the classes. */
  readonly label: number;
  /** The label column's distinct values, in order of first appearance. */
  readonly classes: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

type Refusal = { readonly ok: false; readonly reason: string };
const refuse = (reason: string): Refusal => ({ ok: false, reason });

export type TableResult = { readonly ok: true; readonly table: RealTable } | Refusal;

const isCell = (value: unknown): value is Cell =>
  value === null ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value));

/** A file's parsed JSON as a table, or what is wrong with it. */
export function parseRealTable(json: unknown): TableResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('it is not a data set file');
  }
  const file = json as Record<string, unknown>;
  const { title, source, licence, url, label, columns, rows } = file;
  if (typeof title !== 'string' || typeof source !== 'string' || typeof licence !== 'string') {
    return refuse('its title, source or licence is missing');
  }
  if (!Array.isArray(columns) || !columns.every((name) => typeof name === 'string')) {
    return refuse('its column names are missing');
  }
  const names = columns as string[];
  if (new Set(names).size !== names.length) return refuse('its column names repeat');
  const labelIndex = names.indexOf(typeof label === 'string' ? label : '');
  if (labelIndex < 0) return refuse('its label column is missing');
  if (!Array.isArray(rows) || rows.length > MAX_POINTS) return refuse('its rows are missing');
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== names.length || !row.every(isCell)) {
      return refuse(`a row does not have ${names.length} values`);
    }
  }
  const cells = rows as Cell[][];
  const classes: string[] = [];
  for (const row of cells) {
    const value = row[labelIndex];
    if (typeof value === 'number') return refuse('its label column holds numbers');
    if (value !== null && !classes.includes(value)) classes.push(value);
  }
  if (classes.length < 2) return refuse('it has fewer than two classes');
  const realColumns = names.map((name, index) => {
    const present = cells.map((row) => row[index]).filter((value) => value !== null);
    return {
      name,
      numeric:
        index !== labelIndex &&
        present.length > 0 &&
        present.every((value) => typeof value === 'number'),
    };
  });
  if (!realColumns.some((column) => column.numeric)) return refuse('it has no numeric column');
  return {
    ok: true,
    table: {
      title,
      source,
      licence,
      // Only a web address becomes a link on the page.
      url: typeof url === 'string' && url.startsWith('https://') ? url : null,
      columns: realColumns,
      label: labelIndex,
      classes,
      rows: cells,
    },
  };
}

/** The names of the columns that can be features. */
export function numericColumns(table: RealTable): string[] {
  return table.columns.filter((column) => column.numeric).map((column) => column.name);
}

/**
 * Whether `choice` fits the table: one or two distinct numeric columns and one of its classes.
 * A choice read back from a link may not.
 */
export function fitsTable(table: RealTable, choice: RealChoice): boolean {
  const numeric = numericColumns(table);
  const { features, positive } = choice;
  return (
    features.length >= 1 &&
    features.length <= 2 &&
    new Set(features).size === features.length &&
    features.every((name) => numeric.includes(name)) &&
    table.classes.includes(positive)
  );
}

/** The data set's own default choice, or (should the file have changed) the first that fits. */
export function defaultRealChoice(table: RealTable, info: RealDatasetInfo): RealChoice {
  if (fitsTable(table, info.defaults)) return info.defaults;
  return { features: numericColumns(table).slice(0, 2), positive: table.classes[0] };
}

/** "Palmer penguins: Adelie vs others": the points' name, which recognizeRealPoints reads. */
export function realPointsName(info: RealDatasetInfo, positive: string): string {
  return shorten(`${info.title}: ${positive} vs others`);
}

export type RealBuild =
  | {
      readonly ok: true;
      readonly points: PointsSource;
      /** Rows left out for a missing value in a chosen column (or in the label). */
      readonly skipped: number;
      /** Points of the positive class. */
      readonly positives: number;
    }
  | Refusal;

/** The chosen columns' rows as the run's points: y = 1 for the chosen class, 0 for the others. */
export function buildRealPoints(
  table: RealTable,
  info: RealDatasetInfo,
  choice: RealChoice,
): RealBuild {
  if (!fitsTable(table, choice)) {
    return refuse('choose one or two numeric columns and one of the classes');
  }
  const indices = choice.features.map((name) =>
    table.columns.findIndex((column) => column.name === name),
  );
  const features: number[] = [];
  const labels: number[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const y = row[table.label];
    const x = indices.map((index) => row[index]);
    if (y === null || x.some((value) => typeof value !== 'number')) {
      skipped++;
      continue;
    }
    features.push(...(x as number[]));
    labels.push(y === choice.positive ? 1 : 0);
  }
  const dataset: Dataset = {
    features: Float64Array.from(features),
    labels: Float64Array.from(labels),
    n: labels.length,
    d: indices.length,
    featureNames: choice.features,
  };
  const validation = validateDataset(dataset);
  if (!validation.ok) return refuse(validation.problem.message);
  return {
    ok: true,
    points: {
      kind: 'points',
      name: realPointsName(info, choice.positive),
      featureNames: choice.features.map(shorten),
      features,
      labels,
    },
    skipped,
    positives: labels.reduce((sum, y) => sum + y, 0),
  };
}

/**
 * Which real data set and choice gave these points, read from their name and feature names; null
 * for points of any other origin, and for edited ones ("… vs others (edited)"): those are the
 * user's own, which a new choice of columns would throw away. The table, once loaded, says
 * whether the choice still fits.
 */
export function recognizeRealPoints(
  points: PointsSource,
): { readonly id: RealDatasetId; readonly choice: RealChoice } | null {
  for (const id of REAL_DATASET_IDS) {
    const prefix = `${REAL_DATASETS[id].title}: `;
    const suffix = ' vs others';
    const { name } = points;
    if (
      name.startsWith(prefix) &&
      name.endsWith(suffix) &&
      name.length > prefix.length + suffix.length
    ) {
      const positive = name.slice(prefix.length, name.length - suffix.length);
      return { id, choice: { features: points.featureNames, positive } };
    }
  }
  return null;
}

/** The fetch the page uses, narrowed to what fetchRealTable needs (tests pass their own). */
export type FetchLike = (url: string) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  json(): Promise<unknown>;
}>;

/**
 * A data set's file from `base` (the app's base URL, ending in /), checked; a refusal saying
 * what went wrong otherwise. Never throws.
 */
export async function fetchRealTable(
  info: RealDatasetInfo,
  base: string,
  fetchFile: FetchLike,
): Promise<TableResult> {
  const url = `${base}datasets/${info.file}`;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFile(url);
  } catch {
    return refuse(`${info.title} could not be downloaded (no connection?)`);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return refuse(`${info.title} could not be downloaded: the server answered ${status}`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return refuse(`${info.title} could not be read: the file is not JSON`);
  }
  const parsed = parseRealTable(json);
  return parsed.ok ? parsed : refuse(`${info.title} could not be read: ${parsed.reason}`);
}
