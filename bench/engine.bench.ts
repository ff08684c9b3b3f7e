/**
 * Engine benchmarks against docs/design.md's budgets: `npm run bench` prints a table, `npm run bench --
 * --json` prints one JSON object per line and nothing else on stdout. Progress goes to stderr.
 * Figures only: a missed budget never fails the run; a broken engine (results that disagree with
 * the hand-written loops, a diverging loss) does.
 *
 *   gd-step-cross-entropy  full-batch gradient-descent steps per second, N = 1e3, 1e4, 1e5
 *   loss-surface-100x100   milliseconds for a 100 × 100 cross-entropy grid over N = 1e4
 *   loss-surface-100x100-served  the same grid as the surface worker serves it (surfaceServer.ts):
 *                          a coarse grid first, then the full one in bands, from request to the last
 *
 * Each is measured side by side with a hand-written loop (hand.ts) in alternating rounds.
 */
import {
  NO_REGULARIZATION,
  buildDesign,
  fitFeatureMap,
  generatePreset,
  initialState,
  lossSurface,
  step,
} from '../src/engine';
import type { Design, Objective, OptimizerSettings, SurfaceSpec } from '../src/engine';
import { DEFAULT_CONFIG } from '../src/state/config';
import type { FromSurfaceWorker } from '../src/worker/surfaceProtocol';
import { createSurfaceServer } from '../src/worker/surfaceServer';
import { handGradientStep, handLossSurface } from './hand';
import type { Runner } from './measure';
import { interleave, median } from './measure';
import type { BenchRow, Budgets } from './report';
import { jsonLines, table } from './report';

const STEP_SIZES = [1_000, 10_000, 100_000];
const SURFACE_N = 10_000;
const GRID = 100;
/** Both weights span [−RANGE, RANGE]: the region the parameter-space panel shows by default. */
const RANGE = 4;

/**
 * Rounds per contender. A step round is ~200 ms; a grid takes seconds, so the surface gets fewer
 * rounds to keep the whole run under a minute.
 */
const STEP_ROUNDS = 9;
const SURFACE_ROUNDS = 3;

const BUDGETS: Budgets = { ratio: 0.8, surfaceMs: 250, surfaceRow: `loss-surface-${GRID}x${GRID}` };

const OBJECTIVE: Objective = { loss: 'crossEntropy', regularization: NO_REGULARIZATION };
/** What the worker passes for plain full-batch gradient descent. */
const SETTINGS: OptimizerSettings = {
  rule: 'gradientDescent',
  learningRate: 0.5,
  batchSize: 0,
  momentum: 0,
  seed: 1,
};

/** Agreement demanded before timing: the two sides must compute the same thing. */
const STEP_TOLERANCE = 1e-12;
/**
 * The engine writes z = c + w1·x1 + w2·x2 with c = z(θ) − θ1·x1 − θ2·x2 precomputed (≈ b, but
 * rounded), the hand loop b + w1·x1 + w2·x2; the grids may differ in the last few digits.
 */
const SURFACE_TOLERANCE = 1e-10;

/** Collects every loss computed while timing: keeps it observable, and NaN would mean divergence. */
let sink = 0;

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Two Gaussian blobs, standardized: the app's default preset at size n. */
function blobsDesign(n: number): Design {
  const data = generatePreset('twoBlobs', { n, noise: 1, seed: 1 });
  return buildDesign(data, fitFeatureMap(data, { standardize: true, degree: 1 }));
}

function relativeDifference(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

function maxRelativeDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let j = 0; j < a.length; j++) worst = Math.max(worst, relativeDifference(a[j], b[j]));
  // NaN compares false everywhere above; make it fail loudly instead of looking like agreement.
  return Number.isNaN(worst) ? Infinity : worst;
}

function assertAgreement(what: string, difference: number, tolerance: number): void {
  if (!(difference <= tolerance)) {
    throw new Error(
      `${what}: the engine and the hand-written loop disagree (relative difference ${difference}, ` +
        `tolerance ${tolerance}); timing them against each other would compare different work.`,
    );
  }
}

/** One step of each from a θ whose logits take both signs, so every branch is exercised. */
function checkStep(design: Design): void {
  const theta = Float64Array.of(0.25, 1.5, -0.75);
  const engine = step(OBJECTIVE, design, SETTINGS, initialState(theta));
  const hand = handGradientStep(design.X, design.y, design.n, theta, SETTINGS.learningRate);
  assertAgreement(
    `step, n = ${design.n}, new θ`,
    maxRelativeDifference(engine.state.theta, hand.theta),
    STEP_TOLERANCE,
  );
  assertAgreement(
    `step, n = ${design.n}, loss`,
    relativeDifference(engine.objective, hand.loss),
    STEP_TOLERANCE,
  );
}

/** The engine's step as the worker calls it each iteration, its state carried forward. */
function engineStepRunner(design: Design): Runner {
  let state = initialState(new Float64Array(design.p + 1));
  return (count) => {
    for (let k = 0; k < count; k++) {
      const result = step(OBJECTIVE, design, SETTINGS, state);
      state = result.state;
      sink += result.objective;
    }
  };
}

function handStepRunner(design: Design): Runner {
  const { X, y, n } = design;
  const eta = SETTINGS.learningRate;
  let theta: Float64Array = new Float64Array(design.p + 1);
  return (count) => {
    for (let k = 0; k < count; k++) {
      const result = handGradientStep(X, y, n, theta, eta);
      theta = result.theta;
      sink += result.loss;
    }
  };
}

/** Engine ÷ hand for each round, pairing the rounds in which both ran. */
function pairedRatios(engineMs: readonly number[], handMs: readonly number[]): [number, number] {
  const ratios = engineMs.map((ms, round) => handMs[round] / ms);
  return [Math.min(...ratios), Math.max(...ratios)];
}

function benchStep(n: number): BenchRow {
  const design = blobsDesign(n);
  checkStep(design);
  log(`gd-step-cross-entropy, n = ${n} …`);
  const ms = interleave(
    { engine: engineStepRunner(design), hand: handStepRunner(design) },
    { rounds: STEP_ROUNDS, roundMs: 200, warmupMs: 500 },
  );
  const engine = 1000 / median(ms.engine);
  const hand = 1000 / median(ms.hand);
  return {
    name: 'gd-step-cross-entropy',
    n,
    value: engine,
    unit: 'steps/s',
    hand,
    ratio: engine / hand,
    ratioRange: pairedRatios(ms.engine, ms.hand),
  };
}

function benchSurface(): BenchRow {
  const design = blobsDesign(SURFACE_N);
  // θ partway to the optimum: a realistic current bias rather than exactly 0.
  let state = initialState(new Float64Array(design.p + 1));
  for (let k = 0; k < 20; k++) state = step(OBJECTIVE, design, SETTINGS, state).state;
  const theta = state.theta;
  const spec: SurfaceSpec = {
    x: { parameter: 1, min: -RANGE, max: RANGE },
    y: { parameter: 2, min: -RANGE, max: RANGE },
    size: GRID,
  };
  const { X, y, n } = design;
  const engineGrid = (): Float64Array => lossSurface(OBJECTIVE, design, theta, spec);
  const handGrid = (): Float64Array => handLossSurface(X, y, n, theta[0], -RANGE, RANGE, GRID);

  log(`${BUDGETS.surfaceRow}, n = ${n} …`);
  assertAgreement(
    'loss surface',
    maxRelativeDifference(engineGrid(), handGrid()),
    SURFACE_TOLERANCE,
  );
  // One grid takes far longer than a round's target, so each turn is a single call; the check
  // above was the warm-up.
  const gridRunner =
    (grid: () => Float64Array): Runner =>
    (count) => {
      for (let k = 0; k < count; k++) sink += grid()[0];
    };
  const ms = interleave(
    { engine: gridRunner(engineGrid), hand: gridRunner(handGrid) },
    { rounds: SURFACE_ROUNDS, roundMs: 1, warmupMs: 0 },
  );
  const engine = median(ms.engine);
  const hand = median(ms.hand);
  return {
    name: BUDGETS.surfaceRow,
    n,
    value: engine,
    unit: 'ms',
    hand,
    ratio: hand / engine,
    ratioRange: pairedRatios(ms.engine, ms.hand),
  };
}

/**
 * The full grid as the worker serves it, on blobsDesign's data: the server's
 * deferred bands run back to back here (in the worker, messages may come between them).
 */
function benchServedSurface(surface: BenchRow): BenchRow {
  const queue: (() => void)[] = [];
  let full: Float64Array | null = null;
  const handle = createSurfaceServer({
    post: (message: FromSurfaceWorker) => {
      if (message.type === 'failed') throw new Error(message.message);
      if (!message.coarse) full = message.values;
    },
    defer: (callback) => void queue.push(callback),
  });
  // blobsDesign's data, as the page sends them.
  const data = { ...DEFAULT_CONFIG.data, n: SURFACE_N, noise: 1, seed: 1 };
  const features = { standardize: true, degree: 1 };
  handle({ type: 'data', data: { data, features, split: DEFAULT_CONFIG.split } });
  const design = blobsDesign(SURFACE_N);
  let state = initialState(new Float64Array(design.p + 1));
  for (let k = 0; k < 20; k++) state = step(OBJECTIVE, design, SETTINGS, state).state;
  const spec: SurfaceSpec = {
    x: { parameter: 1, min: -RANGE, max: RANGE },
    y: { parameter: 2, min: -RANGE, max: RANGE },
    size: GRID,
  };
  let id = 0;
  const served = (): Float64Array => {
    full = null;
    handle({
      type: 'compute',
      id: ++id,
      request: { objective: OBJECTIVE, theta: state.theta, spec },
    });
    while (queue.length > 0) queue.shift()?.();
    if (!full) throw new Error('The surface server posted no full grid.');
    return full;
  };
  log(`${surface.name}-served, n = ${SURFACE_N} …`);
  const hand = (): Float64Array =>
    handLossSurface(design.X, design.y, design.n, state.theta[0], -RANGE, RANGE, GRID);
  assertAgreement(
    'served loss surface',
    maxRelativeDifference(served(), hand()),
    SURFACE_TOLERANCE,
  );
  const runner =
    (grid: () => Float64Array): Runner =>
    (count) => {
      for (let k = 0; k < count; k++) sink += grid()[0];
    };
  const ms = interleave(
    { engine: runner(served), hand: runner(hand) },
    { rounds: SURFACE_ROUNDS, roundMs: 1, warmupMs: 0 },
  );
  const engine = median(ms.engine);
  const handMs = median(ms.hand);
  return {
    name: `${surface.name}-served`,
    n: SURFACE_N,
    value: engine,
    unit: 'ms',
    hand: handMs,
    ratio: handMs / engine,
    ratioRange: pairedRatios(ms.engine, ms.hand),
  };
}

function parseArgs(argv: readonly string[]): { json: boolean } {
  const unknown = argv.filter((arg) => arg !== '--json');
  if (unknown.length > 0) {
    log(`Unknown argument ${unknown.join(' ')}. Usage: npm run bench [-- --json]`);
    process.exit(2);
  }
  return { json: argv.includes('--json') };
}

function main(): void {
  const { json } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const surface = benchSurface();
  const rows = [...STEP_SIZES.map(benchStep), surface, benchServedSurface(surface)];
  if (!Number.isFinite(sink))
    throw new Error(`A loss became ${sink} while timing: the run diverged.`);
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (json) {
    process.stdout.write(`${jsonLines(rows)}\n`);
    return;
  }
  const context =
    `Engine benchmarks: Node ${process.version}, ${process.arch}; engine and hand-written loop ` +
    `interleaved in alternating rounds; medians of ${STEP_ROUNDS} rounds per step size, ` +
    `${SURFACE_ROUNDS} grids each for the surface.`;
  process.stdout.write(`${table(rows, BUDGETS, context)}\n`);
}

main();
