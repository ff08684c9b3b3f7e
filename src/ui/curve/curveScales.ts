/**
 * The loss curve's axes: the iterations across, the loss J on the left (linear or log), the
 * gradient norm ‖∇J‖ on the right (log), and the iteration under the pointer.
 *
 * A diverged run's losses overflow to ∞ or NaN and, before that, grow by orders of magnitude: an
 * axis fitted to them would flatten the whole run into a line at 0. So non-finite values are
 * skipped, and the top of the axis is clamped to a multiple of the first loss; the curve then
 * leaves the chart at the top, which is what divergence looks like.
 */

export interface ValueDomain {
  readonly min: number;
  readonly max: number;
  /** True when some values lie above `max` (clamped away). */
  readonly clipped: boolean;
}

/** A linear loss axis reaches at most this many times the first loss. */
export const LINEAR_HEADROOM = 5;
/** A log axis reaches at most this many times its first value… */
export const LOG_HEADROOM = 1e6;
/** …and spans at most this ratio from bottom to top. */
export const LOG_MAX_RATIO = 1e12;

/** The first, smallest and largest of the values an axis shows (reduceSeries gives them). */
export interface SeriesSummary {
  readonly first: number;
  readonly min: number;
  readonly max: number;
}

/** The summary of the values `accept` lets through, or null if there are none. */
export function summarize(
  values: ArrayLike<number>,
  accept: (v: number) => boolean,
): SeriesSummary | null {
  let first = NaN;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!accept(v)) continue;
    if (Number.isNaN(first)) first = v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { first, min, max } : null;
}

const positive = (v: number) => Number.isFinite(v) && v > 0;

/** A linear axis from 0 (J ≥ 0) to the largest finite loss, clamped to LINEAR_HEADROOM × J₀. */
export function linearDomain(values: ArrayLike<number>): ValueDomain {
  return linearDomainOf(summarize(values, Number.isFinite));
}

/** linearDomain from the summary of the finite values (null: there are none). */
export function linearDomainOf(s: SeriesSummary | null): ValueDomain {
  if (!s || !(s.min <= s.max)) return { min: 0, max: 1, clipped: false };
  const min = Math.min(0, s.min);
  let max = s.max;
  let clipped = false;
  const limit = LINEAR_HEADROOM * Math.max(Math.abs(s.first), Number.MIN_VALUE);
  if (max > limit && s.first > 0) {
    max = limit;
    clipped = true;
  }
  if (!(max > min)) max = min + (Math.abs(min) || 1);
  return { min, max, clipped };
}

/** A log axis over the positive finite values, clamped by LOG_HEADROOM and LOG_MAX_RATIO. */
export function logDomain(values: ArrayLike<number>): ValueDomain {
  return logDomainOf(summarize(values, positive));
}

/** logDomain from the summary of the positive finite values (null: there are none). */
export function logDomainOf(s: SeriesSummary | null): ValueDomain {
  if (!s || !(s.min <= s.max)) return { min: 0.1, max: 1, clipped: false };
  let max = s.max;
  let clipped = false;
  if (max > s.first * LOG_HEADROOM) {
    max = s.first * LOG_HEADROOM;
    clipped = true;
  }
  let min = Math.max(s.min, max / LOG_MAX_RATIO);
  if (!(max > min)) {
    min /= 2;
    max *= 2;
  }
  return { min, max, clipped };
}

/**
 * Spans the iteration axis may have: these times a power of ten. The curve then fills at least
 * three quarters of the width (from 1 to 10 no step is more than 4/3 of the one before).
 */
const NICE_SPANS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest span in NICE_SPANS × 10^k that is at least `span` (a count of iterations, ≥ 1). */
export function niceSpan(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span));
  for (const step of NICE_SPANS) {
    // The tolerance keeps an exact 3 × 10^k from rounding up past itself (3 / 10^k × 10^k ≠ 3).
    if (step * power >= span * (1 - 1e-12)) return step * power;
  }
  return 10 * power;
}

/**
 * The iteration axis: from the first recorded iteration to a round span that holds the last one,
 * at least one iteration wide. Not to the last iteration itself: the axis would then change with
 * every snapshot, and with it every tick's place and label. A projector's audience could not
 * read ticks that slide every frame, and the browser would redraw the axis every frame (issue
 * 16). A round span changes a few times per tenfold growth of the run instead.
 */
export function iterationDomain(iterations: ArrayLike<number>): [number, number] {
  if (iterations.length === 0) return [0, 1];
  const first = iterations[0];
  const last = iterations[iterations.length - 1];
  return [first, first + (last > first ? niceSpan(last - first) : 1)];
}

/** The index of the recorded iteration nearest `target` (iterations increasing, not empty). */
export function nearestIndex(iterations: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = iterations.length - 1;
  if (hi < 0) return -1;
  if (target <= iterations[0]) return 0;
  if (target >= iterations[hi]) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (iterations[mid] <= target) lo = mid;
    else hi = mid;
  }
  return target - iterations[lo] <= iterations[hi] - target ? lo : hi;
}

/**
 * The recorded iteration under a pixel of the plot area: the pixel's iteration on the x axis
 * ([x0, x1] over `width` pixels), snapped to the nearest one the history holds (a long run's early
 * history is thinned, so not every iteration is there to seek to).
 */
export function iterationAtPixel(
  px: number,
  width: number,
  x0: number,
  x1: number,
  iterations: ArrayLike<number>,
): number | null {
  if (iterations.length === 0 || !(width > 0)) return null;
  const t = Math.max(0, Math.min(1, px / width));
  return iterations[nearestIndex(iterations, x0 + t * (x1 - x0))];
}
