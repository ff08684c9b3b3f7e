/**
 * A function that keeps its identity from render to render and calls the latest `handler`: a
 * memoized child given it does not render again when only the handler's closure changed (the
 * panels render on every snapshot; their toolbars and export buttons should not, issue 16).
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableHandler<A extends unknown[], R>(
  handler: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(handler);
  // Updated after the render is committed, before any event can call it.
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
