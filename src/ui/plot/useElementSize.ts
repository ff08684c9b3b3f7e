/**
 * The content-box size of an element, kept up to date with a ResizeObserver: figures draw at the
 * size the layout gives them (a third of a laptop screen, the full width of a phone).
 */
import { useCallback, useState } from 'react';

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

const ZERO: ElementSize = { width: 0, height: 0 };

/** A callback ref to put on the element, and its size (0 × 0 until it is laid out). */
export function useElementSize<T extends Element>(): [(element: T | null) => void, ElementSize] {
  const [size, setSize] = useState<ElementSize>(ZERO);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry.contentRect;
      // Whole pixels: sub-pixel jitter would otherwise redraw (and re-request the surface).
      const next = { width: Math.floor(box.width), height: Math.floor(box.height) };
      setSize((current) =>
        current.width === next.width && current.height === next.height ? current : next,
      );
    });
    observer.observe(element);
    // React 19 calls a callback ref's returned function when the element goes away.
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
