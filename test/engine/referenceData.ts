/**
 * The reference data sets of test/fixtures (copied from the team's shared reference folder) with
 * their published fits. The files are plain `x1[,x2],y` CSVs with no quoting, so splitting on
 * commas is exact.
 */
import challengerCsv from '../fixtures/challenger23.csv?raw';
import ex2data1Csv from '../fixtures/ex2data1.csv?raw';
import uclaCsv from '../fixtures/ucla_admit_gre_gpa.csv?raw';
import type { Dataset } from '../../src/engine';
import { datasetFromRows } from '../../src/engine';

function parse(csv: string): Dataset {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const names = header.split(',');
  const rows = lines.map((line) => line.split(',').map(Number));
  return datasetFromRows(
    rows.map((row) => row.slice(0, -1)),
    rows.map((row) => row[row.length - 1]),
    names.slice(0, -1),
  );
}

export interface ReferenceFit {
  readonly name: string;
  readonly data: Dataset;
  /** [intercept, slopes…] as a statistics package published them, to the digits it printed. */
  readonly published: readonly number[];
  /** An independent float64 Newton fit (reference README), for the 1e-6 relative check. */
  readonly independent: readonly number[];
  /** The mean log-loss at the optimum (reference README). */
  readonly meanLogLoss: number;
}

export const REFERENCE_FITS: readonly ReferenceFit[] = [
  {
    name: 'Challenger O-rings (R glm)',
    data: parse(challengerCsv),
    published: [15.0429, -0.2322],
    independent: [15.0429016477, -0.232162744219],
    meanLogLoss: 0.441634623649,
  },
  {
    name: 'UCLA admissions (Stata logit admit gre gpa)',
    data: parse(uclaCsv),
    published: [-4.949378, 0.0026907, 0.7546869],
    independent: [-4.94937806262, 0.00269068359596, 0.754686855963],
    meanLogLoss: 0.600429977106,
  },
  {
    name: "Ng's exam scores (ex2data1)",
    data: parse(ex2data1Csv),
    published: [-25.161, 0.206, 0.201],
    independent: [-25.1613335666, 0.206231713294, 0.201471600442],
    meanLogLoss: 0.203497701589,
  },
];
