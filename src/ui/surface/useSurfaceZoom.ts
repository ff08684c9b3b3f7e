/**
 * The reader's zoom on the loss surface (issue 12): zoom in to see the path near the optimum, out
 * to see where a run went, and back to the run's own framing. The zoom belongs to the run and axes
 * it was chosen on (`key`): a new run, or other axes, frames itself again.
 */
import { useCallback, useMemo, useState } from 'react';
import type { PlanePoint, PlaneRange } from './range';
import { MAX_ZOOM, MIN_ZOOM, zoomAround } from './range';

/** One press of Zoom in or Zoom out. */
export const ZOOM_STEP = 2;

interface Zoom {
  readonly key: string;
  readonly factor: number;
  readonly centre: PlanePoint;
}

export interface SurfaceZoom {
  /** The range to show: the framing, zoomed when the reader zoomed on this run. */
  readonly range: PlaneRange;
  /** 1 when the framing is shown as the run chose it. */
  readonly factor: number;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
}

/**
 * `framing` is the run's own range; `focus`, the point to zoom on (the current θ: what a reader
 * watches), or null to zoom on the middle of the view.
 */
export function useSurfaceZoom(
  key: string | null,
  framing: PlaneRange,
  focus: PlanePoint | null,
): SurfaceZoom {
  const [zoom, setZoom] = useState<Zoom | null>(null);
  const active = zoom !== null && key !== null && zoom.key === key ? zoom : null;
  const factor = active?.factor ?? 1;

  const change = useCallback(
    (times: number) => {
      if (key === null) return;
      setZoom((previous) => {
        const current = previous && previous.key === key ? previous : null;
        const next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, (current?.factor ?? 1) * times));
        // The centre is chosen when the zoom starts and kept, so the contours do not slide under
        // a playing run; zooming back to 1 returns to the framing itself.
        const centre = current?.centre ??
          focus ?? {
            x: (framing.x.min + framing.x.max) / 2,
            y: (framing.y.min + framing.y.max) / 2,
          };
        return Math.abs(next - 1) < 1e-9 ? null : { key, factor: next, centre };
      });
    },
    [key, focus, framing],
  );

  // One object while the zoom and the framing hold: the scales, the axes and the contours drawn
  // from it are kept from frame to frame while a run plays in a zoomed view.
  const range = useMemo(
    () => (active ? zoomAround(framing, active.centre, active.factor) : framing),
    [active, framing],
  );
  return {
    range,
    factor,
    zoomIn: () => change(ZOOM_STEP),
    zoomOut: () => change(1 / ZOOM_STEP),
    reset: () => setZoom(null),
    canZoomIn: factor < MAX_ZOOM,
    canZoomOut: factor > MIN_ZOOM,
  };
}
