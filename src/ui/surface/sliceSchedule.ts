/**
 * When to ask the surface worker for a new slice, and which of its answers to show.
 *
 * The slice holds the parameters off the axes at their current values, so while playing it changes
 * every iteration (the bias moves). The full 100 × 100 grid over 10,000 points takes ~400 ms and a
 * newer request pre-empts an older one, so asking every frame would never finish a grid. And the
 * machines have two cores: one trains, and the page needs the other to draw, so the surface worker
 * may not keep it busy either. While playing, a new slice is asked for only once the last one has
 * been answered in full (or MAX_WAIT_MS has passed), at most every PLAYING_INTERVAL_MS, and after
 * a rest IDLE_RATIO times as long as the last grid took. Paused, stepping, or when the axes, range
 * or objective change, it is asked for at once.
 *
 * Answers come coarse (25 × 25) first, then full. A coarse grid is shown only when the grid on
 * screen is of another structure (other axes, range or loss): replacing a full grid of the same
 * view with a coarse one, four times a second, would make the surface flicker.
 */
import type { Objective } from '../../engine';
import type { SurfaceContours } from '../../worker/surfaceContours';
import type { SurfaceRequest } from '../../worker/surfaceProtocol';
import type { AxisPair } from './axes';
import type { PlaneRange } from './range';

/** Cells per side of the full grid. */
export const GRID_SIZE = 100;
/** While playing: at most ~4 slices a second. */
export const PLAYING_INTERVAL_MS = 250;
/** While playing: a slice not answered in full by then is overtaken anyway. */
export const MAX_WAIT_MS = 2000;
/** While playing, the surface worker rests this many times as long as its last grid took: it
 * then uses at most 1/(1 + IDLE_RATIO) of a core (a thirteenth), whatever the size of the data:
 * the page and the training worker need the two cores of a small laptop for the other 12. */
export const IDLE_RATIO = 12;

/**
 * The request for the slice through θ over `range`. The two axis entries of θ are replaced in
 * every cell, so they are sent as 0: the request (which the client dedupes) then changes only with
 * the parameters held fixed, and with one feature (nothing held fixed) not at all while playing.
 */
export function sliceRequest(
  objective: Objective,
  theta: ArrayLike<number>,
  axes: AxisPair,
  range: PlaneRange,
  size = GRID_SIZE,
): SurfaceRequest {
  const fixed = Float64Array.from(theta);
  fixed[axes.x] = 0;
  fixed[axes.y] = 0;
  return {
    objective,
    theta: fixed,
    spec: {
      x: { parameter: axes.x, min: range.x.min, max: range.x.max },
      y: { parameter: axes.y, min: range.y.min, max: range.y.max },
      size,
    },
  };
}

const sameObjective = (a: Objective, b: Objective) =>
  a.loss === b.loss &&
  a.regularization.kind === b.regularization.kind &&
  a.regularization.lambda === b.regularization.lambda;

/** Same loss, axes and range: the two grids differ at most in the values held fixed, or in size. */
export function sameStructure(a: SurfaceRequest, b: SurfaceRequest): boolean {
  const axis = (k: 'x' | 'y') =>
    a.spec[k].parameter === b.spec[k].parameter &&
    a.spec[k].min === b.spec[k].min &&
    a.spec[k].max === b.spec[k].max;
  return sameObjective(a.objective, b.objective) && axis('x') && axis('y');
}

export interface ScheduleState {
  readonly now: number;
  readonly playing: boolean;
  /** The slice the figure shows now. */
  readonly desired: SurfaceRequest;
  /** The last slice sent, and when. */
  readonly lastSent: SurfaceRequest | null;
  readonly lastSentAt: number;
  /** When the last slice sent was answered with its full grid (or failed); null if not yet. */
  readonly answeredAt: number | null;
}

/** Milliseconds to wait before sending `desired` (0: send it now). */
export function requestDelay(state: ScheduleState): number {
  const { now, playing, desired, lastSent, lastSentAt, answeredAt } = state;
  if (!lastSent || !playing || !sameStructure(desired, lastSent)) return 0;
  const due =
    answeredAt === null
      ? lastSentAt + MAX_WAIT_MS
      : Math.max(
          lastSentAt + PLAYING_INTERVAL_MS,
          answeredAt + IDLE_RATIO * (answeredAt - lastSentAt),
        );
  return Math.max(0, due - now);
}

/** A grid as the figure keeps it: the request it answers and its values. */
export interface SurfaceGrid {
  readonly request: SurfaceRequest;
  readonly values: Float64Array;
  readonly size: number;
  readonly coarse: boolean;
  /** Its filled contours (extent, thresholds, levels), computed in the surface worker. */
  readonly contours: SurfaceContours;
}

/** Whether to show `incoming` in place of `shown` (see the file's comment). */
export function acceptGrid(shown: SurfaceGrid | null, incoming: SurfaceGrid): boolean {
  if (!shown || !incoming.coarse) return true;
  return shown.coarse || !sameStructure(shown.request, incoming.request);
}

/** The same grid: same structure, size and values held fixed. */
export function sameRequest(a: SurfaceRequest, b: SurfaceRequest): boolean {
  if (a === b) return true;
  if (!sameStructure(a, b) || a.spec.size !== b.spec.size) return false;
  if (a.theta.length !== b.theta.length) return false;
  for (let k = 0; k < a.theta.length; k++) if (a.theta[k] !== b.theta[k]) return false;
  return true;
}

/** Whether `request` has had its full grid (or a failure), so the next one may be sent. */
export function isAnswered(
  request: SurfaceRequest,
  grid: SurfaceGrid | null,
  error: string | null,
): boolean {
  return error !== null || (grid !== null && !grid.coarse && sameRequest(grid.request, request));
}
