/**
 * The text alternative of the charts as one short sentence a screen reader can speak: where the
 * run is, its loss and gradient norm, and how many points the model gets wrong, e.g.
 * "Iteration 12: loss 0.4321, gradient norm 0.01234; 8 of 100 points misclassified."
 * And when to speak it: a polite live region that changed every frame while playing would flood
 * the listener, so the page waits for the run to settle (step, pause, a drag on the timeline
 * ends) and, while playing, speaks at most once every few seconds.
 */
import { logits } from '../../engine';
import type { PreparedRun } from '../../worker/run';
import type { Snapshot } from '../../worker/protocol';
import type { ClassificationSummary } from '../data/pull';
import { summarize } from '../data/pull';
import { formatCount, formatNumber } from '../text/format';

/** Four significant digits: enough to hear the loss fall, short enough to listen to. */
const SPOKEN_DIGITS = 4;

/** While playing, at most one announcement per this many milliseconds. */
export const PLAYING_INTERVAL_MS = 5000;
/** Paused: the state must hold this long before it is spoken (a key held down, a scrub). */
export const SETTLE_MS = 400;

export interface IterationFacts {
  readonly iteration: number;
  readonly loss: number;
  readonly gradientNorm: number;
  /** Right and wrong per point at this θ; null when θ cannot be evaluated (a diverged run). */
  readonly summary: ClassificationSummary | null;
}

const points = (n: number) => `${formatCount(n)} ${n === 1 ? 'point' : 'points'}`;

function classification(summary: ClassificationSummary | null): string {
  if (summary === null) return 'the parameters are not finite numbers';
  if (summary.n > 0 && summary.undecided === summary.n) return 'every point at p = 0.5';
  return `${formatCount(summary.wrong)} of ${points(summary.n)} misclassified`;
}

export function iterationAnnouncement(facts: IterationFacts): string {
  const loss = formatNumber(facts.loss, SPOKEN_DIGITS);
  const norm = formatNumber(facts.gradientNorm, SPOKEN_DIGITS);
  return `Iteration ${formatCount(facts.iteration)}: loss ${loss}, gradient norm ${norm}; ${classification(facts.summary)}.`;
}

/**
 * The facts of a snapshot on the page's copy of the run. Null when the copy belongs to another
 * run (θ of another length: a new run is loading).
 */
export function factsOf(snapshot: Snapshot, prepared: PreparedRun): IterationFacts | null {
  const { design } = prepared;
  if (snapshot.theta.length !== design.p + 1) return null;
  const finite = snapshot.theta.every(Number.isFinite);
  return {
    iteration: snapshot.iteration,
    loss: snapshot.loss,
    gradientNorm: snapshot.gradientNorm,
    summary: finite ? summarize(logits(design, snapshot.theta), design.y) : null,
  };
}

/**
 * How long to wait before speaking the state just shown: paused, until it has held for
 * SETTLE_MS; playing, until PLAYING_INTERVAL_MS after the last announcement (0: now).
 * `sinceLast` is the time since the last announcement (Infinity if none).
 */
export function announcementDelay(playing: boolean, sinceLast: number): number {
  if (!playing) return SETTLE_MS;
  return Math.max(0, PLAYING_INTERVAL_MS - sinceLast);
}
