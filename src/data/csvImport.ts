/**
 * Reading a user's CSV file into a data set, in three steps the page shows one by one: the text
 * becomes a table (or a refusal saying why), the table's columns get a default choice (which
 * column is the label, which are the features, which label value counts as 1), and the chosen
 * columns become a validated Dataset, with the rows that could not be used counted.
 *
 * Nothing here touches the current data: a refusal at any step leaves it as it was.
 */
import Papa from 'papaparse';
import type { Dataset } from '../engine';
import { validateDataset } from '../engine';

export const MAX_ROWS = 100_000;
export const MAX_BYTES = 20 * 1024 * 1024;

export interface CsvTable {
  /** The column names, from the first row. */
  readonly header: readonly string[];
  /** The data rows, as the cells' text. */
  readonly rows: readonly (readonly string[])[];
}

export type Refusal = { readonly ok: false; readonly reason: string };

export type ParseResult = { readonly ok: true; readonly table: CsvTable } | Refusal;

/** A plain decimal or scientific number: what a spreadsheet writes. No hex, no "Infinity", no "". */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The cell as a finite number, or null when it is not one. */
export function parseNumber(cell: string): number | null {
  const text = cell.trim();
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * A name that the export protected from running as a spreadsheet formula ('=cmd, see
 * csvExport.ts) reads back as it was named.
 */
function unescapeFormula(name: string): string {
  return /^'[=+\-@\t\r]/.test(name) ? name.slice(1) : name;
}

const refuse = (reason: string): Refusal => ({ ok: false, reason });

/**
 * A text file is mostly printable: a NUL byte, or more than 1% of control characters other than
 * tab and line breaks, means a binary file (a spreadsheet, an image) chosen by mistake.
 */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let k = 0; k < sample.length; k++) {
    const code = sample.charCodeAt(k);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  return control <= sample.length / 100;
}

/** UTF-16 text read as UTF-8 has a NUL beside every ASCII character. */
function looksLikeUtf16(text: string): boolean {
  const sample = text.slice(0, 200);
  let nuls = 0;
  for (let k = 0; k < sample.length; k++) if (sample.charCodeAt(k) === 0) nuls++;
  return sample.length >= 4 && nuls >= sample.length / 3;
}

/** Step 1: the file's text (and its size in bytes) to a table, or why not. */
export function parseCsv(text: string, byteLength = text.length): ParseResult {
  if (byteLength > MAX_BYTES) {
    return refuse(
      `The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; files up to 20 MB can be imported.`,
    );
  }
  if (looksLikeUtf16(text)) {
    return refuse('The file is in UTF-16: save it as UTF-8 (or plain CSV) and import it again.');
  }
  if (!looksLikeText(text)) {
    return refuse('The file is not text: choose a CSV file (comma-separated values).');
  }
  // A byte-order mark would otherwise become part of the first column's name.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const all = parsed.data;
  if (all.length === 0) return refuse('The file is empty.');
  if (all.length - 1 > MAX_ROWS) {
    return refuse(
      `The file has ${(all.length - 1).toLocaleString('en')} rows; up to ${MAX_ROWS.toLocaleString('en')} can be imported.`,
    );
  }
  const header = all[0].map((name) => unescapeFormula(name.trim()));
  if (header.length < 2) {
    return refuse(
      'The file has fewer than two columns: it needs at least one feature and a label.',
    );
  }
  if (header.every((name) => parseNumber(name) !== null)) {
    return refuse(
      'The first row holds numbers, not column names: add a header row naming the columns.',
    );
  }
  if (header.some((name) => name === '')) {
    return refuse('Some columns have no name in the header row: name every column.');
  }
  // Otherwise the column summaries would see no values and blame the label column.
  if (all.length === 1) {
    return refuse('The file has column names but no data rows below them.');
  }
  return { ok: true, table: { header, rows: all.slice(1) } };
}

export interface ColumnSummary {
  readonly index: number;
  readonly name: string;
  /** More than half of the rows hold a number here. */
  readonly numeric: boolean;
  /** The distinct non-empty values, in order of first appearance (at most three are kept). */
  readonly values: readonly string[];
}

export function summarizeColumns(table: CsvTable): ColumnSummary[] {
  return table.header.map((name, index) => {
    let numbers = 0;
    const values: string[] = [];
    for (const row of table.rows) {
      const cell = (row[index] ?? '').trim();
      if (parseNumber(cell) !== null) numbers++;
      if (cell !== '' && values.length < 3 && !values.includes(cell)) values.push(cell);
    }
    return { index, name, numeric: numbers > table.rows.length / 2, values };
  });
}

export interface ColumnChoice {
  /** One or two feature columns. */
  readonly features: readonly number[];
  readonly label: number;
  /** The label value that means y = 1. */
  readonly positive: string;
  /** The other label value (y = 0). */
  readonly negative: string;
}

/** Label pairs whose positive value is obvious, lower-cased: [negative, positive]. */
const KNOWN_PAIRS: readonly (readonly [string, string])[] = [
  ['0', '1'],
  ['false', 'true'],
  ['no', 'yes'],
  ['n', 'y'],
  ['f', 't'],
  ['negative', 'positive'],
  ['-1', '1'],
];

/** Which of two label values means 1: the known pairs' positive, else the second to appear. */
export function defaultPositive(values: readonly [string, string]): string {
  const lower = values.map((v) => v.toLowerCase());
  for (const [negative, positive] of KNOWN_PAIRS) {
    if (lower.includes(negative) && lower.includes(positive)) {
      return values[lower.indexOf(positive)];
    }
  }
  return values[1];
}

export type ChoiceResult = { readonly ok: true; readonly choice: ColumnChoice } | Refusal;

/**
 * Step 2, the default: the label is the last column with exactly two distinct values, the
 * features the first two other numeric columns (one is enough).
 */
export function defaultChoice(table: CsvTable): ChoiceResult {
  const columns = summarizeColumns(table);
  const label = [...columns].reverse().find((column) => column.values.length === 2);
  if (!label) {
    const single = [...columns].reverse().find((column) => column.values.length === 1);
    return refuse(
      single
        ? `Only one class: every row of "${single.name}" is "${single.values[0]}". Logistic regression needs two.`
        : 'No column has exactly two distinct values to serve as the label (the class of each row).',
    );
  }
  const features = columns
    .filter((column) => column.numeric && column.index !== label.index)
    .slice(0, 2)
    .map((column) => column.index);
  if (features.length === 0) {
    return refuse('No numeric column besides the label: at least one feature must hold numbers.');
  }
  const values = label.values as readonly [string, string];
  const positive = defaultPositive(values);
  const negative = values[0] === positive ? values[1] : values[0];
  return { ok: true, choice: { features, label: label.index, positive, negative } };
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      /** Rows left out because a chosen cell was missing, not a number or not a label value. */
      readonly skipped: number;
    }
  | Refusal;

/** Step 3: the chosen columns as a validated data set. */
export function buildDataset(table: CsvTable, choice: ColumnChoice): ImportResult {
  const { features: columns, label, positive, negative } = choice;
  if (columns.length < 1 || columns.length > 2) return refuse('Choose one or two feature columns.');
  if (columns.includes(label)) return refuse('The label column cannot also be a feature.');
  const d = columns.length;
  const values: number[] = [];
  const labels: number[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const cell = (row[label] ?? '').trim();
    const y = cell === positive ? 1 : cell === negative ? 0 : null;
    const x = columns.map((column) => parseNumber(row[column] ?? ''));
    if (y === null || x.some((v) => v === null)) {
      skipped++;
      continue;
    }
    values.push(...(x as number[]));
    labels.push(y);
  }
  const dataset: Dataset = {
    features: Float64Array.from(values),
    labels: Float64Array.from(labels),
    n: labels.length,
    d,
    featureNames: columns.map((column) => table.header[column]),
  };
  const validation = validateDataset(dataset);
  if (!validation.ok) {
    const note =
      skipped > 0 ? ` (${skipped} rows were skipped for missing or non-numeric values)` : '';
    return refuse(`${validation.problem.message}${note}`);
  }
  return { ok: true, dataset, skipped };
}
