/**
 * Zoom in, zoom out and back to the run's own framing, at the end of the surface legend's line (over
 * a small plot they would hide it). Plain HTML buttons: an exported figure, its svg and canvas
 * layers and its legend's text (legendLines), leaves them out.
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
