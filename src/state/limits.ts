/**
 * The range of every numeric setting, declared once beside the configuration type (config.ts).
 * The settings drawer's number fields and sliders, the link's and the saved session's decoding
 * (configFields.ts) and the page-side checks before a run is sent to the worker all read from here, so
 * the page accepts exactly what a link can carry: a value out of range is brought into it, with
 * the same words, whether it was typed or came in a link.
 *
 * The engine checks only what the mathematics needs (η > 0, 0 ≤ β < 1, settingsProblem); these
 * ranges are narrower, and a test checks that every value in them passes the engine's checks.
 */
import { MAX_DEGREE } from '../engine';

export interface NumberLimit {
  /** The setting in words, for messages: "The learning rate 500 is out of range …". */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (a count, a seed, a degree). */
  readonly integer: boolean;
  /** The step of a field's spin buttons and of a linear slider; "any" for log-scale values. */
  readonly step: number | 'any';
  /** What a new configuration starts with (DEFAULT_CONFIG). */
  readonly initial: number;
}

/** The most points a data source may hold, as for an imported file. */
export const MAX_POINTS = 100_000;
/** Seeds are unsigned 32-bit integers (the engine's generator, rng.ts). */
export const MAX_SEED = 4294967295;

/**
 * The limits, with why each bound is where it is:
 * - η from 1e-4 (slower than that, nothing visible happens in a thousand iterations) to 100
 *   (beyond 2/L0 for every preset: enough to show oscillation and divergence).
 * - λ from 0 to 1000: on raw (unstandardized) features such as temperatures near 70, λ = 100
 *   still leaves weights of visible size, so the range goes one decade past it.
 * - β from 0 (gradient descent) to 0.999: β = 1 never forgets a gradient and does not converge.
 * - The batch size from 0 (all the points) to the most points a data source holds.
 * - The speed from slow motion (0.25 iterations per second) to 1000 per second; "as fast as
 *   possible" (Infinity) is a separate choice, written "max" in a link.
 * - The tolerance from 1e-12 (near the rounding of the loss itself) to 0.1.
 */
export const LIMITS = {
  n: { label: 'number of points', min: 2, max: MAX_POINTS, integer: true, step: 1, initial: 100 },
  noise: { label: 'noise', min: 0, max: 2, integer: false, step: 0.1, initial: 1 },
  dataSeed: { label: 'data seed', min: 0, max: MAX_SEED, integer: true, step: 1, initial: 1 },
  degree: {
    label: 'polynomial degree',
    min: 1,
    max: MAX_DEGREE,
    integer: true,
    step: 1,
    initial: 1,
  },
  lambda: {
    label: 'regularization strength λ',
    min: 0,
    max: 1000,
    integer: false,
    step: 'any',
    initial: 0,
  },
  learningRate: {
    label: 'learning rate',
    min: 1e-4,
    max: 100,
    integer: false,
    step: 'any',
    initial: 1,
  },
  batchSize: {
    label: 'batch size',
    min: 0,
    max: MAX_POINTS,
    integer: true,
    step: 1,
    initial: 0,
  },
  momentum: { label: 'momentum β', min: 0, max: 0.999, integer: false, step: 0.05, initial: 0.9 },
  shuffleSeed: {
    label: 'shuffling seed',
    min: 0,
    max: MAX_SEED,
    integer: true,
    step: 1,
    initial: 1,
  },
  // The held-out share in whole percent: up to half of each class, so as many points train as test.
  heldOut: {
    label: 'held-out share (percent)',
    min: 0,
    max: 50,
    integer: true,
    step: 5,
    initial: 0,
  },
  splitSeed: { label: 'held-out seed', min: 0, max: MAX_SEED, integer: true, step: 1, initial: 1 },
  initSeed: { label: 'initial seed', min: 0, max: MAX_SEED, integer: true, step: 1, initial: 1 },
  speed: { label: 'speed', min: 0.25, max: 1000, integer: false, step: 'any', initial: 30 },
  tolerance: {
    label: 'tolerance',
    min: 1e-12,
    max: 0.1,
    integer: false,
    step: 'any',
    initial: 1e-6,
  },
} as const satisfies Record<string, NumberLimit>;

export type LimitKey = keyof typeof LIMITS;

/** A value brought into its range, with the words that say so, or null when it was in range. */
export interface Clamped {
  readonly value: number;
  readonly notice: string | null;
}

/**
 * `value` (a finite number) within the setting's range. Integer settings round first. The
 * notice is the same for a link and a typed value: "The learning rate 500 is out of range
 * (0.0001 to 100); 100 is used."
 */
export function clampSetting(key: LimitKey, value: number): Clamped {
  const { label, min, max, integer } = LIMITS[key];
  const rounded = integer && !Number.isInteger(value) ? Math.round(value) : value;
  if (rounded >= min && rounded <= max) return { value: rounded, notice: null };
  const clamped = Math.min(max, Math.max(min, rounded));
  return {
    value: clamped,
    notice: `The ${label} ${rounded} is out of range (${min} to ${max}); ${clamped} is used.`,
  };
}

/** Whether `value` is one the setting takes as it is (in range, whole where it must be). */
export function withinLimit(key: LimitKey, value: number): boolean {
  const { min, max, integer } = LIMITS[key];
  return value >= min && value <= max && (!integer || Number.isInteger(value));
}

/** What to type for a setting: "Enter a number from 0.0001 to 100." */
export function limitHint(key: LimitKey): string {
  const { min, max, integer } = LIMITS[key];
  return `Enter a ${integer ? 'whole number' : 'number'} from ${min} to ${max}.`;
}

/** The settings a run may change as it goes, checked against their ranges. */
export interface LimitedSettings {
  readonly objective: { readonly regularization: { readonly lambda: number } };
  readonly optimizer: {
    readonly learningRate: number;
    readonly batchSize: number;
    readonly momentum: number;
    readonly seed: number;
  };
  readonly tolerance: number;
}

/**
 * Why these settings are outside the ranges a page or a link can set, or null. The page checks
 * this before a run is sent to the worker, so nothing reaches a run that a link could not carry.
 */
export function limitsProblem(settings: LimitedSettings): string | null {
  const values: readonly [LimitKey, number][] = [
    ['learningRate', settings.optimizer.learningRate],
    ['batchSize', settings.optimizer.batchSize],
    ['momentum', settings.optimizer.momentum],
    ['shuffleSeed', settings.optimizer.seed],
    ['lambda', settings.objective.regularization.lambda],
    ['tolerance', settings.tolerance],
  ];
  for (const [key, value] of values) {
    if (!withinLimit(key, value)) {
      const { label, min, max } = LIMITS[key];
      return `The ${label} must be ${LIMITS[key].integer ? 'a whole number ' : ''}from ${min} to ${max}.`;
    }
  }
  return null;
}
