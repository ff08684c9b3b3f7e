/** Reading the numbers users type into settings fields: a value to apply or a short error. */

export type ParseResult = { readonly value: number } | { readonly error: string };

/** Number() reads "" and " " as 0, but an empty field holds no number. */
const toNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text));

/** η: any positive finite number. */
export function parseLearningRate(text: string): ParseResult {
  const value = toNumber(text);
  return value > 0 && Number.isFinite(value)
    ? { value }
    : { error: 'Enter a positive number, such as 0.5.' };
}

/** Points per iteration: a whole number, 0 meaning all of them. */
export function parseBatchSize(text: string): ParseResult {
  const value = toNumber(text);
  return Number.isInteger(value) && value >= 0
    ? { value }
    : { error: 'Enter a whole number: 0 for all the points.' };
}

/** λ: any number ≥ 0. */
export function parseLambda(text: string): ParseResult {
  const value = toNumber(text);
  return value >= 0 && Number.isFinite(value)
    ? { value }
    : { error: 'Enter a number ≥ 0, such as 0.01.' };
}

/** Momentum's β: from 0 up to (not including) 1. */
export function parseMomentum(text: string): ParseResult {
  const value = toNumber(text);
  return value >= 0 && value < 1 ? { value } : { error: 'Enter a number from 0 to below 1.' };
}

/** A seed: a whole number from 0 to 2³² − 1. */
export function parseSeed(text: string): ParseResult {
  const value = toNumber(text);
  return Number.isInteger(value) && value >= 0 && value <= 4294967295
    ? { value }
    : { error: 'Enter a whole number ≥ 0.' };
}
