/**
 * How long to wait before showing a new value: at once when the run is paused or stepping (the
 * numbers must be exact for the iteration shown), and at most once per interval while it plays,
 * so the page does not re-typeset the derivation 60 times a second.
 */
export function throttleDelay(
  now: number,
  lastShownAt: number,
  intervalMs: number,
  immediate: boolean,
): number {
  return immediate ? 0 : Math.max(0, lastShownAt + intervalMs - now);
}

/** While playing fast, the derivation's numbers change at most this often: 4 times a second. */
export const PLAYING_INTERVAL_MS = 250;

/**
 * Up to this speed (iterations per second) the derivation shows every iteration with the figures;
 * faster, it updates PLAYING_INTERVAL_MS apart and says it is behind.
 */
export const IN_STEP_SPEED = 10;
