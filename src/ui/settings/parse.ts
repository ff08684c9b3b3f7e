/**
 * Reading the numbers users type into settings fields: a value to apply (brought into the
 * setting's range, saying so, as a link's value is: state/limits.ts) or a short error.
 */
import type { LimitKey } from '../../state/limits';
import { clampSetting, limitHint, LIMITS } from '../../state/limits';

export type ParseResult =
  { readonly value: number; readonly notice?: string } | { readonly error: string };

/** Number() reads "" and " " as 0, but an empty field holds no number. */
const toNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text));

/**
 * The value typed for a setting. Text that is not a finite number, or a fraction where a whole
 * number is needed, is refused with what to enter; a number out of range is clamped to it with
 * the notice a link gets for the same number.
 */
export function parseSetting(limit: LimitKey, text: string): ParseResult {
  const value = toNumber(text);
  if (!Number.isFinite(value) || (LIMITS[limit].integer && !Number.isInteger(value))) {
    return { error: limitHint(limit) };
  }
  const clamped = clampSetting(limit, value);
  return clamped.notice === null ? { value } : { value: clamped.value, notice: clamped.notice };
}

/** η: 1e-4 to 100. */
export const parseLearningRate = (text: string): ParseResult => parseSetting('learningRate', text);

/** Points per iteration: a whole number, 0 meaning all of them. */
export const parseBatchSize = (text: string): ParseResult => parseSetting('batchSize', text);

/** λ: 0 to 1000. */
export const parseLambda = (text: string): ParseResult => parseSetting('lambda', text);

/** Momentum's β: 0 to 0.999. */
export const parseMomentum = (text: string): ParseResult => parseSetting('momentum', text);

/** A seed: a whole number from 0 to 2³² − 1 (the shuffling seed's words unless told). */
export const parseSeed = (
  text: string,
  which: 'shuffleSeed' | 'initSeed' | 'dataSeed' = 'shuffleSeed',
): ParseResult => parseSetting(which, text);
