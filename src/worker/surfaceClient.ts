/**
 * The page's side of the surface worker. The page says which slice it wants; the client sends only
 * slices that differ from the last one (so the surface is recomputed only when its slice changes),
 * keeps the newest grid, and tells its subscribers.
 */
import { InPageSurfaceWorker } from './inPage';
import type {
  FromSurfaceWorker,
  SurfaceData,
  SurfaceRequest,
  ToSurfaceWorker,
} from './surfaceProtocol';
import type { SurfaceContours } from './surfaceContours';

export interface SurfaceView {
  /** The request the grid answers; the page checks it against what it asked for. */
  readonly request: SurfaceRequest | null;
  readonly values: Float64Array | null;
  /** The cells per side of `values` (a coarse grid arrives first). */
  readonly size: number;
  readonly coarse: boolean;
  /** The filled contours of `values`, computed with them in the worker. */
  readonly contours: SurfaceContours | null;
  readonly error: string | null;
}

export interface SurfaceWorkerLike {
  postMessage(message: ToSurfaceWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromSurfaceWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The real worker, or the same logic in the page where the browser has no workers. */
function createSurfaceWorker(): SurfaceWorkerLike {
  if (typeof Worker === 'function') {
    try {
      return new Worker(new URL('./surface.worker.ts', import.meta.url), {
        type: 'module',
        name: 'surface',
      }) as unknown as SurfaceWorkerLike;
    } catch {
      // Refused by the browser: computed in the page instead.
    }
  }
  return new InPageSurfaceWorker();
}

/** Two requests ask for the same grid when their objective, fixed values and spec are equal. */
function requestKey(request: SurfaceRequest): string {
  return JSON.stringify([request.objective, Array.from(request.theta), request.spec]);
}

export class SurfaceClient {
  private readonly worker: SurfaceWorkerLike;
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private pending: { id: number; key: string; request: SurfaceRequest } | null = null;
  private lastKey: string | null = null;
  private view: SurfaceView = {
    request: null,
    values: null,
    size: 0,
    coarse: false,
    contours: null,
    error: null,
  };

  constructor(createWorker: () => SurfaceWorkerLike = createSurfaceWorker) {
    this.worker = createWorker();
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.update({ error: event.message || 'The surface worker failed.' });
    };
  }

  readonly getView = (): SurfaceView => this.view;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** New data or features: the next request is computed afresh. */
  setData(data: SurfaceData): void {
    this.lastKey = null;
    this.pending = null;
    this.worker.postMessage({ type: 'data', data });
  }

  /** Asks for a slice; does nothing when it is the slice already shown or on its way. */
  request(request: SurfaceRequest): void {
    const key = requestKey(request);
    if (key === this.lastKey) return;
    this.lastKey = key;
    const id = this.nextId++;
    this.pending = { id, key, request };
    this.worker.postMessage({ type: 'compute', id, request });
  }

  dispose(): void {
    this.worker.terminate();
    this.listeners.clear();
  }

  private receive(message: FromSurfaceWorker): void {
    if (message.type === 'failed') {
      this.update({ error: message.message });
      return;
    }
    // Only the newest request's grids are shown; older ones were overtaken.
    if (!this.pending || message.id !== this.pending.id) return;
    this.update({
      request: this.pending.request,
      values: message.values,
      size: message.spec.size,
      coarse: message.coarse,
      contours: message.contours,
      error: null,
    });
  }

  private update(change: Partial<SurfaceView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }
}
