/**
 * Setting θ from the surface: a click or a drag puts the two axis parameters where the pointer is
 * (the others as they are) and starts the run afresh from there, one command per animation frame
 * while dragging; Shift with an arrow key nudges the current point by a step of the view.
 */
import type { KeyboardEvent, PointerEvent } from 'react';
import { useState } from 'react';
import type { AxisPair } from './axes';
import type { PlaneScales } from './projection';
import { pixelToPlane, thetaAt } from './projection';
import type { PlaneRange } from './range';
import { useFrameThrottle } from '../plot/useFrameThrottle';

/** A Shift + arrow nudge moves θ by this fraction of the visible span. */
export const NUDGE_FRACTION = 0.02;

const NUDGES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

interface SurfacePointerOptions {
  readonly theta: ArrayLike<number> | null;
  readonly axes: AxisPair;
  readonly scales: PlaneScales;
  readonly range: PlaneRange;
  readonly setParameters: (theta: readonly number[]) => void;
}

export interface SurfacePointerHandlers {
  readonly dragging: boolean;
  readonly onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerUp: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export function useSurfacePointer({
  theta,
  axes,
  scales,
  range,
  setParameters,
}: SurfacePointerOptions): SurfacePointerHandlers {
  const [dragging, setDragging] = useState(false);
  const throttled = useFrameThrottle(setParameters);

  const setFromPointer = (event: PointerEvent<SVGSVGElement>) => {
    if (!theta) return;
    const box = event.currentTarget.getBoundingClientRect();
    const px = Math.max(0, Math.min(box.width, event.clientX - box.left));
    const py = Math.max(0, Math.min(box.height, event.clientY - box.top));
    throttled.schedule(thetaAt(theta, axes, pixelToPlane(scales, px, py)));
  };

  return {
    dragging,
    onPointerDown: (event) => {
      if (event.button !== 0 || !theta) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      setDragging(true);
      setFromPointer(event);
    },
    onPointerMove: (event) => {
      if (dragging) setFromPointer(event);
    },
    onPointerUp: (event) => {
      if (!dragging) return;
      setDragging(false);
      if (event.currentTarget.hasPointerCapture(event.pointerId)) {
        event.currentTarget.releasePointerCapture(event.pointerId);
      }
      throttled.flush();
    },
    onKeyDown: (event) => {
      const nudge = NUDGES[event.key];
      if (!nudge || !event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || !theta) {
        return;
      }
      // Handled here: the page's transport keys (← and → step) leave a prevented event alone.
      event.preventDefault();
      const point = {
        x: theta[axes.x] + nudge[0] * NUDGE_FRACTION * (range.x.max - range.x.min),
        y: theta[axes.y] + nudge[1] * NUDGE_FRACTION * (range.y.max - range.y.min),
      };
      throttled.schedule(thetaAt(theta, axes, point));
    },
  };
}
