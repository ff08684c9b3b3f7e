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
 * How a column writes its numbers: plainly (1234.5), with thousands separators in quoted cells
 * ("12,345.6", as a spreadsheet exports formatted numbers) or with a decimal comma (1,5: a
 * European spreadsheet, usually with semicolons between cells).
 */
export type NumberFormat = 'plain' | 'thousands' | 'decimalComma';

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+([eE][+-]?\d+)?$/;

/** The cell as a finite number written in `format`, or null. */
export function parseFormatted(cell: string, format: NumberFormat): number | null {
  const text = cell.trim();
  if (format === 'thousands' && THOUSANDS.test(text)) return parseNumber(text.replace(/,/g, ''));
  if (format === 'decimalComma' && DECIMAL_COMMA.test(text)) {
    return parseNumber(text.replace(',', '.'));
  }
  return parseNumber(text);
}

/**
 * The format of a column's numbers: the one that reads more than half of its cells, if plain
 * numbers do not. "1,234" fits both the thousands and the decimal comma; a column that has any
 * other comma number ("1,5", "12,3456") has decimal commas, else the grouping in threes wins.
 */
export function numberFormat(table: CsvTable, index: number): NumberFormat {
  let plain = 0;
  let grouped = 0;
  let comma = 0;
  let commaOnly = 0;
  for (const row of table.rows) {
    const text = (row[index] ?? '').trim();
    if (parseNumber(text) !== null) plain++;
    else {
      const isGrouped = THOUSANDS.test(text);
      const isComma = DECIMAL_COMMA.test(text);
      if (isGrouped) grouped++;
      if (isComma) comma++;
      if (isComma && !isGrouped) commaOnly++;
    }
  }
  const half = table.rows.length / 2;
  if (plain > half || (grouped === 0 && comma === 0)) return 'plain';
  if (commaOnly > 0 && plain + comma > half) return 'decimalComma';
  if (plain + grouped > half) return 'thousands';
  return 'plain';
}

/** Cells that say a value is missing: they count as empty, not as a third class. */
const MISSING = /^(na|n\/a|nan|null|none|missing|\?|-|\.)$/i;

/**
 * A name that the export protected from running as a spreadsheet formula ('=cmd, see
 * csvExport.ts) reads back as it was named.
 */
function unescapeFormula(name: string): string {
  return /^'[=+\-@\t\r]/.test(name) ? name.slice(1) : name;
}

/** A name or value quoted in a message: cut short. */
const shortText = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

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
  // A quote that is never closed swallows the rest of the file into one cell: say where it is.
  const quote = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (quote && quote.row !== undefined) {
    const row = all[quote.row] ?? [];
    const column = (all[0] ?? [])[Math.max(0, row.length - 1)]?.trim();
    const where = column ? ` in column “${shortText(column)}”` : '';
    return refuse(
      `Row ${quote.row + 1} of the file opens a quote (")${where} that is never closed, so everything after it runs into one cell: close or remove that quote and import again.`,
    );
  }
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
  /** More than half of the rows hold a number here (in the column's format). */
  readonly numeric: boolean;
  /** How the column writes its numbers. */
  readonly format: NumberFormat;
  /**
   * The distinct values, in order of first appearance (at most three are kept); empty cells and
   * those that say a value is missing ("NA", "?") are left out.
   */
  readonly values: readonly string[];
  /** The data row (from 1) where a third distinct value first appears, if one does. */
  readonly thirdValueRow: number | null;
  /** How many cells are empty or say a value is missing. */
  readonly missing: number;
}

export function summarizeColumns(table: CsvTable): ColumnSummary[] {
  return table.header.map((name, index) => {
    const format = numberFormat(table, index);
    let numbers = 0;
    let missing = 0;
    let thirdValueRow: number | null = null;
    const values: string[] = [];
    table.rows.forEach((row, r) => {
      const cell = (row[index] ?? '').trim();
      if (parseFormatted(cell, format) !== null) numbers++;
      if (cell === '' || MISSING.test(cell)) missing++;
      else if (!values.includes(cell)) {
        if (values.length < 3) values.push(cell);
        if (values.length === 3 && thirdValueRow === null) thirdValueRow = r + 1;
      }
    });
    return {
      index,
      name,
      numeric: numbers > table.rows.length / 2,
      format,
      values,
      thirdValueRow,
      missing,
    };
  });
}

/**
 * What the import changed about how a column's cells are read, in words for the chooser:
 * thousands separators dropped, decimal commas read as points. Null for plain numbers.
 */
export function formatNote(name: string, format: NumberFormat): string | null {
  if (format === 'thousands') {
    return `“${shortText(name)}” writes thousands with commas (12,345): read as 12345.`;
  }
  if (format === 'decimalComma')
    return `“${shortText(name)}” has decimal commas (1,5): read as 1.5.`;
  return null;
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

/** The label values' pair is one of the usual ones (0/1, no/yes), whose positive is obvious. */
export function knownPair(values: readonly [string, string]): boolean {
  const lower = values.map((v) => v.toLowerCase());
  return KNOWN_PAIRS.some(([n, p]) => lower.includes(n) && lower.includes(p));
}

/**
 * Which of two label values means 1: the known pairs' positive; else the larger of two numbers
 * (1/2: 2), else the later in alphabetical order (as R's glm takes the second level). Never the
 * order of the rows, which a sorted file would turn around. The chooser says which was taken
 * (positiveHint), since only the user knows which class is of interest.
 */
export function defaultPositive(values: readonly [string, string]): string {
  const lower = values.map((v) => v.toLowerCase());
  for (const [negative, positive] of KNOWN_PAIRS) {
    if (lower.includes(negative) && lower.includes(positive)) {
      return values[lower.indexOf(positive)];
    }
  }
  const [a, b] = values.map(parseNumber);
  if (a !== null && b !== null && a !== b) return a > b ? values[0] : values[1];
  return values[0].localeCompare(values[1], 'en') > 0 ? values[0] : values[1];
}

/** A word on the positive class when it is not obvious from the values (1/2, cat/dog), or null. */
export function positiveHint(values: readonly [string, string], positive: string): string | null {
  if (knownPair(values)) return null;
  const other = values[0] === positive ? values[1] : values[0];
  const why =
    parseNumber(values[0]) !== null && parseNumber(values[1]) !== null
      ? 'the larger value'
      : 'the later in alphabetical order';
  return `“${shortText(positive)}” is taken as y = 1 (${why}). If “${shortText(other)}” is the class the model should predict, choose it as the positive class.`;
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
    if (single) {
      return refuse(
        `Only one class: every row of "${single.name}" is "${single.values[0]}". Logistic regression needs two.`,
      );
    }
    // Say which column looked like the label (the last one not all numbers) and where it breaks.
    const candidate =
      [...columns].reverse().find((column) => !column.numeric) ?? columns[columns.length - 1];
    const shown = candidate.values.map((value) => `“${shortText(value)}”`).join(', ');
    const detail =
      candidate.thirdValueRow !== null
        ? `has more than two values: ${shown} (the third first in data row ${candidate.thirdValueRow})`
        : `has ${candidate.values.length === 0 ? 'no values' : shown}`;
    return refuse(
      `No column has exactly two distinct values to serve as the label (the class of each row): the last column that could, “${shortText(candidate.name)}”, ${detail}. Keep two classes in it, and leave missing labels empty or write NA.`,
    );
  }
  const features = columns
    .filter((column) => column.numeric && column.index !== label.index)
    .slice(0, 2)
    .map((column) => column.index);
  if (features.length === 0) {
    const others = columns.filter((column) => column.index !== label.index);
    const sample = others
      .slice(0, 3)
      .map(
        (column) =>
          `“${shortText(column.name)}” (${column.values[0] === undefined ? 'empty' : `“${shortText(column.values[0])}”`})`,
      )
      .join(', ');
    return refuse(
      `No numeric column besides the label “${shortText(label.name)}”: at least one feature must hold numbers, and ${sample} do not read as numbers. Write numbers as 1234.5, without units or spaces.`,
    );
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
      /** How cells were read that a plain reading would have lost (decimal commas, 12,345). */
      readonly notes: readonly string[];
    }
  | Refusal;

/** Step 3: the chosen columns as a validated data set. */
export function buildDataset(table: CsvTable, choice: ColumnChoice): ImportResult {
  const { features: columns, label, positive, negative } = choice;
  if (columns.length < 1 || columns.length > 2) return refuse('Choose one or two feature columns.');
  if (columns.includes(label)) return refuse('The label column cannot also be a feature.');
  const d = columns.length;
  const formats = columns.map((column) => numberFormat(table, column));
  const values: number[] = [];
  const labels: number[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const cell = (row[label] ?? '').trim();
    const y = cell === positive ? 1 : cell === negative ? 0 : null;
    const x = columns.map((column, k) => parseFormatted(row[column] ?? '', formats[k]));
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
  const notes = columns
    .map((column, k) => formatNote(table.header[column], formats[k]))
    .filter((note): note is string => note !== null);
  return { ok: true, dataset, skipped, notes };
}
