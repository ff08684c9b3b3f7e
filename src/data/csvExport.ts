/**
 * The data and the run as CSV files, for a spreadsheet or a statistics package. Papa Parse
 * quotes names that hold commas, quotes or line breaks.
 */
import Papa from 'papaparse';
import type { Dataset } from '../engine';
import type { RunHistory } from '../state/history';

/** One row per point: the raw features, then y. */
export function datasetToCsv(data: Dataset): string {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < data.n; i++) {
    const row: number[] = [];
    for (let j = 0; j < data.d; j++) row.push(data.features[i * data.d + j]);
    row.push(data.labels[i]);
    rows.push(row);
  }
  return Papa.unparse({ fields: [...data.featureNames, 'y'], data: rows }, { newline: '\n' });
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
    { newline: '\n' },
  );
}
