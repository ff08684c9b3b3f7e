import { PHASES, SLOW_MOTION_SPEED } from './phases';
import type { SlowMotion } from './useSlowMotion';
import './slowMotion.css';

/**
 * Which phase of the slow-motion step the figures show, above them. A polite live region: each
 * phase is announced once, and nothing is said at other speeds (the caption is empty then).
 */
export function SlowMotionCaption({
  slowMotion,
  speed,
}: {
  slowMotion: SlowMotion | null;
  /** The run's speed: the caption keeps its line while it is the slow-motion speed. */
  speed: number;
}) {
  return (
    <p className="slow-motion-caption" role="status" aria-label="Slow motion">
      {!slowMotion && speed <= SLOW_MOTION_SPEED && (
        <>
          <span className="slow-motion-phase">Slow motion.</span> Step or play: each iteration shows
          in {PHASES.length} phases, and the derivation marks the line of each.
        </>
      )}
      {slowMotion && (
        <>
          <span className="slow-motion-phase">
            Iteration {slowMotion.iteration} · phase {slowMotion.phase + 1} of {PHASES.length}
          </span>{' '}
          {PHASES[slowMotion.phase].title}{' '}
          {PHASES[slowMotion.phase].after
            ? `(θ at iteration ${slowMotion.iteration - 1} → θ at iteration ${slowMotion.iteration})`
            : `(at θ of iteration ${slowMotion.iteration - 1})`}
        </>
      )}
    </p>
  );
}
