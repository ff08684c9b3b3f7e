/**
 * The part of the parameter plane the loss surface shows.
 *
 * It must hold the optimizer's path, the current θ and the optimum θ* (when there is one), and it
 * must hold still: a surface that re-ranged every frame would swim under the path. So a range is
 * chosen once per run and pair of axes, and afterwards only grows, when the current point or the
 * optimum leaves it (a run on separable data walks off towards infinity and the view follows it).
 */

export interface Interval {
  readonly min: number;
  readonly max: number;
}

export interface PlaneRange {
  readonly x: Interval;
  readonly y: Interval;
}

/** A point of the parameter plane: (θ[x-axis], θ[y-axis]). */
export interface PlanePoint {
  readonly x: number;
  readonly y: number;
}

/** Room around the points, as a fraction of their span on each side. */
export const PADDING = 0.15;
/** When the view grows, the side that moved gets this much room beyond the point, so it does not
 * grow again on the very next step. */
export const GROWTH_PADDING = 0.3;
/** The narrowest span shown (θ units): around a single point, e.g. θ = 0 with no optimum known. */
export const MIN_SPAN = 4;
/** |θ| beyond this is not followed: a diverging run would otherwise ask for a surface at 10³⁰⁰. */
export const MAX_EXTENT = 1e6;
/** Equal units on both axes (so −∇J is drawn perpendicular to the contours) unless one axis would
 * have to be stretched more than this many times. */
export const MAX_ASPECT_STRETCH = 3;

const clampExtent = (v: number) => Math.max(-MAX_EXTENT, Math.min(MAX_EXTENT, v));

function finitePoints(points: readonly PlanePoint[]): PlanePoint[] {
  return points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .map((p) => ({ x: clampExtent(p.x), y: clampExtent(p.y) }));
}

/** [lo, hi] padded by PADDING of its span on each side and widened to MIN_SPAN around its centre. */
function padInterval(lo: number, hi: number): Interval {
  const span = hi - lo;
  const pad = span * PADDING;
  let min = lo - pad;
  let max = hi + pad;
  if (max - min < MIN_SPAN) {
    const centre = (lo + hi) / 2;
    min = centre - MIN_SPAN / 2;
    max = centre + MIN_SPAN / 2;
  }
  return { min, max };
}

/** The range around some points (non-finite ones ignored); around 0 if there are none. */
export function rangeAround(points: readonly PlanePoint[]): PlaneRange {
  const finite = finitePoints(points);
  if (finite.length === 0) return { x: padInterval(0, 0), y: padInterval(0, 0) };
  const xs = finite.map((p) => p.x);
  const ys = finite.map((p) => p.y);
  return {
    x: padInterval(Math.min(...xs), Math.max(...xs)),
    y: padInterval(Math.min(...ys), Math.max(...ys)),
  };
}

function growInterval(interval: Interval, values: readonly number[]): Interval {
  const lo = Math.min(interval.min, ...values);
  const hi = Math.max(interval.max, ...values);
  if (lo === interval.min && hi === interval.max) return interval;
  const pad = (hi - lo) * GROWTH_PADDING;
  return {
    min: lo < interval.min ? lo - pad : interval.min,
    max: hi > interval.max ? hi + pad : interval.max,
  };
}

/** The range itself (the same object) if it holds every point, else a larger one that does. */
export function expandToInclude(range: PlaneRange, points: readonly PlanePoint[]): PlaneRange {
  const finite = finitePoints(points);
  const x = growInterval(
    range.x,
    finite.map((p) => p.x),
  );
  const y = growInterval(
    range.y,
    finite.map((p) => p.y),
  );
  return x === range.x && y === range.y ? range : { x, y };
}

/** The range in force, and the run and axes it was chosen for. */
export interface RangeState {
  readonly key: string;
  readonly range: PlaneRange;
}

/**
 * The next range: chosen afresh around `initial()` and `mustInclude` for a new key (a new run or
 * other axes), otherwise the previous one grown to hold `mustInclude`. Returns `previous` itself
 * when nothing changed, so it can be compared by identity.
 */
export function nextRangeState(
  previous: RangeState | null,
  key: string,
  mustInclude: readonly PlanePoint[],
  initial: () => readonly PlanePoint[],
): RangeState {
  if (!previous || previous.key !== key) {
    return { key, range: rangeAround([...initial(), ...mustInclude]) };
  }
  const range = expandToInclude(previous.range, mustInclude);
  return range === previous.range ? previous : { key, range };
}

/**
 * The range widened on one axis so that a θ unit is as long on screen on both axes (width × height
 * pixels), unless that would stretch an axis more than MAX_ASPECT_STRETCH times: then the range
 * as it is, each axis on its own scale.
 */
export function fitAspect(range: PlaneRange, width: number, height: number): PlaneRange {
  if (!(width > 0 && height > 0)) return range;
  const spanX = range.x.max - range.x.min;
  const spanY = range.y.max - range.y.min;
  const perPixelX = spanX / width;
  const perPixelY = spanY / height;
  const perPixel = Math.max(perPixelX, perPixelY);
  if (perPixel / Math.min(perPixelX, perPixelY) > MAX_ASPECT_STRETCH) return range;
  const widen = (interval: Interval, span: number): Interval => {
    const centre = (interval.min + interval.max) / 2;
    return { min: centre - span / 2, max: centre + span / 2 };
  };
  return {
    x: perPixelX < perPixel ? widen(range.x, perPixel * width) : range.x,
    y: perPixelY < perPixel ? widen(range.y, perPixel * height) : range.y,
  };
}

/** How far the reader may zoom in or out of the automatic framing, as a factor of its spans. */
export const MAX_ZOOM = 256;
export const MIN_ZOOM = 1 / 16;

/**
 * The range `factor` times closer (factor > 1 zooms in), centred on `centre`: the reader's view of
 * the surface, on top of the framing the run chose. Spans stay within what the framing allows at
 * MAX_ZOOM and MIN_ZOOM.
 */
export function zoomAround(range: PlaneRange, centre: PlanePoint, factor: number): PlaneRange {
  const f = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
  const scaled = (interval: Interval, c: number): Interval => {
    const half = (interval.max - interval.min) / 2 / f;
    const middle = Number.isFinite(c) ? clampExtent(c) : (interval.min + interval.max) / 2;
    return { min: middle - half, max: middle + half };
  };
  return { x: scaled(range.x, centre.x), y: scaled(range.y, centre.y) };
}
