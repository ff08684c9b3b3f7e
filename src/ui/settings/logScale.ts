/**
 * A log-scale slider's arithmetic: the range input moves in steps of log10 of the value, so a
 * learning rate from 1e-4 to 100 gets the same room per factor of ten.
 */
import { LIMITS } from '../../state/limits';

export interface LogScale {
  /** log10 of the smallest and largest values. */
  readonly minExponent: number;
  readonly maxExponent: number;
  /** Slider steps per factor of ten. */
  readonly stepsPerDecade: number;
}

/** η's whole range (state/limits.ts), 1e-4 to 100. */
export const LEARNING_RATE_SCALE: LogScale = {
  minExponent: Math.log10(LIMITS.learningRate.min),
  maxExponent: Math.log10(LIMITS.learningRate.max),
  stepsPerDecade: 24,
};
/**
 * λ from 1e-4 (λ = 0 is "none", chosen in the menu; the field takes it too) to its largest value,
 * 1000 (state/limits.ts).
 */
export const LAMBDA_SCALE: LogScale = {
  minExponent: -4,
  maxExponent: Math.log10(LIMITS.lambda.max),
  stepsPerDecade: 12,
};

/** The slider position (an integer step) of a value, clamped to the scale. */
export function toStep(scale: LogScale, value: number): number {
  const exponent = Math.log10(value);
  const clamped = Math.min(scale.maxExponent, Math.max(scale.minExponent, exponent));
  return Math.round((clamped - scale.minExponent) * scale.stepsPerDecade);
}

export function stepCount(scale: LogScale): number {
  return (scale.maxExponent - scale.minExponent) * scale.stepsPerDecade;
}

/** The value at a step, rounded to three significant digits (what a person would type). */
export function fromStep(scale: LogScale, step: number): number {
  const value = 10 ** (scale.minExponent + step / scale.stepsPerDecade);
  return Number(value.toPrecision(3));
}

/** Where a value sits along the track, 0 (left) to 1 (right), or null outside the scale. */
export function trackFraction(scale: LogScale, value: number): number | null {
  if (!(value > 0) || !Number.isFinite(value)) return null;
  const fraction =
    (Math.log10(value) - scale.minExponent) / (scale.maxExponent - scale.minExponent);
  return fraction >= 0 && fraction <= 1 ? fraction : null;
}
