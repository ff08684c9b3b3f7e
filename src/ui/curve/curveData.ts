/**
 * What the loss chart draws, from the history: the axis domains and both series reduced to the
 * plot's pixel columns. Computed once per history change (and size or scale change), never per
 * React render of anything else.
 */
import type { RunHistory, ScalarField } from '../../state/history';
import type { SeriesSummary, ValueDomain } from './curveScales';
import { iterationDomain, linearDomainOf, logDomainOf } from './curveScales';
import { formatCount, formatNumber } from '../text/format';
import { curveDescription } from './describe';
import type { Accepted, Polyline, ReducedSeries } from './downsample';
import { reduceSeries } from './downsample';
import type { LowestHeldOut } from './earlyStopping';
import { lowestHeldOut } from './earlyStopping';
import type { HistoryBlocks } from './seriesBlocks';
import { reduceBlocked } from './seriesBlocks';

export interface CurveData {
  readonly iterations: readonly [number, number];
  readonly loss: ValueDomain;
  readonly gradientNorm: ValueDomain;
  readonly lossLines: Polyline[];
  readonly gradientNormLines: Polyline[];
  /** The held-out loss per iteration, on the loss axis (none when nothing is held out). */
  readonly heldOutLines: Polyline[];
  /** The early-stopping mark: the lowest held-out loss recorded (null: nothing is held out). */
  readonly lowestHeldOut: LowestHeldOut | null;
  /** Some recorded loss is not finite (the run overflowed). */
  readonly overflowed: boolean;
  readonly description: string;
}

export function curveData(
  history: RunHistory | null,
  logScale: boolean,
  columns: number,
  /**
   * The chart's block summaries of the history, kept from frame to frame (seriesBlocks.ts): the
   * same lines, from a pass over blocks instead of every entry. Without it, every entry is read.
   */
  blocks: HistoryBlocks | null = null,
): CurveData {
  const empty = new Float64Array(0);
  const iterations = history ? history.view('iteration') : empty;
  const losses = history ? history.view('loss') : empty;
  const norms = history ? history.view('gradientNorm') : empty;
  const heldOut = history ? history.view('heldOutLoss') : empty;
  const [x0, x1] = iterationDomain(iterations);
  // One pass per series gives both the line and what its axis needs.
  const accepted = logScale ? 'positive' : 'finite';
  const reduce = (field: ScalarField, values: Float64Array, kind: Accepted) =>
    history && blocks
      ? reduceBlocked(iterations, values, blocks.of(history, field, kind), x0, x1, columns)
      : reduceSeries(iterations, values, x0, x1, columns, kind);
  const loss = reduce('loss', losses, accepted);
  const norm = reduce('gradientNorm', norms, 'positive');
  // Without a split the history holds NaN: no line, and nothing added to the loss axis.
  const held = reduce('heldOutLoss', heldOut, accepted);
  const lowest = lowestHeldOut(iterations, heldOut);
  const lossAxis = lowest ? mergeSummaries(loss, held) : loss;
  let description = curveDescription(iterations, losses, norms, loss.nonFinite, lowest === null);
  if (lowest) {
    const last = heldOut.length > 0 ? heldOut[heldOut.length - 1] : NaN;
    description += ` The held-out loss (on the points held out for testing, without the penalty) is lowest, ${formatNumber(lowest.loss)}, at iteration ${formatCount(lowest.iteration)}, marked as the early-stopping point${Number.isFinite(last) ? `; it is ${formatNumber(last)} at the last iteration` : ''}. Drag across the chart to show an earlier iteration.`;
  }
  return {
    iterations: [x0, x1],
    loss: logScale ? logDomainOf(lossAxis) : linearDomainOf(lossAxis),
    gradientNorm: logDomainOf(norm),
    lossLines: loss.lines,
    gradientNormLines: norm.lines,
    heldOutLines: lowest ? held.lines : [],
    lowestHeldOut: lowest,
    overflowed: loss.nonFinite,
    description,
  };
}

/** One run's loss line on the comparison chart. */
export interface RunLoss {
  readonly lines: Polyline[];
  /** The run's loss in words, for the chart's description. */
  readonly description: string;
}

/** What the chart draws when comparing runs: both runs' losses on shared axes. */
export interface ComparisonCurveData {
  readonly iterations: readonly [number, number];
  readonly loss: ValueDomain;
  readonly a: RunLoss;
  readonly b: RunLoss;
  readonly description: string;
}

/** The first, smallest and largest of two series' accepted values, as one axis shows them. */
function mergeSummaries(x: ReducedSeries, y: ReducedSeries): SeriesSummary | null {
  const firsts = [x.first, y.first].filter((v) => !Number.isNaN(v));
  if (firsts.length === 0) return null;
  // The headroom above the larger start: the run that starts higher must still fit.
  return { first: Math.max(...firsts), min: Math.min(x.min, y.min), max: Math.max(x.max, y.max) };
}

/**
 * Both runs' losses over the iterations either has recorded, on one loss axis (so equal values
 * are at equal heights), each reduced to the plot's pixel columns.
 */
export function comparisonCurveData(
  a: { readonly history: RunHistory | null; readonly label: string },
  b: { readonly history: RunHistory | null; readonly label: string },
  logScale: boolean,
  columns: number,
): ComparisonCurveData {
  const empty = new Float64Array(0);
  const series = (history: RunHistory | null) => ({
    iterations: history ? history.view('iteration') : empty,
    losses: history ? history.view('loss') : empty,
    norms: history ? history.view('gradientNorm') : empty,
  });
  const sa = series(a.history);
  const sb = series(b.history);
  const [a0, a1] = iterationDomain(sa.iterations);
  const [b0, b1] = iterationDomain(sb.iterations);
  const x0 = sb.iterations.length === 0 ? a0 : sa.iterations.length === 0 ? b0 : Math.min(a0, b0);
  const x1 = sb.iterations.length === 0 ? a1 : sa.iterations.length === 0 ? b1 : Math.max(a1, b1);
  const accepted = logScale ? 'positive' : 'finite';
  const ra = reduceSeries(sa.iterations, sa.losses, x0, x1, columns, accepted);
  const rb = reduceSeries(sb.iterations, sb.losses, x0, x1, columns, accepted);
  const merged = mergeSummaries(ra, rb);
  const describe = (s: typeof sa, reduced: ReducedSeries, name: string) =>
    `Run ${name}: ${curveDescription(s.iterations, s.losses, s.norms, reduced.nonFinite, false)}`;
  const da = describe(sa, ra, `A (${a.label})`);
  const db = describe(sb, rb, `B (${b.label})`);
  return {
    iterations: [x0, x1],
    loss: logScale ? logDomainOf(merged) : linearDomainOf(merged),
    a: { lines: ra.lines, description: da },
    b: { lines: rb.lines, description: db },
    description: `${da} ${db} Drag across the chart to show an earlier iteration of both.`,
  };
}
