/**
 * The worker's analysis of a run (worker/analysis.ts) against issue 16's budget: the squared-error
 * analysis at degree 6 on 10,000 points within 500 ms. `npm run bench:analysis` prints a table,
 * `-- --json` JSON lines {name, n, value, unit, cache}. Figures only: a missed budget never fails
 * the run.
 *
 * Each line is the median of ROUNDS analyses, on Two blobs with degree-6 features, standardized:
 *
 *   analysis-cross-entropy        the first analysis of a run (the default loss), nothing cached
 *   analysis-squared-error        switching the run to squared error: after the cross-entropy's
 *                                 analysis, through the trainer's cache (cache: warm), and alone
 *                                 (cache: cold) for comparison
 *   analysis-cross-entropy-l1     switching to an L1 penalty after that, warm
 */
import type { Design, FeatureMap, Objective } from '../src/engine';
import { NO_REGULARIZATION, buildDesign, fitFeatureMap, generatePreset } from '../src/engine';
import { AnalysisCache, analyze } from '../src/worker/analysis';

const N = 10_000;
const DEGREE = 6;
const ROUNDS = 3;
const BUDGET_MS = 500;

const CROSS_ENTROPY: Objective = { loss: 'crossEntropy', regularization: NO_REGULARIZATION };
const SQUARED_ERROR: Objective = { loss: 'squaredError', regularization: NO_REGULARIZATION };
const L1: Objective = { loss: 'crossEntropy', regularization: { kind: 'l1', lambda: 0.01 } };

interface Row {
  readonly name: string;
  readonly cache: 'cold' | 'warm';
  readonly ms: number;
}

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function measure(design: Design, map: FeatureMap): Row[] {
  const figures = new Map<string, number[]>();
  const add = (name: string, ms: number) => figures.set(name, [...(figures.get(name) ?? []), ms]);
  for (let round = 0; round < ROUNDS; round++) {
    log(`round ${round + 1} of ${ROUNDS} …`);
    // As the trainer does: one cache per design, the objectives in the order a user switches them.
    const cache = new AnalysisCache(design, map);
    add(
      'analysis-cross-entropy cold',
      time(() => analyze(CROSS_ENTROPY, design, map, cache)),
    );
    add(
      'analysis-squared-error warm',
      time(() => analyze(SQUARED_ERROR, design, map, cache)),
    );
    add(
      'analysis-cross-entropy-l1 warm',
      time(() => analyze(L1, design, map, cache)),
    );
    add(
      'analysis-squared-error cold',
      time(() => analyze(SQUARED_ERROR, design, map)),
    );
  }
  return [...figures.entries()].map(([key, ms]) => {
    const [name, cache] = key.split(' ') as [string, 'cold' | 'warm'];
    return { name, cache, ms: median(ms) };
  });
}

function main(): void {
  const json = process.argv.includes('--json');
  const data = generatePreset('twoBlobs', { n: N, noise: 1, seed: 1 });
  const map = fitFeatureMap(data, { standardize: true, degree: DEGREE });
  const design = buildDesign(data, map);
  const rows = measure(design, map);
  if (json) {
    for (const row of rows) {
      const value = Number(row.ms.toPrecision(4));
      process.stdout.write(
        `${JSON.stringify({ name: row.name, n: N, value, unit: 'ms', cache: row.cache })}\n`,
      );
    }
    return;
  }
  const lines = rows.map(
    (row) => `${row.name.padEnd(28)} ${row.cache.padEnd(5)} ${row.ms.toFixed(0).padStart(6)} ms`,
  );
  const switched = rows.find(
    (row) => row.name === 'analysis-squared-error' && row.cache === 'warm',
  );
  process.stdout.write(
    [
      `Worker analysis: Two blobs, n = ${N}, degree ${DEGREE} (${design.p + 1} parameters), Node ${process.version}, unthrottled; medians of ${ROUNDS}.`,
      '',
      ...lines,
      '',
      `Budget: the squared-error analysis (after the cross-entropy's, as in the app) within ${BUDGET_MS} ms: ` +
        (switched && switched.ms <= BUDGET_MS ? 'met.' : 'MISSED.'),
    ].join('\n') + '\n',
  );
}

main();
