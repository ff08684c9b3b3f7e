import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { throttleDelay } from './throttle';

/**
 * `value`, shown at most once per `intervalMs` unless `immediate`: a trailing throttle, so the
 * last value of a burst is always shown (the final state after pausing is never lost). A new
 * value cancels the pending timer and schedules itself for the same moment.
 */
export function useThrottled<T>(value: T, immediate: boolean, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(-Infinity);
  const mounted = useRef(false);
  // The interval counts from when a value reached the page, not from when its timer fired: on a
  // busy machine React may commit it 100 ms after the timer, and the next value would then follow
  // it within 150 ms. The first value after mounting is not waited for.
  useLayoutEffect(() => {
    if (mounted.current) lastShownAt.current = performance.now();
    mounted.current = true;
  }, [shown]);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const delay = throttleDelay(performance.now(), lastShownAt.current, intervalMs, immediate);
    const timer = window.setTimeout(() => setShown(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, shown, immediate, intervalMs]);
  return shown;
}
