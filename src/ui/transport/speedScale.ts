/**
 * The speed slider's scale: slow motion (one iteration in phases, slowMotion/phases.ts), then
 * log-spaced "nice" speeds from 1 to 1000 iterations per second (1, 2, 3,
 * 5 in every decade), then one last notch that runs as fast as the machine goes (Infinity).
 */
import { SLOW_MOTION_SPEED } from '../slowMotion/phases';

export const SPEED_NOTCHES: readonly number[] = [
  SLOW_MOTION_SPEED,
  1,
  2,
  3,
  5,
  10,
  20,
  30,
  50,
  100,
  200,
  300,
  500,
  1000,
  Infinity,
];

/** The notch nearest to a speed on the log scale (speeds outside the scale go to its ends). */
export function notchOfSpeed(speed: number): number {
  if (speed === Infinity) return SPEED_NOTCHES.length - 1;
  if (!(speed > 0)) return 0;
  let best = 0;
  let bestDistance = Infinity;
  SPEED_NOTCHES.forEach((notch, index) => {
    if (notch === Infinity) return;
    const distance = Math.abs(Math.log(notch) - Math.log(speed));
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** The speed of a notch; positions off the scale are clamped to it. */
export function speedOfNotch(notch: number): number {
  const index = Math.min(SPEED_NOTCHES.length - 1, Math.max(0, Math.round(notch)));
  return SPEED_NOTCHES[index];
}

/** "30 iterations/s", "1 iteration/s", "as fast as possible", "slow motion…". */
export function describeSpeed(speed: number): string {
  if (speed === Infinity) return 'as fast as possible';
  if (speed <= SLOW_MOTION_SPEED) return 'slow motion: one iteration in 4 phases';
  return speed === 1 ? '1 iteration/s' : `${speed} iterations/s`;
}
