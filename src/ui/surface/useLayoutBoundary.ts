/**
 * Makes a box a layout boundary for text that changes every frame (issue 16).
 *
 * A number that changes in the surface's legend ("θ at iteration 1,234") marks every box around it
 * for layout, up the figure's flex column and the page's grid: each snapshot re-laid out the stage.
 * A box with size and layout containment is a boundary instead: what changes inside it is laid out
 * inside it, and nothing outside. Size containment needs a height from outside, though, and the
 * legend's height depends on its text (it wraps on a phone, at the projector's type size): so the
 * box takes its content's own height, measured by a ResizeObserver, which reports after layout and
 * before paint. A change of height (a new line, a resize) is therefore still laid out in the frame
 * it happens in; a change of text that keeps the height is laid out in the box alone.
 *
 * The style is set through the CSSOM, as React's style prop does (the CSP allows it).
 */
import { useCallback } from 'react';

/**
 * A callback ref for the content inside the boundary box (its only child, in normal flow): the
 * box is the content's parent element.
 */
export function useLayoutBoundary<T extends HTMLElement>(): (content: T | null) => void {
  return useCallback((content: T | null) => {
    const box = content?.parentElement;
    if (!content || !box) return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry.borderBoxSize?.[0]?.blockSize ?? content.offsetHeight;
      box.style.height = `${height}px`;
      box.style.contain = 'size layout';
    });
    observer.observe(content);
    return () => {
      observer.disconnect();
      box.style.removeProperty('height');
      box.style.removeProperty('contain');
    };
  }, []);
}
