/**
 * How a run ended, read from its recorded history: the iteration at which it converged (the first
 * whose gradient norm ‖∇J‖ is below the tolerance, the trainer's own test), that it diverged, or
 * that it has not converged yet.
 *
 * Read from the history and not from the latest snapshot's stop reason: a run stepped on past its
 * convergence reports "converged" again at every later iteration, and one stepped back reports no
 * stop at all, while the iteration it first converged at stays the same.
 */
import type { Snapshot } from '../../worker/protocol';
import type { TrainingConfig } from '../../state/config';
import { formatCount, formatSetting } from '../text/format';

export type RunOutcome =
  | { readonly kind: 'converged'; readonly iteration: number }
  | { readonly kind: 'diverged'; readonly iteration: number }
  /** Not converged by `iteration`, the last one recorded. */
  | { readonly kind: 'running'; readonly iteration: number }
  | { readonly kind: 'none' };

/**
 * The outcome of a run from its recorded iterations and gradient norms (increasing iterations),
 * its losses (a non-finite one means it overflowed) and the latest snapshot (its stop reason).
 */
export function runOutcome(
  iterations: ArrayLike<number>,
  gradientNorms: ArrayLike<number>,
  losses: ArrayLike<number>,
  tolerance: number,
  snapshot: Snapshot | null,
): RunOutcome {
  const n = Math.min(iterations.length, gradientNorms.length, losses.length);
  if (n === 0) return { kind: 'none' };
  for (let k = 0; k < n; k++) {
    const loss = losses[k];
    // v − v is NaN for NaN and ±∞: the loss overflowed, the run diverged here.
    if (loss - loss !== 0) return { kind: 'diverged', iteration: iterations[k] };
    if (gradientNorms[k] < tolerance) return { kind: 'converged', iteration: iterations[k] };
  }
  // The trainer also calls a run diverged when its loss explodes while still finite.
  if (snapshot?.stop?.kind === 'diverged') {
    return { kind: 'diverged', iteration: snapshot.stop.iteration };
  }
  return { kind: 'running', iteration: iterations[n - 1] };
}

/** The outcome as the results table shows it: "412", "diverged at 37", "not yet (at 120)". */
export function outcomeText(outcome: RunOutcome): string {
  switch (outcome.kind) {
    case 'converged':
      return formatCount(outcome.iteration);
    case 'diverged':
      return `diverged at iteration ${formatCount(outcome.iteration)}`;
    case 'running':
      return `not yet (${formatCount(outcome.iteration)} so far)`;
    case 'none':
      return '—';
  }
}

/**
 * What "converged" compares, for the results table: each run's own ‖∇J‖ (over all the points, for
 * mini-batches too) against its tolerance. Across two losses that is not the same yardstick: squared
 * error's gradient carries the factor p(1 − p) ≤ 1/4 (and its curvature is smaller too), so one
 * tolerance is not equally strict for both.
 */
export function convergenceCriterion(
  a: Pick<TrainingConfig, 'objective' | 'tolerance'>,
  b: Pick<TrainingConfig, 'objective' | 'tolerance'>,
): string {
  const l1 = a.objective.regularization.kind === 'l1' || b.objective.regularization.kind === 'l1';
  const measure = l1 ? '‖∇J‖ (with L1, of its proximal step)' : '‖∇J‖';
  const tolerance =
    a.tolerance === b.tolerance
      ? formatSetting(a.tolerance)
      : `${formatSetting(a.tolerance)} (A), ${formatSetting(b.tolerance)} (B)`;
  const criterion = `converged: each run’s own ${measure} over all the points below ${tolerance}`;
  return a.objective.loss === b.objective.loss
    ? `${criterion}.`
    : `${criterion}. The two losses’ gradients differ in scale (squared error’s carries p(1 − p) ≤ 1/4), so the same tolerance is not equally strict for both.`;
}

/** The parts of a RunHistory the tracker reads. */
interface HistoryLike {
  readonly revision: number;
  readonly length: number;
  iteration(index: number): number;
  indexAtOrBefore(iteration: number): number;
  view(field: 'iteration' | 'gradientNorm' | 'loss'): Float64Array;
}

/**
 * runOutcome for a history that grows every frame, reading only the entries appended since the
 * last call (the page draws up to 150,000 iterations of two runs): what it found stays found until
 * the history is rewritten (a new revision: a reset, a step back that resumes, new settings).
 */
export class OutcomeTracker {
  private history: HistoryLike | null = null;
  private revision = -1;
  private tolerance = NaN;
  /** The last iteration read, and what was found up to it (null: not converged or diverged). */
  private lastIteration = -Infinity;
  private found: RunOutcome | null = null;

  update(history: HistoryLike | null, tolerance: number, snapshot: Snapshot | null): RunOutcome {
    if (!history || history.length === 0) {
      this.history = null;
      return { kind: 'none' };
    }
    if (
      history !== this.history ||
      history.revision !== this.revision ||
      tolerance !== this.tolerance
    ) {
      this.history = history;
      this.revision = history.revision;
      this.tolerance = tolerance;
      this.lastIteration = -Infinity;
      this.found = null;
    }
    if (!this.found) {
      const from =
        this.lastIteration === -Infinity ? 0 : history.indexAtOrBefore(this.lastIteration) + 1;
      // Without the snapshot: only what the recorded entries say is final.
      const outcome = runOutcome(
        sliceFrom(history.view('iteration'), from),
        sliceFrom(history.view('gradientNorm'), from),
        sliceFrom(history.view('loss'), from),
        tolerance,
        null,
      );
      if (outcome.kind === 'converged' || outcome.kind === 'diverged') this.found = outcome;
      this.lastIteration = history.iteration(history.length - 1);
    }
    if (this.found) return this.found;
    // The trainer also calls a run diverged when its loss explodes while still finite.
    if (snapshot?.stop?.kind === 'diverged') {
      return { kind: 'diverged', iteration: snapshot.stop.iteration };
    }
    return { kind: 'running', iteration: this.lastIteration };
  }
}

/** The entries from `from` on, without copying. */
const sliceFrom = (values: Float64Array, from: number): Float64Array => values.subarray(from);
