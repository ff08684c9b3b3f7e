/**
 * Slow motion: at the slowest speed one iteration of gradient descent is shown in four phases,
 * each naming the line of the derivation it is (DerivationPanel highlights that section). Pure:
 * which phase is showing is a function of the time since the iteration arrived.
 */

import { MIN_SPEED } from '../../state/config';

/** Iterations per second of the slowest speed, the one that plays in slow motion. */
export const SLOW_MOTION_SPEED = MIN_SPEED;

/** How long each phase shows, ms: four phases fit in the 4 s an iteration takes at 0.25/s. */
export const PHASE_MS = 900;

/** How long the step's phase takes to move the figures from θ_{k−1} to θ_k, ms. */
export const MOVE_MS = 400;

export interface Phase {
  /** What the phase does, for the caption above the figures. */
  readonly title: string;
  /** The id of the derivation's section it is (sections.ts). */
  readonly section: string;
  /** Whether the figures show the iteration after the step (else the one before). */
  readonly after: boolean;
}

export const PHASES: readonly Phase[] = [
  {
    title: 'Compute the score z = w·φ(x) + b and the probability p = σ(z) for every point.',
    section: 'model',
    after: false,
  },
  {
    title: 'Each point’s error p − y: its halo shows how hard it pulls.',
    section: 'cancellation',
    after: false,
  },
  {
    title: 'Average every point’s (p − y)·φ(x) into the gradient: the arrow on the loss surface.',
    section: 'vectorized',
    after: false,
  },
  {
    title:
      'Take the step θ ← θ − η∇J: the boundary and the point on the surface move to the new θ.',
    section: 'update',
    after: true,
  },
];

/** Whether an iteration arriving should play in slow motion: exactly one step on, at the slowest speed. */
export function playsInSlowMotion(
  speed: number,
  previousIteration: number | null,
  iteration: number,
): boolean {
  return (
    speed <= SLOW_MOTION_SPEED && previousIteration !== null && iteration === previousIteration + 1
  );
}
