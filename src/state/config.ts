/**
 * The configuration of a run: one serializable object. It is what the worker is given, and what a
 * shared link and local storage will hold.
 */
import type {
  FeatureSettings,
  Objective,
  OptimizerSettings,
  PresetKind,
  PresetOptions,
} from '../engine';
import { LIMITS } from './limits';

/** A generated data set: the kind, size, noise and seed determine every point. */
export type PresetSource = { readonly kind: 'preset'; readonly preset: PresetKind } & PresetOptions;

/** The user's own points (imported from a CSV file, or drawn), kept as plain numbers. */
export interface PointsSource {
  readonly kind: 'points';
  /** Where they came from, for the data menu ("challenger.csv"). */
  readonly name: string;
  readonly featureNames: readonly string[];
  /** Row by row, featureNames.length values per point. */
  readonly features: readonly number[];
  /** 0 or 1 per point. */
  readonly labels: readonly number[];
}

/** Where the points come from. */
export type DataSource = PresetSource | PointsSource;

export type Initialization =
  | { readonly kind: 'zeros' }
  /** Each parameter drawn from N(0, 1) with this seed. */
  | { readonly kind: 'random'; readonly seed: number }
  /** Parameters set by hand (a click on the loss surface), on the optimizer's features. */
  | { readonly kind: 'point'; readonly theta: readonly number[] };

/**
 * Which points are held out for testing: a seeded, stratified share of each class (engine/split.ts).
 * The optimizer sees only the others; the held-out loss is measured on these. 0 % is no split.
 */
export interface SplitSettings {
  /** The share held out, in percent of each class: 0 (no split) to 50 (LIMITS.heldOut). */
  readonly percent: number;
  /** The seed of the shuffle that picks them: the same seed, the same points. */
  readonly seed: number;
}

/** No points held out: every point trains. */
export const NO_SPLIT: SplitSettings = {
  percent: LIMITS.heldOut.initial,
  seed: LIMITS.splitSeed.initial,
};

/** The split in force: none when the configuration has none (links and sessions made before it). */
export function splitOf(config: { readonly split?: SplitSettings }): SplitSettings {
  return config.split ?? NO_SPLIT;
}

export interface TrainingConfig {
  readonly data: DataSource;
  /** Absent in configurations saved before the split existed: no split (see splitOf). */
  readonly split?: SplitSettings;
  readonly features: FeatureSettings;
  readonly objective: Objective;
  readonly optimizer: OptimizerSettings;
  readonly initialization: Initialization;
  /** Iterations per second while playing; Infinity runs as fast as the machine goes. */
  readonly speed: number;
  /** The run has converged when the gradient norm (its stationarity, with L1) falls below this. */
  readonly tolerance: number;
}

/** The settings that change while a run goes on, without starting a new one. */
export type LiveSettings = Pick<TrainingConfig, 'objective' | 'optimizer' | 'tolerance'>;

/** The live settings of a configuration: what a settings control sends, changed or not. */
export function liveSettingsOf(config: TrainingConfig): LiveSettings {
  return { objective: config.objective, optimizer: config.optimizer, tolerance: config.tolerance };
}

/** The live settings with some of the optimizer's changed (η from the stage, β from the drawer). */
export function withOptimizer(
  config: TrainingConfig,
  change: Partial<OptimizerSettings>,
): LiveSettings {
  return { ...liveSettingsOf(config), optimizer: { ...config.optimizer, ...change } };
}

/** The slowest speed: slow motion, one iteration every 4 s, shown in phases. */
export const MIN_SPEED = LIMITS.speed.min;

/**
 * What the app opens with. Its data is a preset, which code that derives variants relies on. The
 * numbers are the limits' initial values (limits.ts).
 */
export const DEFAULT_CONFIG: TrainingConfig & { readonly data: PresetSource } = {
  data: {
    kind: 'preset',
    preset: 'twoBlobs',
    n: LIMITS.n.initial,
    noise: LIMITS.noise.initial,
    seed: LIMITS.dataSeed.initial,
  },
  split: NO_SPLIT,
  features: { standardize: true, degree: LIMITS.degree.initial },
  objective: {
    loss: 'crossEntropy',
    regularization: { kind: 'none', lambda: LIMITS.lambda.initial },
  },
  // η = 1 is below 2/L0 for every preset on standardized features (2/L0 ≥ 4.4 there), and the
  // default two blobs converge to the tolerance in about 400 iterations.
  optimizer: {
    rule: 'gradientDescent',
    learningRate: LIMITS.learningRate.initial,
    batchSize: LIMITS.batchSize.initial,
    momentum: LIMITS.momentum.initial,
    seed: LIMITS.shuffleSeed.initial,
  },
  initialization: { kind: 'zeros' },
  speed: LIMITS.speed.initial,
  tolerance: LIMITS.tolerance.initial,
};
