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

/** Where the points come from. User-made data sets will join this union. */
export type DataSource = { readonly kind: 'preset'; readonly preset: PresetKind } & PresetOptions;

export type Initialization =
  | { readonly kind: 'zeros' }
  /** Each parameter drawn from N(0, 1) with this seed. */
  | { readonly kind: 'random'; readonly seed: number }
  /** Parameters set by hand (a click on the loss surface), on the optimizer's features. */
  | { readonly kind: 'point'; readonly theta: readonly number[] };

export interface TrainingConfig {
  readonly data: DataSource;
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

export const MIN_SPEED = 1;

export const DEFAULT_CONFIG: TrainingConfig = {
  data: { kind: 'preset', preset: 'twoBlobs', n: 100, noise: 1, seed: 1 },
  features: { standardize: true, degree: 1 },
  objective: { loss: 'crossEntropy', regularization: { kind: 'none', lambda: 0 } },
  // η = 1 is below 2/L0 for every preset on standardized features (2/L0 ≥ 4.4 there), and the
  // default two blobs converge to the tolerance in about 400 iterations.
  optimizer: { rule: 'gradientDescent', learningRate: 1, batchSize: 0, momentum: 0.9, seed: 1 },
  initialization: { kind: 'zeros' },
  speed: 30,
  tolerance: 1e-6,
};
