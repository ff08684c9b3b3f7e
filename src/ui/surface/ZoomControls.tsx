/**
 * Zoom in, zoom out and back to the run's own framing, in the corner of the loss surface. Plain
 * HTML buttons over the plot: an exported figure (svg and canvas layers only) leaves them out.
 */
import { formatSetting } from '../text/format';
import type { SurfaceZoom } from './useSurfaceZoom';

export function ZoomControls({ zoom }: { zoom: SurfaceZoom }) {
  const zoomed = zoom.factor !== 1;
  return (
    <div className="surface-zoom" role="group" aria-label="Zoom the surface">
      <button
        type="button"
        className="surface-zoom-button"
        aria-label="Zoom in"
        title="Zoom in (on the current θ)"
        disabled={!zoom.canZoomIn}
        onClick={zoom.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        className="surface-zoom-button"
        aria-label="Zoom out"
        title="Zoom out"
        disabled={!zoom.canZoomOut}
        onClick={zoom.zoomOut}
      >
        −
      </button>
      {zoomed && (
        <button
          type="button"
          className="surface-zoom-button surface-zoom-reset"
          aria-label="Reset the view"
          title="Back to the run’s own framing"
          onClick={zoom.reset}
        >
          {zoom.factor > 1
            ? `${formatSetting(zoom.factor)}×`
            : `1/${formatSetting(1 / zoom.factor)}×`}{' '}
          · Fit
        </button>
      )}
    </div>
  );
}
