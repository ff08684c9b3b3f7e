/**
 * The one-feature picture, the textbook one: x across, the points at y = 0 and y = 1, and the
 * fitted curve p(x) = σ(θ·φ(x)).
 */

/** Points are spread this far (in units of y) above and below their label so they do not pile up. */
export const JITTER = 0.045;

/**
 * A fixed offset in [−1, 1] for point i: a hash of the index, so the same point always sits at the
 * same height (no random state, nothing moves between frames).
 */
export function jitter(i: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return ((h >>> 0) / 0xffffffff) * 2 - 1;
}

/**
 * Where z(x) crosses 0 (p crosses 0.5) between samples, by linear interpolation: the decision
 * boundary, exact when z is linear in x (degree 1), one or more points with polynomial features.
 */
export function zeroCrossings(xs: Float64Array, zs: Float64Array): number[] {
  const out: number[] = [];
  for (let k = 1; k < xs.length; k++) {
    const a = zs[k - 1];
    const b = zs[k];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    // A zero exactly on a sample counts once, as the start of the interval that leaves it.
    if (a === 0 && b !== 0) out.push(xs[k - 1]);
    else if (a * b < 0) out.push(xs[k - 1] + ((xs[k] - xs[k - 1]) * a) / (a - b));
    else if (b === 0 && a !== 0 && k === xs.length - 1) out.push(xs[k]);
  }
  return out;
}

/** `count` evenly spaced values from lo to hi, both ends included. */
export function linspace(lo: number, hi: number, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = lo + ((hi - lo) * k) / (count - 1);
  return out;
}
