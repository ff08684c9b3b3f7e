/**
 * The data and the run as CSV files, for a spreadsheet or a statistics package. Papa Parse
 * quotes names that hold commas, quotes or line breaks.
 *
 * A name is the user's text (a column of an imported file): one starting with =, +, -, @, a tab
 * or a carriage return would run as a formula in a spreadsheet, so it is written quoted behind an
 * apostrophe ('=cmd), which spreadsheets show as text. Numbers are never touched: -2 stays a
 * number. The importer drops that apostrophe again (csvImport.ts), so a file round-trips.
 */
import Papa from 'papaparse';
import type { Dataset } from '../engine';
import type { RunHistory } from '../state/history';

/** Cells of text that a spreadsheet would run as a formula get an apostrophe; numbers do not. */
const UNPARSE = { newline: '\n', escapeFormulae: true } as const;

/** One row per point: the raw features, then y. */
export function datasetToCsv(data: Dataset): string {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < data.n; i++) {
    const row: number[] = [];
    for (let j = 0; j < data.d; j++) row.push(data.features[i * data.d + j]);
    row.push(data.labels[i]);
    rows.push(row);
  }
  return Papa.unparse({ fields: [...data.featureNames, 'y'], data: rows }, UNPARSE);
}

/**
 * One row per recorded iteration: its number, the loss, the gradient norm and the parameters
 * (named as the page names them), each number written in full so it reads back exactly.
 */
export function runToCsv(history: RunHistory, parameterNames: readonly string[]): string {
  const rows: number[][] = [];
  for (let k = 0; k < history.length; k++) {
    const entry = history.entry(k);
    rows.push([entry.iteration, entry.epoch, entry.loss, entry.gradientNorm, ...entry.theta]);
  }
  return Papa.unparse(
    { fields: ['iteration', 'epoch', 'loss', 'gradient norm', ...parameterNames], data: rows },
    UNPARSE,
  );
}
