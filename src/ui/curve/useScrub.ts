/**
 * Scrubbing the timeline on the loss chart: pressing or dragging on the plot area seeks to the
 * recorded iteration under the pointer, one seek per animation frame while dragging (the worker
 * pauses and shows that iteration).
 */
import type { PointerEvent } from 'react';
import { useState } from 'react';
import type { RunHistory } from '../../state/history';
import { useFrameThrottle } from '../plot/useFrameThrottle';
import { iterationAtPixel } from './curveScales';

export interface ScrubHandlers {
  readonly dragging: boolean;
  readonly onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerUp: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerCancel: () => void;
}

export function useScrub(
  history: RunHistory | null,
  iterations: readonly [number, number],
  onSeek: (iteration: number) => void,
): ScrubHandlers {
  const [dragging, setDragging] = useState(false);
  const seek = useFrameThrottle(onSeek);

  const seekAt = (event: PointerEvent<SVGSVGElement>) => {
    if (!history) return;
    const box = event.currentTarget.getBoundingClientRect();
    // The history as it is now (it is updated in place), not as it was at the last render.
    const target = iterationAtPixel(
      event.clientX - box.left,
      box.width,
      iterations[0],
      iterations[1],
      history.view('iteration'),
    );
    if (target !== null) seek.schedule(target);
  };

  return {
    dragging,
    onPointerDown: (event) => {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      setDragging(true);
      seekAt(event);
    },
    onPointerMove: (event) => {
      if (dragging) seekAt(event);
    },
    onPointerUp: (event) => {
      if (!dragging) return;
      setDragging(false);
      if (event.currentTarget.hasPointerCapture(event.pointerId)) {
        event.currentTarget.releasePointerCapture(event.pointerId);
      }
      seek.flush();
    },
    onPointerCancel: () => setDragging(false),
  };
}
