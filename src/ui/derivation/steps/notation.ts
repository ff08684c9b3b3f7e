/**
 * The symbols of the derivation in TeX, in the notation of docs/design.md: θ = (b, w_1, …, w_d) with d
 * the number of features (p is the probability), φ̃_i = (1, φ_{i,1}, …, φ_{i,d}), points counted i = 1..N as in the formulas (index 0 of the
 * engine is point 1 here).
 */
import type { Regularization } from '../../../engine';
import { PENALTY_VIEWS } from '../../rules/penaltyViews';
import { texSetting } from '../tex';

/** The i of the formulas for the engine's index: points are counted from 1. */
export const pointNumber = (index: number): number => index + 1;

/** θ_j's symbol: b for j = 0, w_j otherwise. */
export const parameterSymbol = (j: number): string => (j === 0 ? 'b' : `w_{${j}}`);

/** ∂J/∂θ_j. */
export const partial = (j: number): string =>
  `\\frac{\\partial J}{\\partial ${parameterSymbol(j)}}`;

/** φ̃_{i,j}: 1 for the bias, φ_{i,j} otherwise (i as the formulas count it, or a symbol). */
export const featureSymbol = (i: number | string, j: number): string =>
  j === 0 ? '1' : `\\varphi_{${i},${j}}`;

/** θ as a column of symbols: (b, w_1, …, w_d). */
export const parameterSymbols = (m: number): string[] =>
  Array.from({ length: m }, (_, j) => parameterSymbol(j));

/** What the penalty adds to J, in TeX ('' for none). */
export const penaltyTerm = (reg: Regularization): string => PENALTY_VIEWS[reg.kind].term;

/** "λ = 0.1" for a penalty in force. */
export const lambdaValue = (reg: Regularization): string => `\\lambda = ${texSetting(reg.lambda)}`;
