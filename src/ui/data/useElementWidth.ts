/**
 * The width of an element's content box, kept current with a ResizeObserver, so the figure
 * redraws at the size its panel gives it (a third of a laptop screen, or a phone's full width).
 */
import type { RefObject } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Measured before the first paint, so the figure never shows at a guessed size.
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: sub-pixel jitter while the page settles would redraw for nothing.
      setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
