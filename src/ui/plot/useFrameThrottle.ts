/**
 * A callback that runs at most once per animation frame with the latest arguments: a drag sends
 * one command per frame however fast the pointer events come.
 */
import { useCallback, useEffect, useRef } from 'react';

export interface FrameThrottled<A extends unknown[]> {
  /** Schedules `callback(...args)` for the next frame, replacing arguments already scheduled. */
  readonly schedule: (...args: A) => void;
  /** Runs a scheduled call now (at the end of a drag, so the last position is not lost). */
  readonly flush: () => void;
}

export function useFrameThrottle<A extends unknown[]>(
  callback: (...args: A) => void,
): FrameThrottled<A> {
  const callbackRef = useRef(callback);
  const pending = useRef<{ args: A } | null>(null);
  const frame = useRef<number | null>(null);

  useEffect(() => {
    callbackRef.current = callback;
  }, [callback]);

  const flush = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const call = pending.current;
    pending.current = null;
    if (call) callbackRef.current(...call.args);
  }, []);

  const schedule = useCallback(
    (...args: A) => {
      pending.current = { args };
      if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return { schedule, flush };
}
