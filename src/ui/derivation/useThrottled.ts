import { useEffect, useRef, useState } from 'react';
import { throttleDelay } from './throttle';

/**
 * `value`, shown at most once per `intervalMs` unless `immediate`: a trailing throttle, so the
 * last value of a burst is always shown (the final state after pausing is never lost). A new
 * value cancels the pending timer and schedules itself for the same moment.
 */
export function useThrottled<T>(value: T, immediate: boolean, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(-Infinity);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const delay = throttleDelay(performance.now(), lastShownAt.current, intervalMs, immediate);
    const timer = window.setTimeout(() => {
      lastShownAt.current = performance.now();
      setShown(value);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [value, shown, immediate, intervalMs]);
  return shown;
}
