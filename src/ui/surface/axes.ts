/**
 * Which two parameters the loss surface is drawn over, and what their axes are called.
 *
 * θ = [b, w1, …, wp] (index 0 is the bias). With one feature the surface is J over (b, w1) and
 * nothing is held fixed; with more, the default is the first two weights, the other parameters held
 * at their current values (a slice of J).
 */

export interface AxisPair {
  /** Index into θ of the horizontal axis's parameter. */
  readonly x: number;
  /** Index into θ of the vertical axis's parameter. */
  readonly y: number;
}

/** Constants, so the default pair keeps its identity from render to render. */
const BIAS_AND_WEIGHT: AxisPair = Object.freeze({ x: 0, y: 1 });
const FIRST_WEIGHTS: AxisPair = Object.freeze({ x: 1, y: 2 });

/** The pair shown before the user chooses: (b, w1) for one feature, else (w1, w2). */
export function defaultAxes(parameterCount: number): AxisPair {
  return parameterCount <= 2 ? BIAS_AND_WEIGHT : FIRST_WEIGHTS;
}

/** The user's choice if it still fits a θ of this size, otherwise the default. */
export function validAxes(choice: AxisPair | null, parameterCount: number): AxisPair {
  if (
    choice &&
    choice.x !== choice.y &&
    [choice.x, choice.y].every((k) => Number.isInteger(k) && k >= 0 && k < parameterCount)
  ) {
    return choice;
  }
  return defaultAxes(parameterCount);
}

/** Whether the user may choose the axes: only when there are pairs beyond (b,w1) and (w1,w2)'s. */
export function axesSelectable(parameterCount: number): boolean {
  return parameterCount > 3;
}

/**
 * Puts `parameter` on one axis. Choosing the parameter the other axis shows swaps the two, so the
 * pair always has two different parameters.
 */
export function withAxis(pair: AxisPair, axis: 'x' | 'y', parameter: number): AxisPair {
  const other = axis === 'x' ? pair.y : pair.x;
  if (other === parameter)
    return axis === 'x' ? { x: parameter, y: pair.x } : { x: pair.y, y: parameter };
  return axis === 'x' ? { x: parameter, y: pair.y } : { x: pair.x, y: parameter };
}

/** Names longer than this are cut with an ellipsis in axis titles (CSV headers can be long). */
const MAX_NAME_LENGTH = 24;

export function shortName(name: string): string {
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/** The symbol of θ[index] in the derivation's notation: b, w1, w2, … */
export function parameterSymbol(index: number): string {
  return index === 0 ? 'b' : `w${index}`;
}

/**
 * The title of an axis: "b (intercept)", "w1 (x1)", or "w1 (standardized x1)" when the optimizer
 * works on standardized features (θ is then on those features, not the raw ones).
 */
export function axisTitle(
  index: number,
  parameterNames: readonly string[],
  standardized: boolean,
): string {
  if (index === 0) return 'b (intercept)';
  const name = shortName(parameterNames[index] ?? `feature ${index}`);
  return `${parameterSymbol(index)} (${standardized ? 'standardized ' : ''}${name})`;
}

/** The parameters held fixed in the slice: every index but the two on the axes. */
export function fixedParameters(pair: AxisPair, parameterCount: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < parameterCount; k++) if (k !== pair.x && k !== pair.y) out.push(k);
  return out;
}
