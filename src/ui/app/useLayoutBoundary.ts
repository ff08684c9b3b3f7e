/**
 * Makes a box a layout boundary for text that changes every frame (issue 16).
 *
 * A number that changes in the surface's legend ("θ at iteration 1,234") or the readout marks
 * every box around it for layout, up the panels' flex columns and the page's grid: each snapshot
 * re-laid out the page from its root. A box with size and layout containment is a boundary
 * instead: what changes inside it is laid out inside it, and nothing outside. Size containment
 * needs a height from outside, though, and these boxes' heights depend on their text (it wraps on
 * a phone, at the projector's type size): so the box takes its content's own height, measured by
 * a ResizeObserver, which reports after layout and before paint. A change of height (a new line,
 * a resize) is therefore still laid out in the frame it happens in; a change of text that keeps
 * the height is laid out in the box alone.
 *
 * The browser only honours the boundary on a box that is not itself a flex or grid item (their
 * container sizes them), so the box is a block in a block.
 *
 * The height is set through the CSSOM, as React's style prop does (the CSP allows it); the
 * containment comes from the style sheet, by the box's `data-layout-boundary` attribute, so a
 * box keeps the containment its own rules give it (a panel's paint and style) and adds to it.
 */
import { useCallback } from 'react';

/**
 * A callback ref for the content inside the boundary box (its only child, in normal flow): the
 * box is the content's parent element. With `enabled` false (a layout where the box is a flex or
 * grid item, so the browser would not honour the boundary) it does nothing.
 */
export function useLayoutBoundary<T extends HTMLElement>(
  enabled = true,
): (content: T | null) => void {
  return useCallback(
    (content: T | null) => {
      const box = content?.parentElement;
      if (!enabled || !content || !box) return;
      const observer = new ResizeObserver(([entry]) => {
        const height = entry.borderBoxSize?.[0]?.blockSize ?? content.offsetHeight;
        box.style.height = `${height}px`;
        box.dataset.layoutBoundary = '';
      });
      observer.observe(content);
      return () => {
        observer.disconnect();
        box.style.removeProperty('height');
        delete box.dataset.layoutBoundary;
      };
    },
    [enabled],
  );
}
