/**
 * What the loss chart draws, from the history: the axis domains and both series reduced to the
 * plot's pixel columns. Computed once per history change (and size or scale change), never per
 * React render of anything else.
 */
import type { RunHistory } from '../../state/history';
import type { ValueDomain } from './curveScales';
import { iterationDomain, linearDomainOf, logDomainOf } from './curveScales';
import { curveDescription } from './describe';
import type { Polyline } from './downsample';
import { reduceSeries } from './downsample';

export interface CurveData {
  readonly iterations: readonly [number, number];
  readonly loss: ValueDomain;
  readonly gradientNorm: ValueDomain;
  readonly lossLines: Polyline[];
  readonly gradientNormLines: Polyline[];
  /** Some recorded loss is not finite (the run overflowed). */
  readonly overflowed: boolean;
  readonly description: string;
}

export function curveData(
  history: RunHistory | null,
  logScale: boolean,
  columns: number,
): CurveData {
  const empty = new Float64Array(0);
  const iterations = history ? history.view('iteration') : empty;
  const losses = history ? history.view('loss') : empty;
  const norms = history ? history.view('gradientNorm') : empty;
  const [x0, x1] = iterationDomain(iterations);
  // One pass per series gives both the line and what its axis needs.
  const loss = reduceSeries(iterations, losses, x0, x1, columns, logScale ? 'positive' : 'finite');
  const norm = reduceSeries(iterations, norms, x0, x1, columns, 'positive');
  return {
    iterations: [x0, x1],
    loss: logScale ? logDomainOf(loss) : linearDomainOf(loss),
    gradientNorm: logDomainOf(norm),
    lossLines: loss.lines,
    gradientNormLines: norm.lines,
    overflowed: loss.nonFinite,
    description: curveDescription(iterations, losses, norms, loss.nonFinite),
  };
}
