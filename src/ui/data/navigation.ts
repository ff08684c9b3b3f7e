/**
 * Finding points on the screen: the one under the pointer, and the one an arrow key moves to.
 * Positions are pixel coordinates, x then y for each point (y grows downwards, as on screen).
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Sideways offsets count this many times more than offsets along the arrow's direction. */
const SIDEWAYS_PENALTY = 2;

/** The index of the point nearest (x, y) within `maxDistance` pixels, or −1 if there is none. */
export function nearestPoint(
  positions: Float64Array,
  x: number,
  y: number,
  maxDistance: number,
): number {
  let best = -1;
  let bestSquared = maxDistance * maxDistance;
  for (let i = 0; i < positions.length / 2; i++) {
    const dx = positions[2 * i] - x;
    const dy = positions[2 * i + 1] - y;
    const squared = dx * dx + dy * dy;
    if (squared <= bestSquared) {
      best = i;
      bestSquared = squared;
    }
  }
  return best;
}

/**
 * The point an arrow key moves to from point `from`: among the points ahead in that direction
 * (further along it, strictly), the nearest by a distance that weighs sideways offsets
 * SIDEWAYS_PENALTY times, so → prefers the point straight to the right over one closer but far
 * above. Stays at `from` when nothing lies ahead.
 */
export function neighbourInDirection(
  positions: Float64Array,
  from: number,
  direction: Direction,
): number {
  const [ux, uy] = UNIT[direction];
  const x0 = positions[2 * from];
  const y0 = positions[2 * from + 1];
  let best = from;
  let bestScore = Infinity;
  for (let i = 0; i < positions.length / 2; i++) {
    const dx = positions[2 * i] - x0;
    const dy = positions[2 * i + 1] - y0;
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const sideways = SIDEWAYS_PENALTY * Math.abs(dx * uy - dy * ux);
    const score = along * along + sideways * sideways;
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** The left-most (Home) or right-most (End) point; ties go to the lower index. −1 when empty. */
export function extremePoint(positions: Float64Array, side: 'left' | 'right'): number {
  let best = -1;
  for (let i = 0; i < positions.length / 2; i++) {
    if (best === -1) best = i;
    const x = positions[2 * i];
    const bestX = positions[2 * best];
    if (side === 'left' ? x < bestX : x > bestX) best = i;
  }
  return best;
}

/** What each navigation key does; keys not listed are left to others (the page's transport). */
export const NAVIGATION_KEYS: Record<string, Direction | 'first' | 'last'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

/** Where a navigation key moves the highlight from `from` (which may be out of range: then 0). */
export function navigate(positions: Float64Array, from: number, key: string): number | null {
  const move = NAVIGATION_KEYS[key];
  const count = positions.length / 2;
  if (move === undefined || count === 0) return null;
  if (move === 'first') return extremePoint(positions, 'left');
  if (move === 'last') return extremePoint(positions, 'right');
  const start = from >= 0 && from < count ? from : 0;
  return neighbourInDirection(positions, start, move);
}
