/**
 * The training run the worker owns: the data, the optimizer's state and the history, driven one
 * iteration at a time. No timers and no messages here (player.ts schedules, the worker entry
 * talks), so all of it runs and is tested in Node.
 *
 * Every iteration k records θ_k with J(θ_k) and ∇J(θ_k) over all the points. For full-batch steps
 * that evaluation is also the step's own gradient, so an iteration costs one pass over the data.
 */
// The page's one number formatter (pure: no DOM), so the run's messages read as every other number.
import { formatSetting } from '../ui/text/format';
import type { Dataset, Design, Evaluation, FeatureMap, OptimizerState } from '../engine';
import {
  createRng,
  heldOutLoss,
  initialState,
  objectiveAndGradient,
  settingsProblem,
  stationarity,
  step,
  toRawCoefficients,
} from '../engine';
import type { LiveSettings, TrainingConfig } from '../state/config';
import { RunHistory } from '../state/history';
import type { HistoryChunk } from '../state/history';
import type { Analysis } from './analysis';
import { AnalysisCache, analyze } from './analysis';
import type { RunInfo, Snapshot, StopReason } from './protocol';
import { prepareRun, RefusedError, startProblem } from './run';

export { RefusedError } from './run';

/**
 * The loss has exploded once it exceeds this many times its starting value, or log 2 (the
 * cross-entropy of a coin flip, θ = 0) if that is larger, so a start near the optimum does not
 * count an ordinary rise as an explosion.
 */
const EXPLOSION_FACTOR = 100;
/** …or once a parameter is this large: far beyond any fit of standardized data. */
const EXPLOSION_PARAMETER = 1e8;

export type StepOutcome = { readonly stopped: StopReason | null };

export class Trainer {
  private config: TrainingConfig;
  private readonly data: Dataset;
  private readonly map: FeatureMap;
  /** The training rows: what the optimizer, the analysis and the training loss J see. */
  private readonly design: Design;
  /** The held-out rows, or null: only their loss is measured, at every recorded iteration. */
  private readonly test: Design | null;
  private analysis: Analysis;
  /** What the analyses of this design share: a change of loss or penalty finds only what is new. */
  private readonly analyses: AnalysisCache;
  private readonly history: RunHistory;
  /** Index of the shown iteration in the history; entries after it are the future. */
  private position = 0;
  /** The optimizer's state at `position`, kept between steps (it carries the epoch's order). */
  private state: OptimizerState;
  /** J and ∇J at the state's θ. */
  private evaluation: Evaluation;
  private stop: StopReason | null = null;
  readonly generation: number;

  /** `history` sizes the run's history (tests use small ones); the defaults suit the app. */
  constructor(
    config: TrainingConfig,
    generation: number,
    history: { capacity?: number; denseCount?: number } = {},
  ) {
    this.config = config;
    this.generation = generation;
    const problem = settingsProblem(config.objective, config.optimizer);
    if (problem) throw new RefusedError(problem);
    const prepared = prepareRun(config);
    ({ data: this.data, map: this.map, training: this.design, test: this.test } = prepared);
    // A start from which no step can be taken would leave a run that does nothing, silently.
    const start = startProblem(config, prepared);
    if (start) throw new RefusedError(start);
    this.analyses = new AnalysisCache(this.design, this.map);
    this.analysis = analyze(config.objective, this.design, this.map, this.analyses);
    this.history = new RunHistory(this.design.p + 1, history.capacity, history.denseCount);
    const theta = initialTheta(config, this.design.p + 1);
    this.state = initialState(theta);
    this.evaluation = this.evaluate(theta);
    this.record();
  }

  /** Rebuilds a run from a history the page kept, positioned at `iteration`. */
  static restore(
    config: TrainingConfig,
    generation: number,
    chunk: HistoryChunk,
    iteration: number,
  ): Trainer {
    const trainer = new Trainer(config, generation);
    trainer.history.clear();
    trainer.history.appendChunk(chunk);
    trainer.moveTo(trainer.history.indexAtOrBefore(iteration));
    return trainer;
  }

  info(): RunInfo {
    return {
      n: this.data.n,
      trainingCount: this.design.n,
      heldOutCount: this.test?.n ?? 0,
      inputNames: this.data.featureNames,
      parameterNames: ['intercept', ...this.map.names],
      analysis: this.analysis,
      source: {
        data: this.config.data,
        features: this.config.features,
        split: this.config.split,
      },
      generation: this.generation,
    };
  }

  get currentConfig(): TrainingConfig {
    return this.config;
  }

  get historyLength(): number {
    return this.history.length;
  }

  /** Changes when the history changed other than by appending (see RunHistory.revision). */
  get historyRevision(): number {
    return this.history.revision;
  }

  /** Entries appended since the last revision (see RunHistory.appended). */
  get historyAppended(): number {
    return this.history.appended;
  }

  get historyDenseCount(): number {
    return this.history.denseCount;
  }

  get iteration(): number {
    return this.state.iteration;
  }

  get stopReason(): StopReason | null {
    return this.stop;
  }

  /** True when a step forward would compute on non-finite numbers. */
  get blocked(): boolean {
    return !Number.isFinite(this.evaluation.objective) || !this.state.theta.every(Number.isFinite);
  }

  historyChunk(from = 0, to = this.history.length): HistoryChunk {
    return this.history.chunk(from, to);
  }

  /** Changes the loss, optimizer or tolerance; the next iteration uses them, the path stays. */
  updateSettings(settings: LiveSettings): void {
    const problem = settingsProblem(settings.objective, settings.optimizer);
    if (problem) throw new RefusedError(problem);
    const objectiveChanged =
      JSON.stringify(settings.objective) !== JSON.stringify(this.config.objective);
    this.config = { ...this.config, ...settings };
    if (objectiveChanged) {
      this.analysis = analyze(this.config.objective, this.design, this.map, this.analyses);
      this.evaluation = this.evaluate(this.state.theta);
      this.history.setEvaluation(
        this.position,
        this.evaluation.objective,
        this.gradientNorm(),
        this.heldOutLoss(this.state.theta),
      );
    }
    this.stop = null;
  }

  /**
   * One iteration from the shown state. A step taken after stepping back discards the future
   * first. Returns why the run stopped, if it did.
   */
  stepForward(): StepOutcome {
    if (this.blocked) {
      // Recorded, so the page says why nothing happens (a stepped-back-to diverged iterate).
      this.stop ??= this.divergence(this.state.iteration);
      return { stopped: this.stop };
    }
    if (this.position < this.history.length - 1) this.history.truncateAfter(this.position);
    const { objective, optimizer } = this.config;
    const result = step(objective, this.design, optimizer, this.state, this.evaluation);
    this.state = result.state;
    this.evaluation = this.evaluate(this.state.theta);
    this.record();
    this.stop = this.checkStop();
    return { stopped: this.stop };
  }

  /** Shows the previous recorded iteration (the future stays, for scrubbing forward again). */
  stepBack(): void {
    if (this.position > 0) this.moveTo(this.position - 1);
  }

  /** Shows the recorded iteration at or before `iteration`. */
  seek(iteration: number): void {
    this.moveTo(this.history.indexAtOrBefore(iteration));
  }

  /** Back to the initial weights, the history cleared: the same start gives the same path. */
  reset(): void {
    const theta = initialTheta(this.config, this.design.p + 1);
    this.history.clear();
    this.state = initialState(theta);
    this.evaluation = this.evaluate(theta);
    this.stop = null;
    this.record();
  }

  /**
   * Starts the run afresh from θ (on the optimizer's features), as a click on the loss surface
   * does: θ becomes the initialization, so Reset returns to it.
   */
  setParameters(theta: readonly number[]): void {
    const m = this.design.p + 1;
    if (theta.length !== m || !theta.every(Number.isFinite)) {
      throw new RefusedError(`Parameters need ${m} finite numbers.`);
    }
    this.config = { ...this.config, initialization: { kind: 'point', theta: [...theta] } };
    this.reset();
  }

  snapshot(playing: boolean, speed: number): Snapshot {
    const theta = Float64Array.from(this.state.theta);
    return {
      iteration: this.state.iteration,
      epoch: this.state.epoch,
      theta,
      rawTheta: toRawCoefficients(this.map, theta),
      loss: this.evaluation.objective,
      heldOutLoss: this.test ? this.history.heldOutLoss(this.position) : null,
      gradient: Float64Array.from(this.evaluation.gradient),
      gradientNorm: this.gradientNorm(),
      playing,
      stop: this.stop,
      warnings: this.warnings(),
      firstIteration: this.history.iteration(0),
      lastIteration: this.history.iteration(this.history.length - 1),
      speed,
    };
  }

  private evaluate(theta: Float64Array): Evaluation {
    const gradient = new Float64Array(theta.length);
    const objective = objectiveAndGradient(this.config.objective, this.design, theta, gradient);
    return { objective, gradient };
  }

  /** The held-out points' mean data loss at θ (NaN with no split, as the history stores it). */
  private heldOutLoss(theta: Float64Array): number {
    return this.test ? heldOutLoss(this.config.objective.loss, this.test, theta) : NaN;
  }

  private gradientNorm(): number {
    return stationarity(
      this.config.objective,
      this.state.theta,
      this.evaluation.gradient,
      this.config.optimizer.learningRate,
    );
  }

  private record(): void {
    this.history.append({
      iteration: this.state.iteration,
      epoch: this.state.epoch,
      cursor: this.state.cursor,
      loss: this.evaluation.objective,
      heldOutLoss: this.heldOutLoss(this.state.theta),
      gradientNorm: this.gradientNorm(),
      theta: this.state.theta,
      aux: this.state.aux,
    });
    this.position = this.history.length - 1;
  }

  private moveTo(index: number): void {
    const entry = this.history.entry(index);
    this.position = index;
    // The epoch's order is a function of the seed and the epoch: the optimizer rebuilds it.
    this.state = {
      theta: entry.theta,
      aux: entry.aux,
      iteration: entry.iteration,
      epoch: entry.epoch,
      cursor: entry.cursor,
      order: null,
    };
    this.evaluation = this.evaluate(entry.theta);
    this.stop = null;
  }

  private checkStop(): StopReason | null {
    const iteration = this.state.iteration;
    const loss = this.evaluation.objective;
    const start = this.history.loss(0);
    const huge = this.state.theta.some((t) => !(Math.abs(t) < EXPLOSION_PARAMETER));
    if (!Number.isFinite(loss) || huge || loss > EXPLOSION_FACTOR * Math.max(start, Math.LN2)) {
      return this.divergence(iteration);
    }
    const norm = this.gradientNorm();
    if (norm < this.config.tolerance) {
      return {
        kind: 'converged',
        iteration,
        message: `Converged after ${iteration} ${iteration === 1 ? 'iteration' : 'iterations'}: the gradient norm ${formatMessageNumber(norm)} is below the tolerance ${formatMessageNumber(this.config.tolerance)}.`,
      };
    }
    return null;
  }

  private divergence(iteration: number): StopReason {
    const eta = this.config.optimizer.learningRate;
    const { descentGuaranteed, convergenceLimit } = this.analysis.landmarks;
    const limit =
      convergenceLimit === null || !Number.isFinite(convergenceLimit)
        ? 'there is no 2/L* here, since the optimum does not exist'
        : `beyond 2/L* = ${formatMessageNumber(convergenceLimit)} gradient descent cannot converge`;
    // Landmarks that overflowed (features near the largest numbers) are left unsaid, not "NaN".
    const landmarks = Number.isFinite(descentGuaranteed)
      ? ` Below 2/L0 = ${formatMessageNumber(descentGuaranteed)} every step lowers the loss; ${limit}.`
      : '';
    return {
      kind: 'diverged',
      iteration,
      message: `Diverged at iteration ${iteration}: the loss exploded with learning rate η = ${formatMessageNumber(eta)}.${landmarks} Lower η, then step back or reset.`,
    };
  }

  private warnings(): string[] {
    const out: string[] = [];
    const { optimum, landmarks } = this.analysis;
    if (optimum.status === 'separable' || optimum.status === 'notFound') {
      out.push(optimum.message);
    }
    const { optimizer, objective } = this.config;
    const fullBatch = optimizer.batchSize === 0 || optimizer.batchSize >= this.data.n;
    if (
      optimizer.rule === 'gradientDescent' &&
      fullBatch &&
      objective.loss === 'crossEntropy' &&
      landmarks.convergenceLimit !== null &&
      optimizer.learningRate > landmarks.convergenceLimit
    ) {
      // Bounded needs both a bounded gradient (the log-loss's, |p − y| ≤ 1, with no L2 term λw) and
      // an optimum (2/L* exists: no line separates the classes): then far from θ* the loss rises in
      // every direction and the steps, at most η·max‖φ̃‖ long, lead back.
      const after =
        objective.regularization.kind === 'l2'
          ? 'the L2 term’s gradient λw grows with the weights, so it may also diverge.'
          : objective.regularization.kind === 'none'
            ? 'the swings stay bounded, since the log-loss’s gradient is bounded and no line separates these classes, but grow with η.'
            : 'it does not settle.';
      out.push(
        `The learning rate η = ${formatMessageNumber(optimizer.learningRate)} is above 2/L* = ${formatMessageNumber(landmarks.convergenceLimit)}: gradient descent cannot converge. It oscillates, every other step or in a longer or irregular pattern; ${after}`,
      );
    }
    return out;
  }
}

function initialTheta(config: TrainingConfig, m: number): Float64Array {
  const init = config.initialization;
  if (init.kind === 'zeros') return new Float64Array(m);
  if (init.kind === 'random') {
    const rng = createRng(init.seed);
    return Float64Array.from({ length: m }, () => rng.nextNormal());
  }
  const theta = new Float64Array(m);
  init.theta.slice(0, m).forEach((value, j) => (theta[j] = Number.isFinite(value) ? value : 0));
  return theta;
}

/** Four significant digits, for messages, written as the page writes numbers ("1.447 × 10⁻¹⁶"). */
function formatMessageNumber(value: number): string {
  return formatSetting(value, 4);
}
