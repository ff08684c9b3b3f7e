/**
 * The loss surface the figure shows: one surface worker for the component's lifetime, fed the
 * run's data, asked for the slice through the current θ (throttled while playing, see
 * sliceSchedule.ts), and the grid to draw, which stays on screen until a better one arrives.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SurfaceData, SurfaceRequest } from '../../worker/surfaceProtocol';
import type { SurfaceGrid } from './sliceSchedule';
import { acceptGrid, requestDelay, sameRequest } from './sliceSchedule';
import { SurfaceConnection } from './surfaceConnection';

export interface SurfaceSlice {
  /** The grid to draw (it may answer an older request than `desired`), or null. */
  readonly grid: SurfaceGrid | null;
  readonly error: string | null;
}

export function useSurfaceSlice(
  data: SurfaceData | null,
  desired: SurfaceRequest | null,
  playing: boolean,
): SurfaceSlice {
  // Cheap and worker-less until opened, so StrictMode's second initializer call costs nothing.
  const [connection] = useState(() => new SurfaceConnection());

  useEffect(() => {
    connection.open();
    return () => connection.close();
  }, [connection]);

  useEffect(() => {
    if (data) connection.setData(data);
  }, [connection, data]);

  const view = useSyncExternalStore(connection.subscribe, connection.getView);

  // Re-run on every new view too: an answer arriving may be what a throttled request waits for.
  useEffect(() => {
    if (!desired) return;
    const last = connection.lastSent;
    if (last && sameRequest(last.request, desired)) return;
    const send = () => connection.send(desired);
    const delay = requestDelay({
      now: performance.now(),
      playing,
      desired,
      lastSent: last?.request ?? null,
      lastSentAt: last?.at ?? 0,
      answeredAt: last?.answeredAt ?? null,
    });
    if (delay <= 0) {
      send();
      return;
    }
    const timer = window.setTimeout(send, delay);
    return () => window.clearTimeout(timer);
  }, [connection, desired, playing, view]);

  // The grid on screen, and the data it belongs to.
  const [shown, setShown] = useState<{ grid: SurfaceGrid; dataVersion: number } | null>(null);
  const current = shown && shown.dataVersion === view.dataVersion ? shown.grid : null;
  if (view.grid && view.grid !== current && acceptGrid(current, view.grid)) {
    setShown({ grid: view.grid, dataVersion: view.dataVersion });
  }
  return { grid: current, error: view.error };
}
