/**
 * The surface worker's logic: keeps the design of the current data, and answers each request with
 * a coarse grid at once and the full grid after, computed in bands of rows so that a newer request
 * (the slice moved) can take over between bands. Scheduling is injected, as in player.ts.
 */
import type { Design } from '../engine';
import { lossSurface, lossSurfaceRows } from '../engine';
import { prepareRun } from './run';
import { contourGrid } from './surfaceContours';
import type { FromSurfaceWorker, SurfaceRequest, ToSurfaceWorker } from './surfaceProtocol';

export interface SurfaceServerHost {
  post(message: FromSurfaceWorker): void;
  /** Runs `callback` once pending messages have been handled. */
  defer(callback: () => void): void;
}

/** Cells per side of the first, quick grid. */
export const COARSE_SIZE = 25;
/** Point evaluations per band: about 15 ms of work (December 2026), the longest a newer request waits. */
const BAND_WORK = 1e7;

export function createSurfaceServer(host: SurfaceServerHost): (message: ToSurfaceWorker) => void {
  let design: Design | null = null;
  /** The request being worked on; a newer one replaces it and the old work stops. */
  let job: { id: number; request: SurfaceRequest } | null = null;

  const fail = (id: number | null, error: unknown) =>
    host.post({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });

  const start = (id: number, request: SurfaceRequest): void => {
    job = { id, request };
    // Deferred, so a burst of requests (a drag across the surface) computes only the last one.
    host.defer(() => {
      if (job?.id !== id || !design) return;
      const { objective, theta, spec } = request;
      try {
        if (spec.size > COARSE_SIZE) {
          const coarseSpec = { ...spec, size: COARSE_SIZE };
          const values = lossSurface(objective, design, theta, coarseSpec);
          const contours = contourGrid(values, COARSE_SIZE);
          host.post({ type: 'surface', id, spec: coarseSpec, values, coarse: true, contours });
        }
        const rowsPerBand = Math.max(1, Math.floor(BAND_WORK / (spec.size * design.n)));
        const values = new Float64Array(spec.size * spec.size);
        fillBands(id, request, values, 0, rowsPerBand);
      } catch (error) {
        fail(id, error);
      }
    });
  };

  const fillBands = (
    id: number,
    request: SurfaceRequest,
    values: Float64Array,
    row: number,
    rowsPerBand: number,
  ): void => {
    if (job?.id !== id || !design) return;
    const { objective, theta, spec } = request;
    const end = Math.min(spec.size, row + rowsPerBand);
    values.set(lossSurfaceRows(objective, design, theta, spec, row, end), row * spec.size);
    if (end === spec.size) {
      const contours = contourGrid(values, spec.size);
      host.post({ type: 'surface', id, spec, values, coarse: false, contours });
      job = null;
      return;
    }
    host.defer(() => {
      try {
        fillBands(id, request, values, end, rowsPerBand);
      } catch (error) {
        fail(id, error);
      }
    });
  };

  return (message) => {
    switch (message.type) {
      case 'data':
        try {
          design = prepareRun(message.data).training;
          job = null;
        } catch (error) {
          design = null;
          fail(null, error);
        }
        return;
      case 'compute':
        start(message.id, message.request);
        return;
    }
  };
}
